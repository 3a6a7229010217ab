// Places: what the text places where ("the University of Ghana in Accra", "Austin, Texas",
// "Ghent, in northern Belgium", "the Nairobi-based Safaricom", "Abuja, the capital of Nigeria").
import type { ConstructionClass } from './row';

export const places: ConstructionClass = {
  name: 'places (located-in)',
  rows: [
    {
      text: 'Students at the University of Ghana in Accra staged a sit-in on Monday over fees.',
      expect: ['University of Ghana located-in Accra'],
      optional: ['University of Ghana located-in Ghana'],
    },
    {
      text: 'Namur, in southern Belgium, has banned cars from its medieval centre.',
      expect: ['Namur located-in Belgium'],
    },
    {
      text: 'A fire at a warehouse in Austin, Texas, burned for six hours before it was brought under control.',
      expect: ['Austin located-in Texas'],
    },
    {
      text: 'Safaricom, the Nairobi-based telecoms company, reported a sharp rise in profits.',
      expect: ['Safaricom located-in Nairobi'],
    },
    {
      text: 'Mombasa, Kenya’s second-largest city, has long depended on its port.',
      expect: ['Mombasa located-in Kenya'],
    },
    {
      text: 'The Van Gogh Museum in Amsterdam reopened its Asian pavilion on Saturday.',
      expect: ['Van Gogh Museum located-in Amsterdam'],
    },
    {
      text: 'Abuja, the capital of Nigeria, has grown faster than any other city in the country.',
      expect: ['Abuja located-in Nigeria'],
    },
    {
      text: 'Researchers at Tsinghua University in Beijing said the battery could be charged in five minutes.',
      expect: ['Tsinghua University located-in Beijing'],
    },
    {
      text: 'Catalonia’s capital, Barcelona, will host the fair again next year.',
      expect: ['Barcelona located-in Catalonia'],
    },
    {
      text: 'Firefighters in Valencia, Spain, worked through the night to contain the blaze.',
      expect: ['Valencia located-in Spain'],
    },
    {
      text: 'Scientists at the Karolinska Institute in Stockholm published the results on Wednesday.',
      expect: ['Karolinska Institute located-in Stockholm'],
    },
    {
      text: 'Gdansk, a port city in northern Poland, gave its name to the shipyard strikes of 1980.',
      expect: ['Gdansk located-in Poland'],
    },
    {
      text: 'Kashgar, in China’s far western Xinjiang region, lies closer to Baghdad than to Beijing.',
      expect: ['Kashgar located-in Xinjiang', 'Xinjiang located-in China'],
      optional: ['Kashgar located-in China'],
    },
    {
      text: 'The Museum of Fine Arts in Boston, Massachusetts, returned the statue to Italy.',
      expect: ['Museum of Fine Arts located-in Boston', 'Boston located-in Massachusetts'],
      optional: ['Museum of Fine Arts located-in Massachusetts'],
    },
    {
      text: 'Doctors at the Aga Khan University Hospital in Karachi treated more than 40 of the injured.',
      expect: ['Aga Khan University Hospital located-in Karachi'],
    },
    {
      text: 'Trade between Lagos and Accra has doubled since the new highway opened.',
      expect: [],
      checks: ['located-in'],
    },
    {
      text: 'Flights from Lisbon to Luanda were cancelled because of the strike.',
      expect: [],
      checks: ['located-in'],
    },
    {
      text: 'Tarkwa, a mining town in Ghana’s Western Region, has seen protests over land rights.',
      expect: ['Tarkwa located-in Western Region', 'Western Region located-in Ghana'],
      optional: ['Tarkwa located-in Ghana'],
    },
    {
      text: 'The Lyon-based diagnostics group Biomérieux reported a rise in sales.',
      expect: ['Biomérieux located-in Lyon'],
    },
    {
      text: 'Vexcor Systems, which is based in Leeds, cut 200 jobs on Monday.',
      expect: ['Vexcor Systems located-in Leeds'],
    },
    {
      text: 'The Marlow Institute, headquartered in Geneva, released the report a day early.',
      expect: ['Marlow Institute located-in Geneva'],
    },
    {
      text: 'Kestrel Partners is located in Lagos but sells mostly to banks in Ghana.',
      expect: ['Kestrel Partners located-in Lagos'],
    },
    {
      text: 'Vexcor Systems, based in Leeds, was fined by regulators in London on Friday.',
      expect: ['Vexcor Systems located-in Leeds'],
    },
    {
      text: 'Protests spread to China’s western Xinjiang region on Monday.',
      expect: ['Xinjiang located-in China'],
    },
    {
      text: 'Floods cut the road between Nepal’s Karnali province and the border.',
      expect: ['Karnali located-in Nepal'],
    },
    {
      text: 'The clerk of Harlan County, Ky., refused to issue the licences.',
      expect: ['Harlan County located-in Kentucky'],
    },
    {
      text: 'Olga Voss had worked on a U.S.-based case for a Malta-based property company called Delvaro.',
      expect: ['Delvaro located-in Malta'],
    },
    {
      text: 'The ministry will close its consulates in Dallas in the US, Bordeaux in France and Herat in Afghanistan next year.',
      expect: ['Dallas located-in US', 'Bordeaux located-in France', 'Herat located-in Afghanistan'],
    },
    {
      text: 'Shares in UK phone company Brenmoor Telecom rose 4% after it won a contract from US banking giant Halvex Bank.',
      expect: ['Brenmoor Telecom located-in UK', 'Halvex Bank located-in US'],
    },
    {
      text: 'Quarry Lane Foods, the largest Canadian grocer, and US-backed investment group Torvale Capital have agreed a merger.',
      expect: [],
      checks: ['located-in'],
    },
    {
      text: 'The Corvale Energy Agency (CEA) cut its forecast, and the Geneva-based CEA watchdog said demand would fall.',
      expect: ['Corvale Energy Agency located-in Geneva'],
    },
  ],
};
