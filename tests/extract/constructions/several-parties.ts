// Several parties at once: lists, "respectively", counterparts, "Presidents A of X and B of Y",
// "signed by A and B", "Joining ... were A, B and C". A small group at one table makes every pair
// met-with; at a large gathering only the pairs the text puts together count (GOLD.md).
import type { ConstructionClass } from './row';

export const severalParties: ConstructionClass = {
  name: 'several parties at once',
  rows: [
    {
      text: 'Governor Mara Quinn met Mayor Tom Reddin at city hall on Monday. Her chief of staff, Ada Lin, and Bo Tan also attended the meeting.',
      expect: ['Mara Quinn met-with Tom Reddin', 'Ada Lin met-with Mara Quinn', 'Ada Lin met-with Tom Reddin', 'Bo Tan met-with Mara Quinn', 'Bo Tan met-with Tom Reddin', 'Ada Lin met-with Bo Tan'],
    },
    {
      text: 'Foreign Minister Ines Albuquerque and her Greek, Cypriot and French counterparts, Nikos Andreou, Eleni Christodoulou and Camille Bertrand, respectively, gathered in Cairo on Monday to discuss maritime borders in the eastern Mediterranean.',
      expect: [
        'Ines Albuquerque met-with Nikos Andreou',
        'Ines Albuquerque met-with Eleni Christodoulou',
        'Ines Albuquerque met-with Camille Bertrand',
        'Nikos Andreou met-with Eleni Christodoulou',
        'Nikos Andreou met-with Camille Bertrand',
        'Eleni Christodoulou met-with Camille Bertrand',
      ],
    },
    {
      text: 'Foreign ministers Camille Bertrand of France and Klaus Hoffmann of Germany held talks in Rome on Tuesday. The Italian minister, Giulia Ferraro, joined the talks on Wednesday.',
      expect: [
        'Camille Bertrand met-with Klaus Hoffmann',
        'Giulia Ferraro met-with Camille Bertrand',
        'Giulia Ferraro met-with Klaus Hoffmann',
        'Camille Bertrand affiliated-with France',
        'Klaus Hoffmann affiliated-with Germany',
      ],
    },
    {
      text: 'Presidents Dmitri Volkonsky of Belarus and Aigerim Nurlanova of Kazakhstan signed the agreement in Minsk on Friday after three hours of talks.',
      expect: [
        'Dmitri Volkonsky met-with Aigerim Nurlanova',
        'Dmitri Volkonsky affiliated-with Belarus',
        'Aigerim Nurlanova affiliated-with Kazakhstan',
      ],
    },
    {
      text: 'Secretary of State Caleb Harrington held a trilateral meeting with his Japanese and South Korean counterparts, Yoko Matsuda and Yoon Hye-jin, on the sidelines of the summit in Jakarta.',
      expect: ['Caleb Harrington met-with Yoko Matsuda', 'Caleb Harrington met-with Yoon Hye-jin', 'Yoko Matsuda met-with Yoon Hye-jin'],
    },
    {
      text: 'The memorandum was signed by Mihaela Ionescu, rector of the University of Bucharest, and Peter Okonjo, vice-chancellor of the University of Lagos, at a ceremony on Thursday.',
      expect: [
        'Mihaela Ionescu met-with Peter Okonjo',
        'Mihaela Ionescu affiliated-with University of Bucharest',
        'Peter Okonjo affiliated-with University of Lagos',
      ],
    },
    {
      text: 'Governor Patricia Okoro had breakfast with Mayor Henrik Lund at his residence on Friday. Joining them at the table were Tunde Bakare, Amaka Nwachukwu and Femi Adebayo.',
      expect: [
        'Patricia Okoro met-with Henrik Lund',
        'Tunde Bakare met-with Patricia Okoro',
        'Tunde Bakare met-with Henrik Lund',
        'Amaka Nwachukwu met-with Patricia Okoro',
        'Amaka Nwachukwu met-with Henrik Lund',
        'Femi Adebayo met-with Patricia Okoro',
        'Femi Adebayo met-with Henrik Lund',
        'Tunde Bakare met-with Amaka Nwachukwu',
        'Tunde Bakare met-with Femi Adebayo',
        'Amaka Nwachukwu met-with Femi Adebayo',
      ],
    },
    {
      text: 'Mayor Henrik Lund hosted a breakfast for a trade delegation led by Governor Patricia Okoro. Joining the delegation at the breakfast were Tunde Bakare, Amaka Nwachukwu and Femi Adebayo.',
      expect: ['Henrik Lund met-with Patricia Okoro'],
      optional: [
        'Tunde Bakare met-with Henrik Lund',
        'Amaka Nwachukwu met-with Henrik Lund',
        'Femi Adebayo met-with Henrik Lund',
        'Tunde Bakare met-with Patricia Okoro',
        'Amaka Nwachukwu met-with Patricia Okoro',
        'Femi Adebayo met-with Patricia Okoro',
        'Tunde Bakare met-with Amaka Nwachukwu',
        'Tunde Bakare met-with Femi Adebayo',
        'Amaka Nwachukwu met-with Femi Adebayo',
      ],
    },
    {
      text: 'On Monday Oksana Melnyk met separately with Rashid Karimov and Dilnoza Yusupova.',
      expect: ['Oksana Melnyk met-with Rashid Karimov', 'Oksana Melnyk met-with Dilnoza Yusupova'],
    },
    {
      text: 'Sophie Marchal and Pieter Claes, the mayors of Lille and Namur respectively, signed a cultural exchange agreement on Monday.',
      expect: ['Sophie Marchal met-with Pieter Claes', 'Sophie Marchal affiliated-with Lille', 'Pieter Claes affiliated-with Namur'],
    },
    {
      text: 'Ambassador Leonor Sampaio hosted Amara Nwosu, Bilal Haddad and Zeynep Kaplan for a private dinner at the embassy on Thursday.',
      expect: [
        'Leonor Sampaio met-with Amara Nwosu',
        'Leonor Sampaio met-with Bilal Haddad',
        'Leonor Sampaio met-with Zeynep Kaplan',
        'Amara Nwosu met-with Bilal Haddad',
        'Amara Nwosu met-with Zeynep Kaplan',
        'Bilal Haddad met-with Zeynep Kaplan',
      ],
    },
    {
      text: 'Prime Ministers Wiremu Tane of New Zealand and Sione Havili of Tonga, along with Fiji’s President Josefa Naivalu, met in Suva on Wednesday to discuss fisheries.',
      expect: [
        'Wiremu Tane met-with Sione Havili',
        'Wiremu Tane met-with Josefa Naivalu',
        'Sione Havili met-with Josefa Naivalu',
        'Wiremu Tane affiliated-with New Zealand',
        'Sione Havili affiliated-with Tonga',
        'Josefa Naivalu affiliated-with Fiji',
      ],
    },
    {
      text: 'Leaders of more than 40 countries, among them Chancellor Anneliese Brandt, President Luis Ferreira and Prime Minister Kenji Morimoto, gathered in Rio de Janeiro for the summit, where Brandt held bilateral talks with Ferreira.',
      expect: ['Anneliese Brandt met-with Luis Ferreira'],
      optional: ['Anneliese Brandt met-with Kenji Morimoto', 'Luis Ferreira met-with Kenji Morimoto'],
    },
    {
      text: 'Senators Rachel Goldberg and Thomas Whitaker met with the lawmakers Oksana Hrytsenko and Taras Bondar in Kyiv on Saturday.',
      expect: [
        'Rachel Goldberg met-with Oksana Hrytsenko',
        'Rachel Goldberg met-with Taras Bondar',
        'Thomas Whitaker met-with Oksana Hrytsenko',
        'Thomas Whitaker met-with Taras Bondar',
      ],
      optional: ['Rachel Goldberg met-with Thomas Whitaker', 'Oksana Hrytsenko met-with Taras Bondar'],
    },
    {
      text: 'The accord was signed by the foreign ministers of Chile, Peru and Bolivia, Marisol Fuentes, Andrés Quispe and Rodrigo Mamani respectively, at a ceremony in Lima.',
      expect: [
        'Marisol Fuentes met-with Andrés Quispe',
        'Marisol Fuentes met-with Rodrigo Mamani',
        'Andrés Quispe met-with Rodrigo Mamani',
        'Marisol Fuentes affiliated-with Chile',
        'Andrés Quispe affiliated-with Peru',
        'Rodrigo Mamani affiliated-with Bolivia',
      ],
    },
    {
      text: 'Talks among Chief Executive Naveen Pillai, Finance Secretary Grace Adjei and two union leaders, Mustafa Kaya and Sigrid Nilsen, ran late into the night.',
      expect: [
        'Naveen Pillai met-with Grace Adjei',
        'Naveen Pillai met-with Mustafa Kaya',
        'Naveen Pillai met-with Sigrid Nilsen',
        'Grace Adjei met-with Mustafa Kaya',
        'Grace Adjei met-with Sigrid Nilsen',
        'Mustafa Kaya met-with Sigrid Nilsen',
      ],
    },
    {
      text: 'Rafael Ortega, who chairs the league, and the two club owners, Daniel Whitcombe and Ahmed Al-Sayegh, met at a London hotel on Tuesday to settle the dispute.',
      expect: ['Rafael Ortega met-with Daniel Whitcombe', 'Rafael Ortega met-with Ahmed Al-Sayegh', 'Daniel Whitcombe met-with Ahmed Al-Sayegh'],
    },
    {
      text: 'Trade ministers Choi Ji-ho and Sebastián Rojas, of South Korea and Chile respectively, signed the revised free trade agreement in Seoul.',
      expect: ['Choi Ji-ho met-with Sebastián Rojas', 'Choi Ji-ho affiliated-with South Korea', 'Sebastián Rojas affiliated-with Chile'],
    },
    {
      text: 'Both Farah Qureshi and Imran Siddiqui attended the meeting with Chief Minister Vikram Rathore on Sunday.',
      expect: ['Farah Qureshi met-with Vikram Rathore', 'Imran Siddiqui met-with Vikram Rathore', 'Farah Qureshi met-with Imran Siddiqui'],
    },
    {
      text: 'Ministers from the three Baltic states, Lithuania’s Rasa Jankauskiene, Latvia’s Janis Ozols and Estonia’s Kadri Tamm, held talks in Riga on Thursday.',
      expect: ['Rasa Jankauskiene met-with Janis Ozols', 'Rasa Jankauskiene met-with Kadri Tamm', 'Janis Ozols met-with Kadri Tamm'],
    },
    {
      text: 'Oksana Melnyk thanked Rashid Karimov, Dilnoza Yusupova and Timur Aliyev, the three envoys she had met in Tashkent this week.',
      expect: ['Oksana Melnyk met-with Rashid Karimov', 'Oksana Melnyk met-with Dilnoza Yusupova', 'Oksana Melnyk met-with Timur Aliyev'],
      optional: ['Rashid Karimov met-with Dilnoza Yusupova', 'Rashid Karimov met-with Timur Aliyev', 'Dilnoza Yusupova met-with Timur Aliyev'],
    },
    {
      text: 'Ahmed Al-Sayegh and Daniel Whitcombe each held talks with the new league chairman, Rafael Ortega, on Monday.',
      expect: ['Ahmed Al-Sayegh met-with Rafael Ortega', 'Daniel Whitcombe met-with Rafael Ortega'],
    },
    {
      text: 'Joining Prime Minister Kamala Perera and President Josefa Naivalu for the signing were their finance ministers, Nimal Fernando and Mereoni Tuilagi.',
      expect: [
        'Kamala Perera met-with Josefa Naivalu',
        'Nimal Fernando met-with Kamala Perera',
        'Nimal Fernando met-with Josefa Naivalu',
        'Mereoni Tuilagi met-with Kamala Perera',
        'Mereoni Tuilagi met-with Josefa Naivalu',
        'Nimal Fernando met-with Mereoni Tuilagi',
      ],
    },
    {
      text: 'Efua Sarpong and Yao Kouassi were joined at the table by their hosts, Mayor Henrik Lund and his deputy, Astrid Halvorsen.',
      expect: [
        'Efua Sarpong met-with Yao Kouassi',
        'Efua Sarpong met-with Henrik Lund',
        'Efua Sarpong met-with Astrid Halvorsen',
        'Yao Kouassi met-with Henrik Lund',
        'Yao Kouassi met-with Astrid Halvorsen',
        'Henrik Lund met-with Astrid Halvorsen',
      ],
    },
    {
      text: 'In Brussels on Thursday, Oksana Hrytsenko met in turn with Camille Bertrand, Klaus Hoffmann and Giulia Ferraro.',
      expect: ['Oksana Hrytsenko met-with Camille Bertrand', 'Oksana Hrytsenko met-with Klaus Hoffmann', 'Oksana Hrytsenko met-with Giulia Ferraro'],
    },
    {
      text: 'Finance ministers Sigrid Nilsen, Pekka Lahtinen and Astrid Halvorsen met in Copenhagen on Monday to coordinate their positions before the summit.',
      expect: ['Sigrid Nilsen met-with Pekka Lahtinen', 'Sigrid Nilsen met-with Astrid Halvorsen', 'Pekka Lahtinen met-with Astrid Halvorsen'],
    },
    {
      text: 'Mayor Sabine Krüger received a delegation led by Mayor Kofi Boateng at the town hall; also present were the city treasurer, Jonas Keller, and Lars Eriksen, the chairman of the chamber of commerce.',
      expect: ['Sabine Krüger met-with Kofi Boateng'],
      optional: [
        'Jonas Keller met-with Sabine Krüger',
        'Jonas Keller met-with Kofi Boateng',
        'Lars Eriksen met-with Sabine Krüger',
        'Lars Eriksen met-with Kofi Boateng',
        'Jonas Keller met-with Lars Eriksen',
      ],
    },
    {
      text: 'Senator Ilse Maren met the banker Dario Ventresca over breakfast in March. Her aide Colm Feeney and the lobbyist Petra Salo also attended the meeting.',
      expect: ['Ilse Maren met-with Dario Ventresca', 'Colm Feeney met-with Ilse Maren', 'Colm Feeney met-with Dario Ventresca', 'Petra Salo met-with Ilse Maren', 'Petra Salo met-with Dario Ventresca', 'Colm Feeney met-with Petra Salo'],
      checks: ['met-with'],
    },
    {
      text: 'Reports of the meeting between Yusuf Demir and an unnamed arms dealer surfaced in April. Demir’s brother Kemal Demir also attended the meeting.',
      expect: ['Kemal Demir met-with Yusuf Demir'],
      checks: ['met-with'],
    },
    {
      text: 'Governor Alma Reyes received the trade envoy Bilal Haddad at her office on Friday. Joining them were the state treasurer, Owen Pryce, and the port director, Lena Kask.',
      expect: ['Alma Reyes met-with Bilal Haddad', 'Owen Pryce met-with Alma Reyes', 'Owen Pryce met-with Bilal Haddad', 'Lena Kask met-with Alma Reyes', 'Lena Kask met-with Bilal Haddad', 'Owen Pryce met-with Lena Kask'],
      checks: ['met-with'],
    },
    {
      text: 'Mayor Tariq Mansour held talks with the rail minister, Ebba Lund, in the city hall. Also present were the council leader Jonas Vik and the union chief Ada Okoro.',
      expect: ['Tariq Mansour met-with Ebba Lund', 'Jonas Vik met-with Tariq Mansour', 'Jonas Vik met-with Ebba Lund', 'Ada Okoro met-with Tariq Mansour', 'Ada Okoro met-with Ebba Lund', 'Jonas Vik met-with Ada Okoro'],
      checks: ['met-with'],
    },
    {
      text: 'Premier Lucia Baptiste met the mine owners’ envoy, Sven Aalto, on Tuesday. Her deputy, Kofi Mensah, sat in on the talks.',
      expect: ['Lucia Baptiste met-with Sven Aalto', 'Kofi Mensah met-with Lucia Baptiste', 'Kofi Mensah met-with Sven Aalto'],
      checks: ['met-with'],
    },
    {
      text: 'Premier Lucia Baptiste met the mine owners’ envoy, Sven Aalto, on Tuesday. Her deputy, Kofi Mensah, was also present.',
      expect: ['Lucia Baptiste met-with Sven Aalto', 'Kofi Mensah met-with Lucia Baptiste', 'Kofi Mensah met-with Sven Aalto'],
      checks: ['met-with'],
    },
    {
      text: 'Japanese Trade Minister Haruto Ishida and South Korean Trade Minister Park Min-jun flew into Jakarta on Sunday. The Indonesian trade minister, Siti Rahayu, held a three-way meeting with her Japanese and South Korean counterparts the next morning.',
      expect: ['Siti Rahayu met-with Haruto Ishida', 'Siti Rahayu met-with Park Min-jun', 'Haruto Ishida met-with Park Min-jun'],
      checks: ['met-with'],
    },
    {
      text: 'Brazilian Finance Minister Joana Prates and Brazilian Health Minister Caio Lemos arrived in Lisbon on Monday. Portuguese Finance Minister Rui Valente met his Brazilian counterpart the following day.',
      expect: ['Rui Valente met-with Joana Prates'],
      checks: ['met-with'],
    },
    // A place set off by a comma after the list ("…, on the sidelines of") keeps the table whole.
    {
      text: 'Greta Holm held talks with Osric Dale and Marta Ruiz, on the margins of the regional forum in Tallinn.',
      expect: ['Greta Holm met-with Osric Dale', 'Greta Holm met-with Marta Ruiz', 'Osric Dale met-with Marta Ruiz'],
      checks: ['met-with'],
    },
    // One-on-one talks with each are no table for all.
    {
      text: 'Greta Holm held one-on-one talks with Osric Dale and Marta Ruiz in Tallinn.',
      expect: ['Greta Holm met-with Osric Dale', 'Greta Holm met-with Marta Ruiz'],
      checks: ['met-with'],
    },
  ],
};
