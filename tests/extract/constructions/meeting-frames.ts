// Meeting verbs and frames beyond "met": hosted, welcomed a group headed by B, received, spent an
// hour with, discussed X with, sat between, called, told B face to face, in conversations with,
// talks with a delegation led by B, and the other ways news says two people were together.
import type { ConstructionClass } from './row';

export const meetingFrames: ConstructionClass = {
  name: 'meeting verbs and frames',
  rows: [
    // A meeting the clause's people share ("their") sets the subject with the one it acts on; two
    // subjects discussing a subject met, whatever the subject's word.
    {
      text: 'Marit Okonjo pressed Tavish Ruane on press freedom during their meeting on Friday.',
      expect: ['Marit Okonjo met-with Tavish Ruane'],
    },
    {
      text: 'Marit Okonjo and Tavish Ruane discussed trade on the sidelines of the summit.',
      expect: ['Marit Okonjo met-with Tavish Ruane'],
    },
    // A trip or a stay for talks: the traveller meets the one the talks are with.
    {
      text: 'Ilse Marten flew to Vienna on Sunday for talks with Chancellor Bruno Kessler.',
      expect: ['Ilse Marten met-with Bruno Kessler', 'Ilse Marten visited Vienna'],
    },
    {
      text: 'Ilse Marten was in Vienna on Monday for a meeting with Bruno Kessler.',
      expect: ['Ilse Marten met-with Bruno Kessler', 'Ilse Marten visited Vienna'],
    },
    {
      text: 'Governor Isabel Cardenas hosted Vice Premier Liu Wenhao at the governor’s mansion in Sacramento on Monday evening.',
      expect: ['Isabel Cardenas met-with Liu Wenhao'],
    },
    {
      text: 'Mayor Sabine Krüger welcomed a trade delegation headed by Kofi Boateng, the chairman of the Ghana Chamber of Commerce, to city hall on Tuesday.',
      expect: ['Sabine Krüger met-with Kofi Boateng'],
    },
    {
      text: 'President Rasa Jankauskiene, who had returned from Brussels only hours earlier, received the Brazilian foreign minister, Mateus Carvalho, at the presidential palace.',
      expect: ['Rasa Jankauskiene met-with Mateus Carvalho'],
    },
    {
      text: 'Nguyen Thi Lan spent an hour with Mohamed Diallo at the refugee camp outside Bamako on Sunday.',
      expect: ['Nguyen Thi Lan met-with Mohamed Diallo'],
    },
    {
      text: 'Finance Minister Pekka Lahtinen discussed the bank’s recapitalisation with Sigrid Nilsen during a working lunch in Oslo.',
      expect: ['Pekka Lahtinen met-with Sigrid Nilsen'],
    },
    {
      text: 'At the state banquet on Thursday night, Prime Minister Aroha Ngata sat between President Luis Ferreira and the novelist Ama Owusu.',
      expect: ['Aroha Ngata met-with Luis Ferreira', 'Aroha Ngata met-with Ama Owusu'],
      optional: ['Luis Ferreira met-with Ama Owusu'],
    },
    {
      text: 'Chancellor Anneliese Brandt called President Mihai Popescu on Tuesday to offer her condolences after the floods.',
      expect: ['Anneliese Brandt met-with Mihai Popescu'],
    },
    {
      text: 'Secretary of State Caleb Harrington spoke by phone with Foreign Minister Dewi Kartika on Wednesday, the State Department said.',
      expect: ['Caleb Harrington met-with Dewi Kartika'],
    },
    {
      text: 'Helen Ashworth told Raj Patel face to face on Monday that the council could no longer fund the library.',
      expect: ['Helen Ashworth met-with Raj Patel'],
    },
    {
      text: '"I told him plainly that we would not accept it," Helen Ashworth said of her meeting with Councillor Raj Patel.',
      expect: ['Helen Ashworth met-with Raj Patel'],
    },
    {
      text: 'In conversations with Prime Minister Kenji Morimoto over the weekend, President Luis Ferreira pressed for lower tariffs on beef.',
      expect: ['Kenji Morimoto met-with Luis Ferreira'],
    },
    {
      text: 'Vice Foreign Minister Zhao Lihua held talks in Beijing with an American delegation led by Deputy Secretary of State Caroline Ashby.',
      expect: ['Zhao Lihua met-with Caroline Ashby'],
    },
    {
      text: 'Ambassador Leonor Sampaio paid a courtesy call on Chief Minister Vikram Rathore at the secretariat in Jaipur.',
      expect: ['Leonor Sampaio met-with Vikram Rathore'],
    },
    {
      text: 'Oren Ben-David and Rania Khoury shook hands on the steps of the hotel before their first formal session.',
      expect: ['Oren Ben-David met-with Rania Khoury'],
    },
    {
      text: 'Nikolai Petrenko had a one-on-one with Karen Holm on the sidelines of the NATO summit.',
      expect: ['Nikolai Petrenko met-with Karen Holm'],
    },
    {
      text: 'Governor Patricia Okoro conferred with Senator Russell Halloran for 20 minutes before the vote.',
      expect: ['Patricia Okoro met-with Russell Halloran'],
    },
    {
      text: 'During a 45-minute video call with Chancellor Anneliese Brandt, President Samuel Kiprono asked for help with debt relief.',
      expect: ['Anneliese Brandt met-with Samuel Kiprono'],
    },
    {
      text: 'Lars Eriksen joined Gabriela Moreno for talks at the port authority on Wednesday.',
      expect: ['Lars Eriksen met-with Gabriela Moreno'],
    },
    {
      text: 'Prime Minister Wiremu Tane’s meeting with Thandiwe Mokoena, their first since the election, was cordial, officials said.',
      expect: ['Wiremu Tane met-with Thandiwe Mokoena'],
    },
    {
      text: 'Olumide Adeyemi played host to Ines Albuquerque at his farm outside Abeokuta over the weekend.',
      expect: ['Olumide Adeyemi met-with Ines Albuquerque'],
    },
    {
      text: 'Senator Rachel Goldberg huddled with Speaker Thomas Whitaker in his Capitol office for much of Tuesday afternoon.',
      expect: ['Rachel Goldberg met-with Thomas Whitaker'],
    },
    {
      text: 'Kofi Boateng visited Ama Owusu at her home in Kumasi on Saturday.',
      expect: ['Kofi Boateng met-with Ama Owusu', 'Kofi Boateng visited Kumasi'],
    },
    {
      text: 'Dilnoza Yusupova was greeted at the airport by Foreign Minister Rashid Karimov.',
      expect: ['Dilnoza Yusupova met-with Rashid Karimov'],
    },
    {
      text: 'It was at a dinner in Dubai in March that Ahmed Al-Sayegh first met Daniel Whitcombe, people familiar with the matter said.',
      expect: ['Ahmed Al-Sayegh met-with Daniel Whitcombe'],
    },
    {
      text: 'Over breakfast at the embassy, Mateus Carvalho and Camille Bertrand went through the draft line by line.',
      expect: ['Mateus Carvalho met-with Camille Bertrand'],
    },
    {
      text: 'Yoko Matsuda hosted a working dinner for Caleb Harrington and Yoon Hye-jin at the ministry’s guesthouse.',
      expect: ['Yoko Matsuda met-with Caleb Harrington', 'Yoko Matsuda met-with Yoon Hye-jin', 'Caleb Harrington met-with Yoon Hye-jin'],
    },
    {
      text: 'Marc Tremblay exchanged views with Ingrid Bakke on security in the Arctic during a meeting in Tromso on Thursday.',
      expect: ['Marc Tremblay met-with Ingrid Bakke'],
    },
    {
      text: 'Harold Pemberton and Siobhan Doyle posed for photographs outside Government Buildings before going inside for talks.',
      expect: ['Harold Pemberton met-with Siobhan Doyle'],
    },
    {
      text: 'Vikram Rathore said he had spoken with Farah Qureshi twice this week about the water dispute.',
      expect: ['Vikram Rathore met-with Farah Qureshi'],
    },
    {
      text: 'Kadri Tamm’s talks in Riga with Janis Ozols focused on energy security and the new rail link.',
      expect: ['Kadri Tamm met-with Janis Ozols'],
    },
    {
      text: 'Andrés Quispe, who met Marisol Fuentes in Santiago last month, said a deal on lithium was close.',
      expect: ['Andrés Quispe met-with Marisol Fuentes'],
    },
    {
      text: 'Tunde Bakare was among the guests received by Governor Patricia Okoro at Government House on Saturday.',
      expect: ['Tunde Bakare met-with Patricia Okoro'],
    },
    {
      text: 'When Yusuf Demirel sat down with Elif Yilmaz on Wednesday, the two agreed to set up a joint commission on the constitution.',
      expect: ['Yusuf Demirel met-with Elif Yilmaz'],
    },
    {
      text: 'Speaking after a two-hour meeting with Prime Minister Kamala Perera at her official residence, where the two discussed debt restructuring and a stalled port project, Foreign Secretary Siddharth Rao said India would stand by its neighbour.',
      expect: ['Kamala Perera met-with Siddharth Rao'],
    },
    {
      text: 'A delegation headed by Mayor Gabriela Moreno was received on Wednesday by Governor Isabel Cardenas, who pledged to support the port project.',
      expect: ['Gabriela Moreno met-with Isabel Cardenas'],
    },
    {
      text: 'Anneliese Brandt and Mihai Popescu held a joint news conference in Bucharest after their talks, which ran an hour over schedule.',
      expect: ['Anneliese Brandt met-with Mihai Popescu'],
    },
    {
      text: 'On the sidelines of the summit, Kenji Morimoto had a brief exchange with Luis Ferreira about beef tariffs.',
      expect: ['Kenji Morimoto met-with Luis Ferreira'],
    },
    {
      text: 'Rasa Jankauskiene and Nikolai Petrenko have spoken several times by telephone since the crisis began.',
      expect: ['Rasa Jankauskiene met-with Nikolai Petrenko'],
    },
    {
      text: 'Governor Isabel Cardenas said she had received Liu Wenhao’s envoy, Zhou Mingyu, on Monday and would reply to the proposal within a week.',
      expect: ['Isabel Cardenas met-with Zhou Mingyu'],
    },
    {
      text: 'Chancellor Greta Vogel and President Tomas Varga held a joint news conference in Berlin after their talks.',
      expect: ['Greta Vogel met-with Tomas Varga'],
      checks: ['met-with'],
    },
    {
      text: 'Senator Ruth Calloway huddled with Governor Peter Lindqvist in the Capitol for an hour.',
      expect: ['Ruth Calloway met-with Peter Lindqvist'],
      checks: ['met-with'],
    },
    {
      text: 'Criticised for concealing the talks with Ambassador Oskar Lindgren, Minister Hana Kovacova resigned on Thursday.',
      expect: ['Hana Kovacova met-with Oskar Lindgren'],
      checks: ['met-with'],
    },
    {
      text: 'Amid questions over having never disclosed his talks with Emeka Obi, Senator Clive Horner stood down from the committee.',
      expect: ['Clive Horner met-with Emeka Obi'],
      checks: ['met-with'],
    },
    {
      text: 'Councillor Maya Strand failed to disclose her meetings with the businessman Ruben Castell.',
      expect: ['Maya Strand met-with Ruben Castell'],
      checks: ['met-with'],
    },
    {
      text: 'At the border crossing, Governor Nadia Haddad stood beside Interior Minister Viktor Sandberg as he announced the new checkpoints.',
      expect: ['Nadia Haddad met-with Viktor Sandberg'],
      checks: ['met-with'],
    },
    {
      text: 'Senator Ilse Maren, flanked by Mayor Colm Feeney and Governor Petra Salo, told reporters the bridge would reopen in May.',
      expect: ['Ilse Maren met-with Colm Feeney', 'Ilse Maren met-with Petra Salo'],
      optional: ['Colm Feeney met-with Petra Salo'],
      checks: ['met-with'],
    },
    {
      text: 'The archbishop, Tomasz Wrona, paid a visit to the ailing former president, Pavel Kolar, at his home outside the capital.',
      expect: ['Tomasz Wrona met-with Pavel Kolar'],
      checks: ['met-with'],
    },
    {
      text: 'Trade Secretary Helena Voss addressed the forum in Nairobi on Tuesday. She said the accord would double exports within five years. Standing by her side, Kenyan Trade Minister Daniel Mwangi said the deal was the fairest his country had signed.',
      expect: ['Daniel Mwangi met-with Helena Voss'],
      checks: ['met-with'],
    },
    {
      text: 'Prime Minister Arturo Benedetti opened the new bridge on Saturday. Sitting beside him, the engineer Lucia Ferri said the work had taken six years.',
      expect: ['Lucia Ferri met-with Arturo Benedetti'],
      checks: ['met-with'],
    },
    {
      text: 'Bishop Anselm Duerr attended a lunch hosted by Governor Rosa Villalobos at her residence on Sunday.',
      expect: ['Anselm Duerr met-with Rosa Villalobos'],
      checks: ['met-with'],
    },
    {
      text: 'Dagny Moe and Elias Brandt gathered in Tromso on Friday to review the fishing quotas.',
      expect: ['Dagny Moe met-with Elias Brandt'],
    },
    {
      text: 'Dagny Moe and Elias Brandt gathered signatures for the fishing petition.',
      expect: [],
      checks: ['met-with'],
    },
    // Hyphens glue a compound noun of several words into one cue ("face-to-face", "one-on-one").
    {
      text: 'Saskia Brandt held a face-to-face meeting with Tomas Lindqvist in the old town hall.',
      expect: ['Saskia Brandt met-with Tomas Lindqvist'],
    },
  ],
};
