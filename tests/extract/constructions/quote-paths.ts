// Quotes that reach a named outlet (or an institution that relays them) in the many ways news
// writes it: "..., Kyodo reported", "The BBC's A says", "according to a translation provided by",
// "a statement carried by the state news agency", commentaries, interviews, programmes.
import type { ConstructionClass } from './row';

export const quotePaths: ConstructionClass = {
  name: 'quotes reaching an outlet',
  rows: [
    // A statement qualified by a past form ("an emailed statement") still reaches its outlet.
    {
      text: 'The figures were wrong, Selwyn Marsh said in an emailed statement to the Harbour Gazette.',
      expect: ['Selwyn Marsh quoted-by Harbour Gazette'],
    },
    {
      text: 'A spokeswoman for the Harbour Board told the Daily Courier that the quay would reopen on Monday.',
      expect: ['Harbour Board quoted-by Daily Courier'],
    },
    {
      text: 'Tallis Motors cut 400 jobs on Tuesday. A spokesman for the firm told Reuters the cuts were final.',
      expect: ['Tallis Motors quoted-by Reuters'],
    },
    {
      text: 'Mirela Vostok, in an interview with Quillford Radio on Sunday, said the strike would go ahead.',
      expect: ['Mirela Vostok quoted-by Quillford Radio'],
    },
    {
      text: 'Tobias Renn said in a statement issued by the Ferrant Alliance that he would not stand again.',
      expect: ['Tobias Renn quoted-by Ferrant Alliance'],
    },
    {
      text: 'Prime Minister Kenji Morimoto said the island dispute could be settled by the end of the year. "There is room on both sides for compromise," he told lawmakers, Kyodo reported.',
      expect: ['Kenji Morimoto quoted-by Kyodo'],
    },
    {
      text: 'Economy Minister Takumi Nishida said exports would recover in the second half. “The worst is behind us,” Nishida said, according to Kyodo News.',
      expect: ['Takumi Nishida quoted-by Kyodo News'],
    },
    {
      text: "The BBC's Caroline Ashby says the mood in the capital is tense, with many shops shuttered and few people on the streets.",
      expect: ['Caroline Ashby quoted-by BBC'],
    },
    {
      text: 'President Ahmed Fathy told Nikos Andreou that relations between the two countries were "unbreakable", according to a translation provided by Egypt’s Foreign Ministry.',
      expect: ['Ahmed Fathy quoted-by Foreign Ministry'],
    },
    {
      text: 'A statement carried by the state news agency, Bernama, said Prime Minister Azlan Rahman had ordered an inquiry into the collapse.',
      expect: ['Azlan Rahman quoted-by Bernama'],
    },
    {
      text: 'Writing in a commentary in the Financial Times on Monday, Oluwaseun Adebayo argued that the central bank had raised rates too late.',
      expect: ['Oluwaseun Adebayo quoted-by Financial Times'],
    },
    {
      text: 'Marisol Fuentes wrote in a commentary in Le Monde that the pension reform had failed a generation of workers.',
      expect: ['Marisol Fuentes quoted-by Le Monde'],
    },
    {
      text: 'Governor Isabel Cardenas said in an interview with NBC’s Daniel Whitcombe that she would not run for the Senate.',
      expect: ['Isabel Cardenas quoted-by NBC'],
    },
    {
      text: "The video quotes Euronews' presenter Sofia Lindahl as saying that the crossing had been closed since dawn.",
      expect: ['Sofia Lindahl quoted-by Euronews', 'Sofia Lindahl affiliated-with Euronews'],
    },
    {
      text: 'Interior Minister Mehmet Arslan was quoted by the Anadolu news agency as saying that the border would reopen on Monday.',
      expect: ['Mehmet Arslan quoted-by Anadolu'],
    },
    {
      text: '"We were second best from the first whistle," Rafael Ortega told BBC Sport after the 2-0 defeat at Anfield.',
      expect: ['Rafael Ortega quoted-by BBC Sport'],
    },
    {
      text: 'According to the official IRNA news agency, Foreign Minister Hamid Rezaei said Tehran was ready to resume talks.',
      expect: ['Hamid Rezaei quoted-by IRNA'],
    },
    {
      text: 'Fiona McAllister, who resigned from the cabinet in March after a bitter row over pensions, told The Guardian on Sunday that she had no regrets.',
      expect: ['Fiona McAllister quoted-by Guardian'],
    },
    {
      text: 'In comments to Le Figaro published on Saturday, Camille Bertrand said France would veto the deal.',
      expect: ['Camille Bertrand quoted-by Le Figaro'],
    },
    {
      text: 'Bloomberg News reported, citing Finance Minister Sigrid Nilsen, that the sovereign fund would cut its holdings of technology shares.',
      expect: ['Sigrid Nilsen quoted-by Bloomberg News'],
    },
    {
      text: 'The cuts would hurt rural schools, Education Secretary Joan Pettigrew told LWTV\'s Sunday programme.',
      expect: ['Joan Pettigrew quoted-by LWTV'],
    },
    {
      text: 'Marc Tremblay told CBC News in a telephone interview that Canada would send two more frigates to the region.',
      expect: ['Marc Tremblay quoted-by CBC News'],
    },
    {
      text: '"Nobody wins a trade war," Yoon Hye-jin told reporters in Seoul, Yonhap reported.',
      expect: ['Yoon Hye-jin quoted-by Yonhap'],
    },
    {
      text: 'In remarks broadcast live by the Kenya Broadcasting Corporation, President Samuel Kiprono said the drought was the worst in forty years.',
      expect: ['Samuel Kiprono quoted-by Kenya Broadcasting Corporation'],
    },
    {
      text: 'Imran Siddiqui said in an op-ed for The New York Times that the ceasefire would not hold beyond the winter.',
      expect: ['Imran Siddiqui quoted-by New York Times'],
    },
    {
      text: 'A Kremlin spokesman told reporters that Foreign Minister Arkady Smirnov had warned his French counterpart against sending troops.',
      expect: ['Arkady Smirnov quoted-by Kremlin'],
    },
    {
      text: 'Tasnim, a semi-official news agency, quoted Mehdi Farahani as saying that the talks in Muscat had been "useful".',
      expect: ['Mehdi Farahani quoted-by Tasnim'],
    },
    {
      text: 'Speaking on CBS’s "Face the Nation" on Sunday, Senator Russell Halloran said the bill already had the votes to pass.',
      expect: ['Russell Halloran quoted-by CBS'],
      optional: ['Russell Halloran quoted-by Face the Nation'],
    },
    {
      text: 'Asked by Sky News whether she would resign, Helen Ashworth said: "Absolutely not."',
      expect: ['Helen Ashworth quoted-by Sky News'],
    },
    {
      text: 'Shin Min-seo, a spokeswoman for the Unification Ministry, told the Korea Herald that aid shipments had resumed.',
      expect: ['Shin Min-seo quoted-by Korea Herald', 'Shin Min-seo affiliated-with Unification Ministry'],
    },
    {
      text: 'Liu Wenhao, who oversees industrial policy and has led trade talks with Washington since 2021, told Xinhua that the economy would grow by about five percent.',
      expect: ['Liu Wenhao quoted-by Xinhua'],
    },
    {
      text: '“We are not going anywhere,” Grace Whitfield told The Boston Globe on Friday.',
      expect: ['Grace Whitfield quoted-by Boston Globe'],
    },
    {
      text: 'The Hindu quoted Chief Minister Vikram Rathore as saying that the dam would be finished by March.',
      expect: ['Vikram Rathore quoted-by Hindu'],
    },
    {
      text: '"The numbers simply do not add up," said Tomasz Wieczorek, an economist at Deutsche Bank, in comments to Polish Radio.',
      expect: ['Tomasz Wieczorek quoted-by Polish Radio', 'Tomasz Wieczorek affiliated-with Deutsche Bank'],
    },
    {
      text: '“This is a landmark for the field,” Professor Amara Nwosu told Times Higher Education, which first reported the grant.',
      expect: ['Amara Nwosu quoted-by Times Higher Education'],
    },
    {
      text: 'Naveen Pillai, the chief executive of Tata Steel, told CNBC that steel prices would stay high into next year.',
      expect: ['Naveen Pillai quoted-by CNBC', 'Naveen Pillai affiliated-with Tata Steel'],
    },
    {
      text: 'State television, CCTV, quoted Zhao Lihua as saying the two sides had "reached important consensus".',
      expect: ['Zhao Lihua quoted-by CCTV'],
    },
    {
      text: 'Rasa Jankauskiene told Deutsche Welle that Lithuania would not be intimidated, a day after the drones were shot down.',
      expect: ['Rasa Jankauskiene quoted-by Deutsche Welle'],
    },
    {
      text: 'A White House official said President Gordon Lyle had told aides he wanted the deal done by Christmas.',
      expect: ['Gordon Lyle quoted-by White House'],
    },
    {
      text: 'A statement from the state news agency, WAM, said Energy Minister Saad Al-Otaibi had spoken to his Russian counterpart about output cuts.',
      expect: ['Saad Al-Otaibi quoted-by WAM'],
    },
    {
      text: '"We are not at war with anyone," Foreign Minister Mateus Carvalho said in a televised address, according to the official news agency Agência Brasil.',
      expect: ['Mateus Carvalho quoted-by Agência Brasil'],
    },
    {
      text: 'In an interview published on Sunday by the German weekly Der Spiegel, Klaus Hoffmann said the coalition would survive the winter.',
      expect: ['Klaus Hoffmann quoted-by Der Spiegel'],
    },
    {
      text: 'Speaking on the BBC’s Newsnight programme, Owen Pritchard said the embassy would stay open as long as it was safe.',
      expect: ['Owen Pritchard quoted-by BBC', 'Owen Pritchard quoted-by Newsnight'],
    },
    {
      text: "Japan's Foreign Ministry said in a statement that Foreign Minister Yoko Matsuda had protested to her Chinese counterpart.",
      expect: ['Yoko Matsuda quoted-by Foreign Ministry'],
    },
    {
      text: 'Mehdi Farahani said on Saturday that the next round of talks would be held in Oman. "We are closer than ever," the IRNA news agency quoted him as saying.',
      expect: ['Mehdi Farahani quoted-by IRNA'],
    },
    {
      text: 'Pieter de Groot, speaking to the Dutch broadcaster NOS after the match, said the referee had lost control of the game.',
      expect: ['Pieter de Groot quoted-by NOS'],
    },
    {
      text: 'In a podcast interview with Politico, Senator Elaine Marsh said she would run for a fourth term.',
      expect: ['Elaine Marsh quoted-by Politico'],
    },
    {
      text: '“The deal is dead,” said Rhea Castell, who is also a lecturer at Dunmore University, to The Harbour Courier’s Tom Finch.',
      expect: ['Rhea Castell quoted-by Harbour Courier', 'Rhea Castell affiliated-with Dunmore University', 'Tom Finch affiliated-with Harbour Courier'],
    },
    {
      text: '“The plant will close,” said union leader Dario Fenu, as reported by the Reuters news agency.',
      expect: ['Dario Fenu quoted-by Reuters'],
      checks: ['quoted-by'],
    },
    {
      text: 'Finance Minister Tomas Varga told Reuters oil prices would keep rising through the winter.',
      expect: ['Tomas Varga quoted-by Reuters'],
    },
    {
      text: 'Rhodri Ellis told BBC Radio 4\'s Woman\'s Hour: "We have listened to parents."',
      expect: ['Rhodri Ellis quoted-by BBC Radio 4'],
    },
    {
      text: 'Rhodri Ellis told Harlow Bank staff prices would rise.',
      expect: [],
    },
    {
      text: 'Dafydd Price, a lawyer representing two of the directors, told Reuters the board had agreed to pay the creditors.',
      expect: ['Dafydd Price quoted-by Reuters'],
    },
    {
      text: 'Wenna Trask said the gap in pay was closing. "Progress has been slow for a decade. "Nobody should have to wait," she said. Earlier, she told BBC Radio Cornwall: "We have to act."',
      expect: ['Wenna Trask quoted-by BBC Radio Cornwall'],
    },
    {
      text: 'Mirela Vasko, a strategist at Tarnbrook Securities told Reuters that bond yields would stay high.',
      expect: ['Mirela Vasko quoted-by Reuters'],
    },
    {
      text: '"The aid comes too late for most growers," Jean-Luc Ferrand, from the FNPV agricultural union, told the Associated Press news agency.',
      expect: ['Jean-Luc Ferrand quoted-by Associated Press'],
    },
    {
      text: 'The writer\'s friend Aldo Brenner told Vanity Fair magazine that the studio had wanted a younger star.',
      expect: ['Aldo Brenner quoted-by Vanity Fair'],
    },
    {
      text: '"Cable firms are moving into streaming," Teodor Marsh, director of marketing for Brevik Media, told the BBC News website.',
      expect: ['Teodor Marsh quoted-by BBC News'],
    },
    {
      text: 'Mr Orwin Hale, 43, told the Daily Telegraph he would not stand again.',
      expect: ['Orwin Hale quoted-by Daily Telegraph'],
    },
    {
      text: 'During an interview with BBC Radio 4\'s Today programme, Mr Brynmor Tate said the budget was sound.',
      expect: ['Brynmor Tate quoted-by BBC Radio 4'],
    },
    {
      text: 'Mr Gethin Rowe told BBC Radio 4\'s Today programme Mr Idris Kell had blocked the harbour plan.',
      expect: ['Gethin Rowe quoted-by BBC Radio 4'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The party would cut its advisers by half, Mr Gethin Rowe told the Sunday Times.',
      expect: ['Gethin Rowe quoted-by Sunday Times'],
    },
    {
      text: 'Mr Gethin Rowe told the Mail on Sunday that the party would cut its advisers.',
      expect: ['Gethin Rowe quoted-by Mail on Sunday'],
    },
    {
      text: 'The fund is in good health, Marit Solberg, the union\'s pensions adviser told Radio 4\'s Today programme.',
      expect: ['Marit Solberg quoted-by Radio 4'],
    },
    {
      text: 'Questioned on Monday about Mr Fenwick\'s future Mr Osric Dale told the Daily Telegraph he had full confidence in him.',
      expect: ['Osric Dale quoted-by Daily Telegraph'],
    },
    {
      text: 'Marit Solberg gave an interview to Le Figaro in which she defended the reform.',
      expect: ['Marit Solberg quoted-by Le Figaro'],
    },
    {
      text: 'Marit Solberg made the remarks in an interview with Esquire magazine.',
      expect: ['Marit Solberg quoted-by Esquire'],
    },
    {
      text: 'Marit Solberg watched an interview with Osric Dale on Sky News.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Asked by the Guardian whether the reform would survive, Marit Solberg said it would.',
      expect: ['Marit Solberg quoted-by Guardian'],
    },
    {
      text: 'Teesdale Radio political editor Wynne Foley said the vote would be close.',
      expect: ['Wynne Foley quoted-by Teesdale Radio'],
    },
    {
      text: 'Wynne Foley, the Harrow Courier\'s chief reporter, said the vote would be close.',
      expect: ['Wynne Foley quoted-by Harrow Courier'],
    },
    {
      text: 'In an interview with Teesdale Radio political editor Wynne Foley, Idris Kell said the vote would be close.',
      expect: ['Idris Kell quoted-by Teesdale Radio'],
    },
    {
      text: 'The reform will not survive the winter, writes Marit Solberg for Reuters.',
      expect: ['Marit Solberg quoted-by Reuters'],
    },
    {
      text: 'The reform is dead, says Osric Dale on Twitter.',
      expect: ['Osric Dale quoted-by Twitter'],
    },
    {
      text: 'Tension grew over the budget. | Ina Vell/Harbour Pictures Briefings Ruiz speaks out on the budget. Marta Ruiz spoke on Monday. Ruiz told Reuters that talks would follow.',
      expect: ['Marta Ruiz quoted-by Reuters'],
    },
    {
      text: 'Greta Holm said the bridge would reopen in May, the Corvale Herald reports.',
      expect: ['Greta Holm quoted-by Corvale Herald'],
      checks: ['quoted-by'],
    },
    // A spokesperson the text does not name speaks for the person who owns them.
    {
      text: 'Senator Ilse Varga faces a vote on Friday. Her spokesman told the Marlow Courier that she would not resign.',
      expect: ['Ilse Varga quoted-by Marlow Courier'],
    },
    {
      text: 'A spokeswoman for Tobin Reyes told Reuters that the governor was recovering at home.',
      expect: ['Tobin Reyes quoted-by Reuters'],
    },
    {
      text: "Anya Frost's spokesman said the minister had not been told of the plan, the Eastbrook Herald reported.",
      expect: ['Anya Frost quoted-by Eastbrook Herald'],
    },
    // A spokesperson the text names is the speaker; the person they speak for is optional.
    {
      text: "Anya Frost's spokesman, Piet Dorn, told Reuters that the minister was in good health.",
      expect: ['Piet Dorn quoted-by Reuters'],
      optional: ['Anya Frost quoted-by Reuters'],
    },
    // A representative speaks for the body that owns them.
    {
      text: 'A Tarnby Foods representative told the Harbour Gazette that the recall was a precaution.',
      expect: ['Tarnby Foods quoted-by Harbour Gazette'],
    },
    // "Sports" ends no person's name, even after a first name: a broadcaster, not a meeting.
    {
      text: 'Marta Ruiz spoke after the match. "We deserved the win," Ruiz told Jade Sports.',
      expect: ['Marta Ruiz quoted-by Jade Sports'],
    },
    // A description set beside an outlet's name stands for it ("state media, Abc, quoted A").
    {
      text: 'State media, TRV, quoted Ilse Varga as saying the border would stay open.',
      expect: ['Ilse Varga quoted-by TRV'],
    },
    {
      text: 'Ilse Varga told state media outlet Tessora that the border would stay open.',
      expect: ['Ilse Varga quoted-by Tessora'],
    },
    // Telling an outlet's journalist tells the outlet; the journalist is no meeting partner.
    {
      text: 'Ilse Varga told Marlow Courier reporter Piet Dorn that the border would stay open.',
      expect: ['Ilse Varga quoted-by Marlow Courier'],
      checks: ['met-with'],
    },
    {
      text: 'Ilse Varga told Piet Dorn, a correspondent for the Eastbrook Herald, that the border would stay open.',
      expect: ['Ilse Varga quoted-by Eastbrook Herald'],
      checks: ['met-with'],
    },
    // With no "that", the outlet told runs on into the next clause's subject.
    {
      text: "Tobin Reyes's brother, Caspar Reyes, told the Harbour Gazette website Marsh did not deserve the award.",
      expect: ['Caspar Reyes quoted-by Harbour Gazette'],
    },
  ],
};
