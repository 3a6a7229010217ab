// Roles: titles before names and in apposition tie a person to the country, institution, party,
// state or city of the role ("US Defense Secretary A", "A, president of the X University",
// "Sen. A (R-Texas)").
import type { ConstructionClass } from './row';

export const roles: ConstructionClass = {
  name: 'roles (affiliated-with)',
  rows: [
    // Government and politics: a party before the role is the holder's party, the place after it
    // where the role is held; a title naming a department the article names.
    {
      text: 'Gretta Solvang, the Republican governor of Ohio, signed the bill on Friday.',
      expect: ['Gretta Solvang affiliated-with Ohio', 'Gretta Solvang affiliated-with Republican'],
    },
    {
      text: 'Democratic Sen. Corwin Ashby of Vermont blocked the nomination on Thursday.',
      expect: ['Corwin Ashby affiliated-with Vermont', 'Corwin Ashby affiliated-with Democratic'],
    },
    {
      text: 'Hollis Brandt, a Democratic congressman from Ohio, voted against the bill.',
      expect: ['Hollis Brandt affiliated-with Ohio', 'Hollis Brandt affiliated-with Democratic'],
    },
    {
      text: 'Perrin Ashcombe, the Conservative spokesman for the Cabinet Office, said the shredding had to stop.',
      expect: ['Perrin Ashcombe affiliated-with Conservative'],
    },
    {
      text: 'Secretary of State Odile Ferrand arrived in Oslo on Monday. The State Department said the visit would last two days.',
      expect: ['Odile Ferrand affiliated-with State Department', 'Odile Ferrand visited Oslo'],
    },
    {
      text: 'Treasury Secretary Amos Wendell said on Tuesday that the Treasury would sell more bonds.',
      expect: ['Amos Wendell affiliated-with Treasury'],
    },
    // Courts and crime: a town's police named short and in full are one force; its officers serve it.
    {
      text: 'A man was seen running from the store, Dunmore Police Lt. Carys Fenwick told the Daily Courier. The suspect had no history with the Dunmore Police Department, Fenwick said.',
      expect: ['Carys Fenwick affiliated-with Dunmore Police Department', 'Carys Fenwick quoted-by Daily Courier'],
    },
    {
      text: 'Dayton Police Chief Maren Holt said the suspect had acted alone. The Dayton Police Department is still investigating.',
      expect: ['Maren Holt affiliated-with Dayton Police Department'],
      optional: ['Maren Holt affiliated-with Dayton'],
    },
    {
      text: 'Brooklyn District Attorney Odell Varga said on Monday that the charges would stand.',
      expect: ['Odell Varga affiliated-with Brooklyn'],
    },
    {
      text: 'Tallis Motors cut 400 jobs on Tuesday. The company’s chief executive, Ada Lin, said the cuts were unavoidable.',
      expect: ['Ada Lin affiliated-with Tallis Motors'],
    },
    {
      text: 'Harwick United confirmed on Monday that it had received a takeover approach from tycoon Marvin Kessel. The approach by the 76-year-old owner of the Lakeside Herons football team is being led by his sons.',
      expect: ['Marvin Kessel affiliated-with Lakeside Herons'],
    },
    {
      text: 'Tamsin Oakes, chairman of the Senate panel overseeing farm subsidies, said the bill would be rewritten.',
      expect: ['Tamsin Oakes affiliated-with Senate'],
    },
    {
      text: 'Gideon Marsh, a member of the Quillford Holdings board, voted against the merger.',
      expect: ['Gideon Marsh affiliated-with Quillford Holdings'],
    },
    {
      text: 'Priya Venn, who sits on the board of the Ferrant Trust, said the grants would resume.',
      expect: ['Priya Venn affiliated-with Ferrant Trust'],
    },
    {
      text: 'Lorna Vickers, the Labour MP for Leeds, said the cuts would close two libraries.',
      expect: ['Lorna Vickers affiliated-with Labour'],
      optional: ['Lorna Vickers affiliated-with Leeds'],
    },
    {
      text: 'US Defense Secretary Richard Hollis said on Tuesday that the carrier group would stay in the region for another month.',
      expect: ['Richard Hollis affiliated-with US'],
    },
    {
      text: 'Nadia Haddad, president of the American University of Beirut, said enrolment had fallen by a third since the crisis began.',
      expect: ['Nadia Haddad affiliated-with American University of Beirut'],
      optional: ['Nadia Haddad affiliated-with Beirut'],
    },
    {
      text: 'Sen. Wade Dawson (R-Texas) blocked the nomination on Thursday, saying the nominee had misled the committee.',
      expect: ['Wade Dawson affiliated-with Texas'],
    },
    {
      text: 'Colonel Ahmed Bakr, a spokesman for the Ministry of Defence, said two soldiers had been wounded in the attack.',
      expect: ['Ahmed Bakr affiliated-with Ministry of Defence'],
    },
    {
      text: 'Ingrid Lindgren, chief executive of Volvo Cars, told analysts that margins would improve in the second half.',
      expect: ['Ingrid Lindgren affiliated-with Volvo Cars'],
    },
    {
      text: 'The Kenyan interior minister, Joseph Mwangi, flew to Kampala on Monday. Kenya and Uganda have clashed for years over fishing rights on the lake.',
      expect: ['Joseph Mwangi affiliated-with Kenya', 'Joseph Mwangi visited Kampala'],
    },
    {
      text: 'Owen Pritchard, a Labour councillor in Cardiff, said the closure of the steelworks was a betrayal.',
      expect: ['Owen Pritchard affiliated-with Labour'],
      optional: ['Owen Pritchard affiliated-with Cardiff'],
    },
    {
      text: 'Emily Sato, a senior fellow at the Brookings Institution, said the sanctions had backfired.',
      expect: ['Emily Sato affiliated-with Brookings Institution'],
    },
    {
      text: 'Manchester United manager Erik Lindholm said his side had been unlucky not to win.',
      expect: ['Erik Lindholm affiliated-with Manchester United'],
    },
    {
      text: 'Governor Patricia Okoro of Lagos State said the new rail line would open in December.',
      expect: ['Patricia Okoro affiliated-with Lagos State'],
    },
    {
      text: 'Ohio’s governor, Brian Kessler, signed the bill into law on Friday.',
      expect: ['Brian Kessler affiliated-with Ohio'],
    },
    {
      text: 'The mayor of Leeds, Councillor Fatima Begum, opened the new library on Saturday.',
      expect: ['Fatima Begum affiliated-with Leeds'],
    },
    {
      text: "Krishnan Iyer, the head of the Asian Development Bank's economics department, said growth in the region would slow next year.",
      expect: ['Krishnan Iyer affiliated-with Asian Development Bank'],
    },
    {
      text: 'IMF Managing Director Gerhard Vogel told the conference that debt relief could not wait.',
      expect: ['Gerhard Vogel affiliated-with IMF'],
    },
    {
      text: 'Interior Ministry spokesman Dragan Kovacevic denied that the police had used live ammunition.',
      expect: ['Dragan Kovacevic affiliated-with Interior Ministry'],
    },
    {
      text: 'Adaeze Okafor, governor of the Central Bank of Nigeria, said inflation had probably peaked.',
      expect: ['Adaeze Okafor affiliated-with Central Bank of Nigeria'],
      optional: ['Adaeze Okafor affiliated-with Nigeria'],
    },
    {
      text: 'Layla Hassan, a researcher with the Institute for Security Studies, said the detainees had not been charged.',
      expect: ['Layla Hassan affiliated-with Institute for Security Studies'],
    },
    {
      text: 'Dr. Martin Kessel of Johns Hopkins University said the trial had been stopped early because the results were so clear.',
      expect: ['Martin Kessel affiliated-with Johns Hopkins University'],
    },
    {
      text: 'Japan’s Foreign Minister Yuji Kawabata told a news conference that Tokyo had lodged a protest.',
      expect: ['Yuji Kawabata affiliated-with Japan'],
    },
    {
      text: 'Tomás Herrera, a professor of economics at the London School of Economics, said the figures were worrying.',
      expect: ['Tomás Herrera affiliated-with London School of Economics'],
    },
    {
      text: 'Chief Darnell Brooks of the Atlanta Police Department said three officers had been placed on leave.',
      expect: ['Darnell Brooks affiliated-with Atlanta Police Department'],
      optional: ['Darnell Brooks affiliated-with Atlanta'],
    },
    {
      text: 'PSV Eindhoven coach Pieter de Groot was sent off in the second half for protesting too loudly.',
      expect: ['Pieter de Groot affiliated-with PSV Eindhoven'],
    },
    {
      text: 'Hiroshi Tanaka, deputy governor of the Bank of Japan, said the bank would keep rates low.',
      expect: ['Hiroshi Tanaka affiliated-with Bank of Japan'],
      optional: ['Hiroshi Tanaka affiliated-with Japan'],
    },
    {
      text: 'Abena Darko, a spokeswoman for the Ghana Police Service, said the suspects would appear in court on Monday.',
      expect: ['Abena Darko affiliated-with Ghana Police Service'],
      optional: ['Abena Darko affiliated-with Ghana'],
    },
    {
      text: 'Vice President Ramón Castillo of Panama said the canal would be dredged before the dry season.',
      expect: ['Ramón Castillo affiliated-with Panama'],
    },
    {
      text: 'Rep. Dorian Vale, an Ohio Republican, said the bill would not reach the floor this year.',
      expect: ['Dorian Vale affiliated-with Ohio', 'Dorian Vale affiliated-with Republican'],
    },
    {
      text: 'Senator Elaine Marsh, a Democrat from Vermont, said she would vote against the bill.',
      expect: ['Elaine Marsh affiliated-with Vermont'],
      optional: ['Elaine Marsh affiliated-with Democrat'],
    },
    {
      text: 'Yasmin Aziz, who teaches law at the University of Karachi, said the ruling would be appealed.',
      expect: ['Yasmin Aziz affiliated-with University of Karachi'],
      optional: ['Yasmin Aziz affiliated-with Karachi'],
    },
    {
      text: 'The ruling was welcomed by Kojo Amankwah, the secretary general of the Ghana Football Association.',
      expect: ['Kojo Amankwah affiliated-with Ghana Football Association'],
      optional: ['Kojo Amankwah affiliated-with Ghana'],
    },
    {
      text: 'Gloria Mensah, vice-chancellor of the Open University, said tuition fees would rise for the first time in five years.',
      expect: ['Gloria Mensah affiliated-with Open University'],
    },
    {
      text: 'Russell Halloran, who chairs the Senate Foreign Relations Committee, said the treaty was dead.',
      expect: ['Russell Halloran affiliated-with Senate Foreign Relations Committee'],
    },
    {
      text: 'Leonor Sampaio, Portugal’s ambassador to Mozambique, said the consulate in Beira would reopen in June.',
      expect: ['Leonor Sampaio affiliated-with Portugal'],
      optional: ['Leonor Sampaio affiliated-with Mozambique'],
    },
    {
      text: 'Former Irish Prime Minister Harold Pemberton said Ireland had changed beyond recognition since he left office.',
      expect: [],
      checks: ['affiliated-with'],
      optional: ['Harold Pemberton affiliated-with Ireland'],
    },
    {
      text: 'Turkish President Emre Kalkavan flew home on Monday, saying Turkey would not sign the accord.',
      expect: ['Emre Kalkavan affiliated-with Turkey'],
    },
    {
      text: 'British Chancellor Edwin Marlowe told the summit that Britain would keep its aid budget.',
      expect: ['Edwin Marlowe affiliated-with Britain'],
    },
    {
      text: 'Tomas Verhoef, a Brixwell Capital economist, said rates were likely to fall in the spring.',
      expect: ['Tomas Verhoef affiliated-with Brixwell Capital'],
    },
    {
      text: 'Lena Fairbairn, a Hollins Group analyst, said the merger would face scrutiny.',
      expect: ['Lena Fairbairn affiliated-with Hollins Group'],
    },
    {
      text: 'Mirela Dobre, an Oxford economist, said the figures were no surprise.',
      expect: [],
      checks: ['affiliated-with'],
      optional: ['Mirela Dobre affiliated-with Oxford'],
    },
    {
      text: 'Hana Prewitt, chief UK economist at Dunmore Partners, said the deficit would narrow next year.',
      expect: ['Hana Prewitt affiliated-with Dunmore Partners'],
    },
    {
      text: 'Vexcor Systems chief executive Bo Tanner said profits would rise by a fifth this year.',
      expect: ['Bo Tanner affiliated-with Vexcor Systems'],
    },
    {
      text: 'Shares fell after Halden Trust senior adviser Ruth Amory resigned on Tuesday.',
      expect: ['Ruth Amory affiliated-with Halden Trust'],
    },
    {
      text: 'Dunmore University former president Ola Brekke said the merger was a mistake.',
      expect: [],
      checks: ['affiliated-with'],
      optional: ['Ola Brekke affiliated-with Dunmore University'],
    },
    {
      text: 'Ruth Amory was appointed chief executive of the Halden Trust in May after a year as its finance director.',
      expect: ['Ruth Amory affiliated-with Halden Trust'],
    },
    {
      text: 'Ines Albero was named chairman of Vexcor Systems last year.',
      expect: ['Ines Albero affiliated-with Vexcor Systems'],
    },
    {
      text: 'Kwabena Ofori joined Marlow Capital in 2019 from a rival bank.',
      expect: ['Kwabena Ofori affiliated-with Marlow Capital'],
    },
    {
      text: 'Kwabena Ofori joined the talks in Geneva on Tuesday, a day after Halden Trust officials arrived.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ines Albero was named in a report by the Halden Trust as one of the donors.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Harwick City boss Dario Fenn said the team had thrown away two points.',
      expect: ['Dario Fenn affiliated-with Harwick City'],
    },
    {
      text: 'Joan Pettifer, a tax specialist at Harwick Doyle, said the new rules were unclear.',
      expect: ['Joan Pettifer affiliated-with Harwick Doyle'],
    },
    {
      text: 'Priya Nandakumar, treasurer of the Halden Trust, said the charity had run out of money.',
      expect: ['Priya Nandakumar affiliated-with Halden Trust'],
    },
    {
      text: 'Labour MP Rosalind Thwaite said the bill would be amended before its third reading.',
      expect: ['Rosalind Thwaite affiliated-with Labour'],
    },
    {
      text: 'Veteran Labour MP Desmond Kilbride told the committee he would vote against the plan.',
      expect: ['Desmond Kilbride affiliated-with Labour'],
    },
    {
      text: 'The chairman of the Law Society, Gregor Pennick QC warned that legal aid cuts would leave defendants unrepresented.',
      expect: ['Gregor Pennick affiliated-with Law Society'],
    },
    {
      text: 'His rival, Democrat Marisol Fenwick, said she would not run again after the recount.',
      expect: ['Marisol Fenwick affiliated-with Democrat'],
    },
    {
      text: 'The Conservatives announced their support on Monday, and Tory spokesman Oliver Brandreth said the bill was sound.',
      expect: ['Oliver Brandreth affiliated-with Conservatives'],
    },
    {
      text: 'Conservative estimates put the cost of the scheme at two billion pounds, said Oliver Brandreth.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'He was nearly sacked by Rovington boss Declan Hurley after a run of six defeats.',
      expect: ['Declan Hurley affiliated-with Rovington'],
    },
    {
      text: 'The scheme has the backing of the Mayor of Porto Alegre, Renata Vasconcelos, and of local businesses.',
      expect: ['Renata Vasconcelos affiliated-with Porto Alegre'],
    },
    {
      text: 'Anton Hesketh, a spokesman for Quillrail, said he could not confirm the figure.',
      expect: ['Anton Hesketh affiliated-with Quillrail'],
    },
    {
      text: 'Petra Lindqvist, a Quillby’s Analytics economist, said prices would keep rising.',
      expect: ['Petra Lindqvist affiliated-with Quillby’s Analytics'],
    },
    {
      text: 'Governor of the Bank of England Tom Wedge said on Thursday that rates would stay on hold.',
      expect: ['Tom Wedge affiliated-with Bank of England'],
    },
    {
      text: 'In Britain, Ruiz is today meeting British Chancellor of the Exchequer Edwin Marlowe, Foreign Secretary Alan Pryce and Governor of the Bank of England Tom Wedge.',
      expect: ['Edwin Marlowe affiliated-with Britain', 'Alan Pryce affiliated-with Britain'],
      optional: ['Edwin Marlowe affiliated-with Exchequer', 'Tom Wedge affiliated-with Bank of England'],
    },
    {
      text: 'Fred Rowan, publisher and chief executive of The Daily Ledger, said the paper would fight the ruling.',
      expect: ['Fred Rowan affiliated-with Daily Ledger'],
    },
    {
      text: 'Dunmore University geostrategy expert and former security official, Avi Kessler, said the pipeline was risky.',
      expect: ['Avi Kessler affiliated-with Dunmore University'],
    },
    {
      text: 'Daily Ledger contributor Jamal Haddad went missing this month after visiting the consulate.',
      expect: ['Jamal Haddad affiliated-with Daily Ledger'],
    },
    {
      text: 'Marta Quill, a former head of the Brennan Dockworkers Union who now chairs a charity, said the strike was over.',
      expect: ['Marta Quill affiliated-with Brennan Dockworkers Union'],
    },
    {
      text: 'Oskar Lind, a longtime Africa expert who advises the government, said the ceasefire would hold.',
      expect: [],
    },
    {
      text: 'Staff at the Saudi Embassy said Saudi Foreign Minister Faisal al-Harbi would attend. Saudi Arabia confirmed it.',
      expect: ['Faisal al-Harbi affiliated-with Saudi Arabia'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Tomas Lindqvist met his Chinese counterpart, Wang Jiahui, in Vientiane. China said the talks went well.',
      expect: ['Wang Jiahui affiliated-with China'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The scandal led to the resignations of Tidewater Radio chairman Piet Vos, director-general Lina Roos and reporter Sem Bakker.',
      expect: ['Piet Vos affiliated-with Tidewater Radio', 'Lina Roos affiliated-with Tidewater Radio', 'Sem Bakker affiliated-with Tidewater Radio'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Critics should stop demonising ex-Harbour Council press chief Mira Holt, Jon Kemp said.',
      expect: ['Mira Holt affiliated-with Harbour Council'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Dunmore Bank managers Ola Berg and Kai Lund, and Fenwick Trust managers Uma Rao and Ian Pike face charges.',
      expect: ['Ola Berg affiliated-with Dunmore Bank', 'Kai Lund affiliated-with Dunmore Bank', 'Uma Rao affiliated-with Fenwick Trust', 'Ian Pike affiliated-with Fenwick Trust'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Gareth Pryce, of Tarnwell Securities, said the forecast was far too optimistic.',
      expect: ['Gareth Pryce affiliated-with Tarnwell Securities'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Nia Evans, from the Institute for Rural Affairs, told reporters that the cuts would hurt.',
      expect: ['Nia Evans affiliated-with Institute for Rural Affairs'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The minister thanked Ada Rowe, of all people, for the report.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ivor Penrose, Harlow Bank co-chairman, said the merger would go ahead.',
      expect: ['Ivor Penrose affiliated-with Harlow Bank'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Liberal Democrat Cerys Vaughan told the committee that the scheme had failed.',
      expect: ['Cerys Vaughan affiliated-with Liberal Democrat'],
      checks: ['affiliated-with'],
    },
    {
      text: 'President Ines Calder hosted Prime Minister Tomas Varga in London and at the White House.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Rep. Maria Okafor, D-Calif., said the bill would pass before the recess.',
      expect: ['Maria Okafor affiliated-with California'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Harrow Logistics founder and chief executive Idris Kell said the depot would close.',
      expect: ['Idris Kell affiliated-with Harrow Logistics'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The panel was chaired by Teesdale Radio presenter and managing editor Wynne Foley.',
      expect: ['Wynne Foley affiliated-with Teesdale Radio'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The mayor lost to Lisbon-backed candidate Idris Kell, while Oslo-based analyst Wynne Foley called it a shock.',
      expect: ['Wynne Foley affiliated-with Oslo'],
      checks: ['affiliated-with'],
    },
    {
      text: '"Demand will hold up," said Tom Lake, chief economist at Rosie Kay.',
      expect: ['Tom Lake affiliated-with Rosie Kay'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Wynne Foley, chairman of ELLA Records, said sales had fallen.',
      expect: ['Wynne Foley affiliated-with ELLA Records'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ines Calder, editor of Mac Weekly, said the review was fair.',
      expect: ['Ines Calder affiliated-with Mac Weekly'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Saul Brody, the former manager of Johnny Vance, has died aged 79.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: "Orange's chief executive Idris Kell said the network would be sold.",
      expect: ['Idris Kell affiliated-with Orange'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Professor Ilse Varga, of the Tamsin Institute for Fiscal Studies, said the cuts would hit the poorest hardest.',
      expect: ['Ilse Varga affiliated-with Tamsin Institute for Fiscal Studies'],
    },
    {
      text: '"The rise is worrying," said Dr Omar Redding, from the Corvale Lung Foundation.',
      expect: ['Omar Redding affiliated-with Corvale Lung Foundation'],
    },
    {
      text: 'Corvale Rovers fly-half Tomas Brevik kicked three penalties, and Scotland forward Ewan Dalgety scored a late try.',
      expect: ['Tomas Brevik affiliated-with Corvale Rovers', 'Ewan Dalgety affiliated-with Scotland'],
    },
    {
      text: 'Labour backbencher Wendy Ashdale and Tory peer Lord Fenwood both said the plans were a mistake.',
      expect: ['Wendy Ashdale affiliated-with Labour', 'Fenwood affiliated-with Tory'],
    },
    {
      text: 'Second seed Ilse Varga beat Marta Quell of Portugal 6-3 6-4, while Finance Minister Tomas Brevik of Norway watched from the stands.',
      expect: ['Marta Quell affiliated-with Portugal', 'Tomas Brevik affiliated-with Norway'],
    },
    {
      text: 'Edwin Carrow, of Grimsby, said the new bypass had halved his journey to work.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: '"Orders have doubled," said Petra Wendt, chief executive of Corvale Networks which makes the routers.',
      expect: ['Petra Wendt affiliated-with Corvale Networks'],
    },
    {
      text: 'Harwick Rovers centre Joel Amesby scored twice, and his Harwick Rovers team-mate Ivo Drennan was named man of the match.',
      expect: ['Joel Amesby affiliated-with Harwick Rovers', 'Ivo Drennan affiliated-with Harwick Rovers'],
    },
    {
      text: 'US District Judge Marta Quell ruled that the law was invalid, and Assistant US Attorney Tomas Brevik said he would appeal.',
      expect: ['Marta Quell affiliated-with United States', 'Tomas Brevik affiliated-with United States'],
      checks: ['affiliated-with'],
    },
    {
      text: "Belmoor County State's Attorney Ilse Varga said the charges would stand.",
      expect: ['Ilse Varga affiliated-with Belmoor County'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Edwin Carrow, the Sheriff of Belmoor County, said the road would stay closed.',
      expect: ['Edwin Carrow affiliated-with Belmoor County'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Wendy Ashdale, an MEP for the Tarrow Region, said the vote in the European Parliament would be close.',
      expect: ['Wendy Ashdale affiliated-with Tarrow Region', 'Wendy Ashdale affiliated-with European Parliament'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Hilda Marrow, 59, who led Quellcorp International operations in Kenya, was freed on Monday.',
      expect: ['Hilda Marrow affiliated-with Quellcorp International'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Osric Tallow, appointed by the Brevik Department in May, is leading the inquiry.',
      expect: ['Osric Tallow affiliated-with Brevik Department'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Osric Tallow, named by Quellcorp as its man of the year, spoke.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'A Brevik University delegation headed by Osric Tallow visited Hanoi.',
      expect: ['Osric Tallow affiliated-with Brevik University'],
      checks: ['affiliated-with'],
    },
    {
      text: 'A delegation from the Brevik Foundation, led by Osric Tallow, arrived in Hanoi on Monday.',
      expect: ['Osric Tallow affiliated-with Brevik Foundation'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Osric Tallow, a lawyer, who works for the Brevik Foundation, said the case would go on.',
      expect: ['Osric Tallow affiliated-with Brevik Foundation'],
      checks: ['affiliated-with'],
    },
    // A word of grammar inside a hyphenated role stays in the role ("editor-in-chief of X").
    {
      text: 'Noor Haddad, editor-in-chief of the monthly Velder Review, said the rivalry would sell copies.',
      expect: ['Noor Haddad affiliated-with Velder Review'],
      checks: ['affiliated-with'],
    },
  ],
};
