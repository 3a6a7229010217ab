// Sister cities in possessives, appositions, relative clauses and lists, and the lists that name
// no pair ("cities including A, B and C that twinned with Russian cities").
import type { ConstructionClass } from './row';

export const sisterCityFrames: ConstructionClass = {
  name: 'sister cities in possessives and appositions',
  rows: [
    {
      text: 'Tacoma’s sister city relationship with Kitakyushu dates back to 1959, when a delegation of shipbuilders first crossed the Pacific.',
      expect: ['Tacoma sister-city Kitakyushu'],
    },
    {
      text: 'Mayor Sabine Krüger welcomed Leipzig’s sister city delegation from Houston at the town hall on Monday.',
      expect: ['Leipzig sister-city Houston'],
    },
    {
      text: 'Traffic resumed on Thursday on the bridge between Laredo and Nuevo Laredo, its sister city across the river.',
      expect: ['Laredo sister-city Nuevo Laredo'],
    },
    {
      text: 'Councils in cities including Bremen, Hanover and Kiel that twinned with Russian cities during the Cold War have voted to suspend the links.',
      expect: [],
      checks: ['sister-city'],
    },
    {
      text: 'Valparaíso and Hamburg became sister cities in 1987, a year after the first container ship sailed between the two ports.',
      expect: ['Valparaíso sister-city Hamburg'],
    },
    {
      text: 'Odense, which has been twinned with Turku since 1947, sent a choir to the Finnish city’s summer festival.',
      expect: ['Odense sister-city Turku'],
    },
    {
      text: 'The twinning of Cheltenham and Göttingen was sealed with a civic dinner in 1989.',
      expect: ['Cheltenham sister-city Göttingen'],
    },
    {
      text: 'Perth has sister-city ties with Kagoshima, Houston and Nanjing.',
      expect: ['Perth sister-city Kagoshima', 'Perth sister-city Houston', 'Perth sister-city Nanjing'],
    },
    {
      text: 'Councillors from Coventry’s twin town of Dresden arrived on Friday for the anniversary service at the cathedral.',
      expect: ['Coventry sister-city Dresden'],
    },
    {
      text: 'Sister cities Fresno and Verona marked 30 years of friendship with an exchange of olive trees.',
      expect: ['Fresno sister-city Verona'],
    },
    {
      text: 'Kunming and Chiang Mai signed a memorandum on Tuesday to become friendship cities.',
      expect: ['Kunming sister-city Chiang Mai'],
    },
    {
      text: "Nagoya is one of Los Angeles' 25 sister cities.",
      expect: ['Nagoya sister-city Los Angeles'],
    },
    {
      text: 'Officials from Bursa, the sister city of Darmstadt, arrived on Monday with a gift of Iznik tiles.',
      expect: ['Bursa sister-city Darmstadt'],
    },
    {
      text: 'Mayor Gabriela Moreno said Valparaíso and its sister city, Liverpool, would share the cost of the study.',
      expect: ['Valparaíso sister-city Liverpool'],
    },
    {
      text: 'Adelaide’s sister cities include Himeji, Austin and Qingdao.',
      expect: ['Adelaide sister-city Himeji', 'Adelaide sister-city Austin', 'Adelaide sister-city Qingdao'],
    },
    {
      text: 'The delegation from Lyon, Birmingham’s partner city in France, stayed for three days.',
      expect: ['Lyon sister-city Birmingham'],
    },
    {
      text: 'Since the twinning agreement between Debrecen and Cluj-Napoca was signed in 1989, more than 4,000 pupils have taken part in exchanges.',
      expect: ['Debrecen sister-city Cluj-Napoca'],
    },
    {
      text: 'Busan’s sister city ties with Barcelona, signed in 2010, have brought a steady stream of students to both ports.',
      expect: ['Busan sister-city Barcelona'],
    },
    {
      text: 'Students from Kraków, which is twinned with Szeged, and from Lviv, twinned with Winnipeg, performed at the festival.',
      expect: ['Kraków sister-city Szeged', 'Lviv sister-city Winnipeg'],
    },
    {
      text: 'The mayor of Bergen, Astrid Halvorsen, flew to Seattle, Bergen’s sister city since 1967, to open the exhibition.',
      expect: ['Bergen sister-city Seattle'],
    },
    {
      text: 'A choir from Mombasa performed in Seattle, and the two cities, sister cities since 1981, plan further exchanges.',
      expect: ['Mombasa sister-city Seattle'],
    },
    {
      text: 'Galway is looking for a sister city in China, Mayor Declan Byrne said.',
      expect: [],
      checks: ['sister-city'],
    },
    {
      text: 'A proposal to twin Newcastle with Nanjing was rejected by councillors on Tuesday.',
      expect: [],
      checks: ['sister-city'],
    },
    {
      text: 'Leeds and Sheffield signed a deal on Friday to share a tram network.',
      expect: [],
      checks: ['sister-city'],
    },
    {
      text: 'Windhoek, which signed a twinning agreement with Bremen in 2000, sent a delegation of teachers to the German port this week.',
      expect: ['Windhoek sister-city Bremen'],
    },
    {
      text: 'Council officers said Leeds is twinned with Hanover and has been since 1947.',
      expect: ['Leeds sister-city Hanover'],
    },
    {
      text: 'A sister city delegation from Porto arrived in Leeds on Monday for a week of visits.',
      expect: ['Leeds sister-city Porto'],
    },
    {
      text: 'A trade delegation from Porto arrived in Leeds on Monday for a week of visits.',
      expect: [],
      checks: ['sister-city'],
    },
  ],
};
