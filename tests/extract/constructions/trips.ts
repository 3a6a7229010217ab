// Trips: "A arrived in X", "A's trip to X", "in X on Tuesday, A said", stopovers, tours, returns
// and visits stated in relative clauses and participles. Visits to cities, regions and countries.
import type { ConstructionClass } from './row';

export const trips: ConstructionClass = {
  name: 'trips (visited)',
  rows: [
    // What a trip takes in: its owner went to every place it includes.
    {
      text: 'Foreign Minister Ines Halvorsen’s tour has included a summit in Portugal and a visit to Chile.',
      expect: ['Ines Halvorsen visited Portugal', 'Ines Halvorsen visited Chile'],
    },
    {
      text: 'Ines Halvorsen is on a week-long trip which also includes stops in Kenya, Ghana and Peru.',
      expect: ['Ines Halvorsen visited Kenya', 'Ines Halvorsen visited Ghana', 'Ines Halvorsen visited Peru'],
    },
    {
      text: 'The holiday package includes stops in Lisbon and Porto, travel agent Ines Halvorsen said.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Foreign Minister Mateus Carvalho arrived in Luanda on Sunday for a two-day visit.',
      expect: ['Mateus Carvalho visited Luanda'],
    },
    {
      text: 'Olumide Adeyemi’s trip to Beijing last week produced a $3 billion loan for the railway.',
      expect: ['Olumide Adeyemi visited Beijing'],
    },
    {
      text: 'In Nairobi on Tuesday, the Danish foreign minister, Karen Holm, said Denmark would double its aid to the region.',
      expect: ['Karen Holm visited Nairobi'],
    },
    {
      text: 'Chancellor Anneliese Brandt flew to Warsaw on Monday, her first trip abroad since the election.',
      expect: ['Anneliese Brandt visited Warsaw'],
    },
    {
      text: 'Yoon Hye-jin landed in Canberra on Wednesday evening for talks on critical minerals.',
      expect: ['Yoon Hye-jin visited Canberra'],
    },
    {
      text: 'Governor Isabel Cardenas toured Guanajuato and Jalisco last week to drum up investment for her state.',
      expect: ['Isabel Cardenas visited Guanajuato', 'Isabel Cardenas visited Jalisco'],
    },
    {
      text: 'Sunil Varghese travelled to Colombo and Kathmandu in the same week, the first Indian foreign secretary to do so.',
      expect: ['Sunil Varghese visited Colombo', 'Sunil Varghese visited Kathmandu'],
    },
    {
      text: 'Nikolai Petrenko returned from Washington on Friday with promises of more air defence systems.',
      expect: ['Nikolai Petrenko visited Washington'],
    },
    {
      text: 'During her three-day visit to Hanoi, Helen Ashworth signed two agreements on teacher training.',
      expect: ['Helen Ashworth visited Hanoi'],
    },
    {
      text: 'Rashid Karimov, on a three-day visit to Islamabad, said trade between the two countries could triple.',
      expect: ['Rashid Karimov visited Islamabad'],
    },
    {
      text: 'Kwame Asante, who is in Abuja for talks on the pipeline, said a deal could be signed within weeks.',
      expect: ['Kwame Asante visited Abuja'],
    },
    {
      text: 'President Samuel Kiprono’s first overseas trip after taking office took him to Addis Ababa and Kigali.',
      expect: ['Samuel Kiprono visited Addis Ababa', 'Samuel Kiprono visited Kigali'],
    },
    {
      text: 'Aigerim Nurlanova was in Tokyo last week for an investment forum.',
      expect: ['Aigerim Nurlanova visited Tokyo'],
    },
    {
      text: 'Harold Pemberton spent three days in Lisbon, meeting bankers and officials from the finance ministry.',
      expect: ['Harold Pemberton visited Lisbon'],
    },
    {
      text: 'During a stopover in Doha, Caleb Harrington met the Qatari foreign minister, Hamad Al-Kuwari.',
      expect: ['Caleb Harrington visited Doha', 'Caleb Harrington met-with Hamad Al-Kuwari'],
    },
    {
      text: 'Ambassador Leonor Sampaio will travel to Maputo next month to open the new consulate.',
      expect: ['Leonor Sampaio visited Maputo (planned)'],
    },
    {
      text: 'Gerhard Vogel attended the climate summit in Baku, where he announced a new fund for small island states.',
      expect: ['Gerhard Vogel visited Baku'],
    },
    {
      text: 'Mayor Sabine Krüger led a trade mission to Shenzhen in April, her third to China.',
      expect: ['Sabine Krüger visited Shenzhen'],
      optional: ['Sabine Krüger visited China'],
    },
    {
      text: 'Professor Amara Nwosu, in Cape Town to deliver the annual lecture, said African universities needed more funding.',
      expect: ['Amara Nwosu visited Cape Town'],
    },
    {
      text: 'The England captain, Harriet Cole, flew into Brisbane on Saturday ahead of the World Cup final.',
      expect: ['Harriet Cole visited Brisbane'],
    },
    {
      text: 'Dilnoza Yusupova, who toured Samarkand and Bukhara last month, said the region’s hotels were full.',
      expect: ['Dilnoza Yusupova visited Samarkand', 'Dilnoza Yusupova visited Bukhara'],
    },
    {
      text: 'Visiting Lagos for the first time, Daniel Whitcombe said the city’s energy reminded him of New York.',
      expect: ['Daniel Whitcombe visited Lagos'],
    },
    {
      text: 'After stops in Lima and Quito, Marc Tremblay arrived in Bogotá on Friday.',
      expect: ['Marc Tremblay visited Lima', 'Marc Tremblay visited Quito', 'Marc Tremblay visited Bogotá'],
    },
    {
      text: 'Shin Min-seo made a surprise trip to Kyiv on Tuesday, her first since the war began.',
      expect: ['Shin Min-seo visited Kyiv'],
    },
    {
      text: 'Sigrid Nilsen’s two-day stay in Reykjavik ended with a joint statement on fishing quotas.',
      expect: ['Sigrid Nilsen visited Reykjavik'],
    },
    {
      text: 'Karen Holm, speaking in Lagos on Wednesday at the end of a four-nation tour of West Africa, said Danish aid to the region would rise.',
      expect: ['Karen Holm visited Lagos', 'Karen Holm visited West Africa'],
    },
    {
      text: 'Fresh from talks in Ankara, Giulia Ferraro flew on to Baghdad on Thursday.',
      expect: ['Giulia Ferraro visited Ankara', 'Giulia Ferraro visited Baghdad'],
    },
    {
      text: 'Chancellor Anneliese Brandt will visit Hanoi and Jakarta next week, her spokesman said.',
      expect: ['Anneliese Brandt visited Hanoi (planned)', 'Anneliese Brandt visited Jakarta (planned)'],
    },
    {
      text: 'Siddharth Rao, who last visited Kathmandu in 2019, said relations had never been better.',
      expect: ['Siddharth Rao visited Kathmandu'],
    },
    {
      text: 'Vice Premier Lu Haoran said on Friday in Lisbon that the two sides had agreed to extend the credit line.',
      expect: ['Lu Haoran visited Lisbon'],
    },
    {
      text: 'Gideon Marsh told reporters in Nairobi that the talks would resume next week.',
      expect: ['Gideon Marsh visited Nairobi'],
    },
    {
      text: 'Speaking at a news conference in Hanoi, Olga Brandvold said the loan had been approved.',
      expect: ['Olga Brandvold visited Hanoi'],
    },
    {
      text: 'Gideon Marsh said in a statement that the plant in Nairobi would close by June.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Pia Lorenz said the bombing in Kandahar had killed eleven people.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Tariq Osman told the BBC in an interview that the blockade in Gaza must end.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Olek Brandt was dispatched to Angola last week to rescue the ceasefire.',
      expect: ['Olek Brandt visited Angola'],
    },
    {
      text: 'The prime minister sent Olek Brandt to Luanda on Monday with a personal letter.',
      expect: ['Olek Brandt visited Luanda'],
    },
    {
      text: 'Hanne Vik sent a letter to Oslo and two envoys to Bergen.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Foreign Minister Ilse Varga met her Chinese counterpart Zhou Ming in Vientiane on Saturday, on the sidelines of a regional forum.',
      expect: ['Ilse Varga visited Vientiane', 'Zhou Ming visited Vientiane'],
    },
    {
      text: 'Kenyan President Amos Kariuki hosted Ilse Varga in Nairobi on Monday, the first visit by a Hungarian minister to Kenya.',
      expect: ['Ilse Varga visited Nairobi'],
      optional: ['Ilse Varga visited Kenya'],
    },
    {
      text: 'Ilse Varga met Kenyan President Amos Kariuki in Nairobi on Monday, as Kenya sought new investors.',
      expect: ['Ilse Varga visited Nairobi'],
    },
    {
      text: 'Kenyan President Amos Kariuki met Ilse Varga in Nairobi on Monday, as Kenya sought new investors.',
      expect: ['Ilse Varga visited Nairobi'],
    },
    {
      text: 'Kenyan President Amos Kariuki told reporters in Mombasa that Kenya would not devalue its currency.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Senator Mara Lindqvist campaigned in Iowa and Nevada on Saturday, drawing large crowds.',
      expect: ['Mara Lindqvist visited Iowa', 'Mara Lindqvist visited Nevada'],
    },
    {
      text: 'At a rally in Tampa on Friday, Mara Lindqvist promised to cut fuel taxes.',
      expect: ['Mara Lindqvist visited Tampa'],
    },
    {
      text: 'Mara Lindqvist spoke at a rally in Dayton on Sunday.',
      expect: ['Mara Lindqvist visited Dayton'],
    },
    {
      text: 'Chancellor Ilse Varga addressed students in Hanoi on Tuesday.',
      expect: ['Ilse Varga visited Hanoi'],
    },
    {
      text: 'Ilse Varga flew into Hanoi on Saturday for two days of talks.',
      expect: ['Ilse Varga visited Hanoi'],
    },
    {
      text: 'Mara Lindqvist spoke about the floods in Iowa at length.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'The Irish minister, Cathal Brennan, in Lagos for a trade fair, said visas would be eased.',
      expect: ['Cathal Brennan visited Lagos'],
    },
    {
      text: 'Nigerian President Tunde Bakare, in Lagos for a party congress, said the vote would go ahead.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Senator Gail Brandt dined with Chilean President Mateo Rios at the Carrera Hotel in Lima on Friday.',
      expect: ['Gail Brandt visited Lima', 'Mateo Rios visited Lima'],
      checks: ['visited'],
    },
    {
      text: 'By contrast, both Ivo Brandl and the Austrian envoy Lena Hartl have been greeted in Ankara several times this year.',
      expect: ['Ivo Brandl visited Ankara', 'Lena Hartl visited Ankara'],
      checks: ['visited'],
    },
    {
      text: 'Foreign Secretary Anwen Pryce is in Hanoi as part of a visit to Asia against the backdrop of a tense Irish election.',
      expect: ['Anwen Pryce visited Hanoi', 'Anwen Pryce visited Asia'],
      checks: ['visited'],
    },
    {
      text: 'Finance Minister Joaquim Serra will this week visit Britain, France and Italy.',
      expect: ['Joaquim Serra visited United Kingdom (planned)', 'Joaquim Serra visited France (planned)', 'Joaquim Serra visited Italy (planned)'],
      checks: ['visited'],
    },
    {
      text: 'Chancellor Owen Pryor has visited Kenya\'s biggest shantytown as he opened a week-long visit to Africa.',
      expect: ['Owen Pryor visited Kenya', 'Owen Pryor visited Africa'],
    },
    {
      text: 'Foreign Secretary Leah Dunmore visited Peru\'s ambassador at his London residence.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Governor Petra Holm cancelled her trip to Oslo after the storm closed the airport.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Senator Dag Lunde postponed his visit to Riga until the spring.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Trade envoy Marit Solberg, who is currently in Santiago for the wine fair, said exports would rise.',
      expect: ['Marit Solberg visited Santiago'],
    },
    {
      text: 'Cardinal Tomasz Wrona drew huge crowds in Brazil during his visit, the first by a Polish cardinal.',
      expect: ['Tomasz Wrona visited Brazil'],
    },
    {
      text: 'During his trip, Tomasz Wrona spoke about the fighting in Sudan.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Chancellor Rolf Acker cut short his Africa trip on Friday after the floods at home.',
      expect: ['Rolf Acker visited Africa'],
    },
    {
      text: 'President Ana Duarte’s China visit produced three trade deals.',
      expect: ['Ana Duarte visited China'],
    },
    {
      text: '“I have been to Kenya four times, Ghana twice and Mali once,” said Lydia Amankwah.',
      expect: ['Lydia Amankwah visited Kenya', 'Lydia Amankwah visited Ghana', 'Lydia Amankwah visited Mali'],
    },
    {
      text: 'Olga Brandvold has been to Chile seven times, Peru five times, Bolivia twice.',
      expect: ['Olga Brandvold visited Chile', 'Olga Brandvold visited Peru', 'Olga Brandvold visited Bolivia'],
    },
    {
      text: 'Olga Brandvold visited Santiago three times, Tomas Reyes said.',
      expect: ['Olga Brandvold visited Santiago'],
      checks: ['visited'],
    },
    {
      text: 'Prime Minister Hiro Tanabe of Japan told visiting Chilean Foreign Minister Rosa Vidal that his government would back the trade pact.',
      expect: ['Rosa Vidal visited Japan', 'Hiro Tanabe met-with Rosa Vidal'],
      checks: ['visited'],
    },
    {
      text: 'Last week Lars Eng told visiting Peruvian trade minister Ana Quispe that a deal was close, the first time Norway has hosted a Peruvian minister.',
      expect: ['Ana Quispe visited Norway'],
      checks: ['visited'],
    },
    {
      text: 'The Irish minister, Cathal Brennan, met visiting Senator Gail Brandt in Dublin.',
      expect: ['Gail Brandt visited Dublin', 'Cathal Brennan met-with Gail Brandt'],
      checks: ['visited'],
    },
    {
      text: 'Foreign Minister Ilse Varga of Hungary has had a busy week. On Tuesday Varga told visiting Kenyan President Amos Kariuki that trade would double.',
      expect: ['Amos Kariuki visited Hungary'],
      checks: ['visited'],
    },
    {
      text: 'Ana Quispe, the visiting Peruvian trade minister, said a deal was close.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Film star Marco Bellini was in Lisbon’s old quarter on Friday for the premiere of his new film.',
      expect: ['Marco Bellini visited Lisbon'],
    },
    {
      text: 'Striker Marco Bellini is in Portugal’s squad for the match against Spain.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'For her documentary, Leila Haddad travelled Morocco from north to south.',
      expect: ['Leila Haddad visited Morocco'],
    },
    {
      text: 'The singer Rosa Delgado performed in Manchester on Saturday, her first show since the accident.',
      expect: ['Rosa Delgado visited Manchester'],
    },
    {
      text: 'In a speech in Edinburgh, Owen Pryor promised more money for the railways.',
      expect: ['Owen Pryor visited Edinburgh'],
    },
    {
      text: 'Owen Pryor gave a lecture in Glasgow on the future of the union.',
      expect: ['Owen Pryor visited Glasgow'],
    },
    {
      text: 'On her way to Lima, Mara Lindqvist stopped in Quito for talks on trade.',
      expect: ['Mara Lindqvist visited Quito'],
      // On her way, not yet there: the trip to Lima is stated, the arrival only implied.
      optional: ['Mara Lindqvist visited Lima'],
    },
    {
      text: 'The band’s drummer, Leo Marsh, on tour in Japan, said the fans had been wonderful.',
      expect: ['Leo Marsh visited Japan'],
    },
    {
      text: 'Interior Minister Pablo Serrano met his EU counterparts in Brussels on Monday to discuss border controls.',
      expect: ['Pablo Serrano visited Brussels'],
    },
    {
      text: 'Olga Brandvold is a trade envoy. “I have been to Chile seven times. It is a country I love,” said Tomas Reyes, her deputy.',
      expect: ['Tomas Reyes visited Chile'],
      checks: ['visited'],
    },
    {
      text: 'Ines Moreau toured the city’s oldest church, the Holy Trinity Cathedral in Accra where a choir sang for her.',
      expect: ['Ines Moreau visited Accra'],
      optional: ['Ines Moreau visited Holy Trinity Cathedral'],
    },
    {
      text: 'Envoy Tomas Reyes touched down in Maputo late on Sunday.',
      expect: ['Tomas Reyes visited Maputo'],
    },
    {
      text: 'Tomas Reyes has just got back from Harare, where the talks stalled.',
      expect: ['Tomas Reyes visited Harare'],
    },
    {
      text: 'Tomas Reyes will be in Lusaka next week for the regional summit.',
      expect: ['Tomas Reyes visited Lusaka (planned)'],
    },
    {
      text: 'Tomas Reyes made his way to Gaborone by road after the airport closed.',
      expect: ['Tomas Reyes visited Gaborone'],
    },
    {
      text: 'Tomas Reyes would not be in Lusaka for the summit, his office said.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Bishop Anselm Kerr was barred from visiting Minsk after his sermon on prisoners.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Anselm Kerr called off his visit to Minsk when the border closed.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Anselm Kerr has yet to visit Minsk, though he was invited twice.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Anselm Kerr was unable to travel to Minsk because of his health.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Trade envoy Hugo Lemaire, just back from Hanoi, said rice exports would double.',
      expect: ['Hugo Lemaire visited Hanoi'],
    },
    {
      text: 'Foreign Minister Hugo Lemaire is expected in Hanoi on Monday for two days of talks.',
      expect: ['Hugo Lemaire visited Hanoi (planned)'],
    },
    {
      text: 'Hugo Lemaire said heavy rain was expected in Hanoi on Monday.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Hugo Lemaire is due to visit a clinic in Hanoi on Tuesday, and Marta Quell will visit a new dam in Norway.',
      expect: ['Hugo Lemaire visited Hanoi (planned)', 'Marta Quell visited Norway (planned)'],
      checks: ['visited'],
    },
    {
      text: 'Hugo Lemaire urged voters to visit the museum in Hanoi.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'A delegation led by Wilma Stroud visited Hanoi on Monday.',
      expect: ['Wilma Stroud visited Hanoi'],
      checks: ['visited'],
    },
    {
      text: 'Wilma Stroud led a trade delegation to Hanoi last week.',
      expect: ['Wilma Stroud visited Hanoi'],
      checks: ['visited'],
    },
    {
      text: 'Wilma Stroud led the team to victory in Hanoi and Quellmark to the title.',
      expect: [],
      checks: ['visited'],
    },
  ],
};
