// The subject (or the other party) is a role description or a pronoun standing for someone the
// passage named earlier: "the president", "the minister", "he", "she", "they", "the two leaders".
import type { ConstructionClass } from './row';

export const subjectDescriptions: ConstructionClass = {
  name: 'subject is a description or pronoun',
  rows: [
    {
      text: 'Keira Dunmore won the 800m in Glasgow on Saturday. "My legs held up at the end," the 34-year-old told BBC Sport.',
      expect: ['Keira Dunmore quoted-by BBC Sport'],
    },
    {
      text: 'Shadow foreign secretary Edwin Marlow spoke in Leeds on Monday. The foreign secretary told the BBC the plan was sound.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'President Olumide Adeyemi arrived at the lakeside villa shortly after noon on Saturday. The president met with Ines Albuquerque, Portugal’s special envoy to the Sahel, for nearly two hours before both spoke briefly to reporters.',
      expect: ['Olumide Adeyemi met-with Ines Albuquerque'],
    },
    {
      text: 'Foreign Minister Hamid Rezaei flew in overnight. On Wednesday morning the minister met with city leader Tuan Nguyen at the provincial guesthouse.',
      expect: ['Hamid Rezaei met-with Tuan Nguyen'],
    },
    {
      text: 'Defence Minister Kwame Asante spent Thursday touring the northern garrison. "All is calm here," he said after meeting with Chidi Okafor, the regional commander.',
      expect: ['Kwame Asante met-with Chidi Okafor'],
    },
    {
      text: 'Deputy Foreign Minister Tang Jianming led the delegation. Tang, who has met Pak Chol-ho five times since 2018, told reporters the channel remained open.',
      expect: ['Tang Jianming met-with Pak Chol-ho'],
    },
    {
      text: 'Japanese Trade Minister Haruto Sakai and British Trade Minister Fiona McAllister opened the investment forum on Monday. Over lunch afterwards, the Japanese minister told the British minister that tariffs on Scotch whisky would fall next year.',
      expect: ['Haruto Sakai met-with Fiona McAllister'],
    },
    {
      text: 'Gabriela Moreno, the mayor of Valparaíso, spent the morning touring the container terminal. In the afternoon she hosted Lars Eriksen, the chief executive of a Norwegian shipping line, at city hall.',
      expect: ['Gabriela Moreno met-with Lars Eriksen'],
    },
    {
      text: 'Astrid Halvorsen opened the conference on Monday and Tomasz Wieczorek gave the closing address. He later held talks with Rania Khoury on the sidelines.',
      expect: ['Tomasz Wieczorek met-with Rania Khoury'],
    },
    {
      text: 'President Mihai Popescu and Chancellor Anneliese Brandt both addressed the energy summit on Tuesday. The two leaders later met privately for an hour.',
      expect: ['Mihai Popescu met-with Anneliese Brandt'],
    },
    {
      text: 'Crown Prince Tariq Al-Mansour opened the aviation show on Sunday. Later in the day the crown prince received Ngozi Obi, the oil minister, at his desert palace.',
      expect: ['Tariq Al-Mansour met-with Ngozi Obi'],
    },
    {
      text: 'Yusuf Demirel returned to the capital on Friday evening. His meeting with Elif Yilmaz, the opposition leader, had lasted three hours and ended without agreement.',
      expect: ['Yusuf Demirel met-with Elif Yilmaz'],
    },
    {
      text: 'Thandiwe Mokoena became the first woman to chair the regional development bank last year. On Friday she sat down with Kofi Boateng to discuss a loan for the coastal railway.',
      expect: ['Thandiwe Mokoena met-with Kofi Boateng'],
    },
    {
      text: 'Former Prime Minister Harold Pemberton was in a reflective mood. The former prime minister, who had lunch with Siobhan Doyle at a hotel on Tuesday, said he had no plans to return to politics.',
      expect: ['Harold Pemberton met-with Siobhan Doyle'],
    },
    {
      text: 'Marta Kowalczyk and Jonas Petraitis flew out together on Sunday. On Monday they met with Oren Ben-David, the energy minister, to discuss gas supplies.',
      expect: ['Marta Kowalczyk met-with Oren Ben-David', 'Jonas Petraitis met-with Oren Ben-David'],
      optional: ['Marta Kowalczyk met-with Jonas Petraitis'],
    },
    {
      text: 'Declan Byrne, the mayor of Galway, said the visit had gone well. Byrne, who has hosted Boston Mayor Grace Whitfield twice since taking office, said the two cities had never been closer.',
      expect: ['Declan Byrne met-with Grace Whitfield'],
    },
    {
      text: 'Kenyan President Samuel Kiprono spent the weekend abroad. There the Kenyan leader met Prime Minister Abebe Tesfaye for talks on the disputed border.',
      expect: ['Samuel Kiprono met-with Abebe Tesfaye'],
    },
    {
      text: 'Priyanka Deshmukh and Arjun Mehta lead rival factions in the state assembly. She telephoned him on Sunday night, aides to both said, in the first contact between the two in months.',
      expect: ['Priyanka Deshmukh met-with Arjun Mehta'],
    },
    {
      text: 'Ambassador Chen Yiling and Senator Russell Halloran clashed publicly last spring. The two have since met three times, most recently at a dinner in Washington.',
      expect: ['Chen Yiling met-with Russell Halloran'],
    },
    {
      text: 'Canadian Defence Minister Marc Tremblay spent two days at the Arctic base, where Norway’s defence minister, Ingrid Bakke, joined him on Tuesday. Tremblay said afterwards that he and his counterpart had agreed to share radar data.',
      expect: ['Marc Tremblay met-with Ingrid Bakke'],
    },
    {
      text: 'Nikolai Petrenko, the deputy prime minister, landed in Vilnius on Thursday. Lithuanian President Rasa Jankauskiene received the visiting minister at the presidential palace within the hour.',
      expect: ['Nikolai Petrenko met-with Rasa Jankauskiene', 'Nikolai Petrenko visited Vilnius'],
    },
    {
      text: 'Siddharth Rao, India’s foreign secretary, spent Monday in Colombo. Prime Minister Kamala Perera received him at her official residence, where he told her that New Delhi would fund the second phase of the port.',
      expect: ['Siddharth Rao met-with Kamala Perera', 'Siddharth Rao visited Colombo'],
    },
    {
      text: 'Catalina Restrepo, the trade minister, spoke at length about coffee prices. "We will not be dictated to by speculators," she told Reuters.',
      expect: ['Catalina Restrepo quoted-by Reuters'],
    },
    {
      text: 'Finance Minister Pekka Lahtinen defended the budget on Monday. The minister told the Financial Times that spending cuts would not touch pensions.',
      expect: ['Pekka Lahtinen quoted-by Financial Times'],
    },
    {
      text: 'Mayor Esperanza Villalobos unveiled the housing plan on Thursday. The mayor told the Los Angeles Times that rents in the city had doubled in a decade.',
      expect: ['Esperanza Villalobos quoted-by Los Angeles Times'],
    },
    {
      text: 'Sunil Varghese, the foreign secretary, left New Delhi on Sunday. He arrived in Dhaka the next morning for two days of talks.',
      expect: ['Sunil Varghese visited Dhaka'],
    },
    {
      text: 'Karen Holm, the Danish foreign minister, has pressed for a ceasefire for weeks. The minister arrived in Nairobi late on Tuesday.',
      expect: ['Karen Holm visited Nairobi'],
    },
    {
      text: 'Leilani Kahale testified before the committee on Wednesday. She is a professor of marine biology at the University of Hawaii.',
      expect: ['Leilani Kahale affiliated-with University of Hawaii'],
    },
    {
      text: 'Rania Khoury, the Lebanese economy minister, has spent months courting Gulf investors. On Tuesday she was received in Riyadh by Finance Minister Saad Al-Otaibi, who pledged to consider a deposit at the central bank.',
      expect: ['Rania Khoury met-with Saad Al-Otaibi', 'Rania Khoury visited Riyadh'],
    },
    {
      text: 'The governor, Patricia Okoro, did not attend the opening ceremony. Instead she spent the afternoon with Femi Adebayo, the union leader, at a hotel near the airport.',
      expect: ['Patricia Okoro met-with Femi Adebayo'],
    },
    {
      text: 'Vikram Rathore arrived in Colombo on Sunday evening for his first visit abroad as chief minister. His host, Prime Minister Kamala Perera, gave a state dinner in his honour on Monday.',
      expect: ['Vikram Rathore met-with Kamala Perera', 'Vikram Rathore visited Colombo'],
    },
    {
      text: 'Defence Secretary Joanna Pryce faced questions about the contract all week. "We are ready for whatever comes," the defence secretary said in an interview with Sky News on Sunday.',
      expect: ['Joanna Pryce quoted-by Sky News'],
    },
    {
      text: 'Former President Luis Ferreira announced his return to politics on Sunday. "I never really left," the former president told the Associated Press.',
      expect: ['Luis Ferreira quoted-by Associated Press'],
    },
    {
      text: 'Foreign Minister Dewi Kartika flew to Canberra on Monday. Her Australian counterpart, Bronwyn Hale, met her at the airport before talks at Parliament House.',
      expect: ['Dewi Kartika met-with Bronwyn Hale', 'Dewi Kartika visited Canberra'],
      optional: ['Dewi Kartika visited Parliament House'],
    },
    {
      text: 'Brenmore Holdings lost its appeal in the High Court on Monday. The firm told Reuters it would take the case to the Supreme Court.',
      expect: ['Brenmore Holdings quoted-by Reuters'],
    },
    {
      text: 'Lintown United sacked manager Tom Reddin on Monday. The club told BBC Sport that a successor would be named within a week.',
      expect: ['Lintown United quoted-by BBC Sport'],
    },
    {
      text: 'Corvane, the country’s third-biggest lender, is scouting for a partner for its new savings unit, the firm told Reuters.',
      expect: ['Corvane quoted-by Reuters'],
    },
    {
      text: 'The Competition Commission fined Brenmore Holdings on Monday. The firm told the Daily Courier it would appeal.',
      expect: ['Brenmore Holdings quoted-by Daily Courier'],
    },
    {
      text: 'Marta Quell has called for tougher penalties for doping. The marathon runner believes more must be done to catch cheats. "Cheats must be punished," the 30-year-old told the Sunday Herald.',
      expect: ['Marta Quell quoted-by Sunday Herald'],
    },
    {
      text: 'Marvin Kessel, 76, and Ada Lin, 54, made a joint bid for Harwick United on Monday. The 54-year-old businesswoman told Reuters the offer was fair.',
      expect: ['Ada Lin quoted-by Reuters'],
    },
    {
      text: 'Actor Marco Bellini is to star in a film set in Peru. Ada Lin, star of the comedy Tidewater, is the studio’s choice for the lead. "I have always wanted to work there," the 60-year-old actor told the Daily Courier.',
      expect: ['Marco Bellini quoted-by Daily Courier'],
    },
    {
      text: 'Lintown United want to sign Tiago Mendes this month. Their president, Ramon Ortega, says the club has made an offer. Agent Tom Reddin insists that the 31-year-old midfielder is happy where he is, the Evening Courier reported.',
      expect: ['Tom Reddin quoted-by Evening Courier'],
      optional: ['Ramon Ortega affiliated-with Lintown United'],
    },
    {
      text: 'Abc Rovers’ Sol Brant has called the rivalry with Lintown United bitter. "It is just more personal now," the defender told the Daily Courier.',
      expect: ['Sol Brant quoted-by Daily Courier'],
    },
    {
      text: 'Pope Leo arrived in Lima on Monday for a three-day visit. The pontiff met President Ada Lin at the palace on Tuesday.',
      expect: ['Pope Leo met-with Ada Lin', 'Pope Leo visited Lima'],
    },
    {
      text: 'Tycoon Marvin Kessel bought Harwick United in May. The billionaire told Reuters on Friday that he would not sell the club.',
      expect: ['Marvin Kessel quoted-by Reuters'],
    },
    {
      text: 'Tallis Motors cut 400 jobs on Tuesday. The firm’s spokesman told Reuters the cuts were final.',
      expect: ['Tallis Motors quoted-by Reuters'],
    },
    {
      text: 'Maria Lindqvist handed a letter from Prime Minister Karl Brenner to Tomas Varga and told him of the offer.',
      expect: ['Maria Lindqvist met-with Tomas Varga'],
      checks: ['met-with'],
    },
  ],
};
