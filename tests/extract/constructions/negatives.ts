// Negatives and plans: denied, refused, cancelled and idiomatic "met" give no edge; a meeting or
// visit that is planned, expected or hoped for is marked planned; an interviewer is not met; a
// quote with no outlet named is not quoted-by; being born or living somewhere is no visit.
import type { ConstructionClass } from './row';

export const negatives: ConstructionClass = {
  name: 'negatives and plans',
  rows: [
    // Asking for talks is no meeting; a trip for talks still to come is planned.
    {
      text: 'Marit Okonjo praised Tavish Ruane during his meeting with party members.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Ilse Marten called for talks with Bruno Kessler to end the strike.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Ilse Marten will fly to Vienna next week for talks with Bruno Kessler.',
      expect: ['Ilse Marten met-with Bruno Kessler (planned)', 'Ilse Marten visited Vienna (planned)'],
    },
    {
      text: 'Keira Dunmore won the 800m in Glasgow on Saturday. An injury led to Ella Marsh being entered by coach Tom Reddin, but the athlete told BBC Sport that she would not run.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Pellam Holdings cut its dividend on Monday. Ilse Brandt, who runs a group campaigning for small shareholders, said in a podcast on the group’s channel that the cut was unfair.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Ines Albuquerque did not meet Olumide Adeyemi during her stay, despite earlier reports that she would.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Rashid Karimov plans to meet Oksana Melnyk in Geneva next month to discuss the water-sharing treaty.',
      expect: ['Rashid Karimov met-with Oksana Melnyk (planned)'],
    },
    {
      text: 'Prince Aldous Wren, 56, and Mrs Clara Fenn, 57, met the Pope in Rome on Thursday.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Senator Rosalind Achterberg welcomed Tomas Ilves\'s "steady hand" on the budget.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Governor Isabel Cardenas met reporters outside the statehouse on Monday.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Naveen Pillai met the deadline set by the regulator, Chief Commissioner Anjali Rao, with hours to spare.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Chancellor Anneliese Brandt’s pension plan met with resistance from Finance Minister Jonas Keller.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'President Dmitri Volkonsky refused to take a phone call from Aigerim Nurlanova on Tuesday.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'A request by Yoko Matsuda for a call with Choi Ji-ho was turned down, officials in Seoul said.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Marta Kowalczyk denied having met Jonas Petraitis during the campaign.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Talks between Yusuf Demirel and Elif Yilmaz scheduled for Monday were cancelled after the bombing.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Yoon Hye-jin called off her meeting with Caleb Harrington at the last minute, citing a scheduling conflict.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Speaking to the BBC’s Clara Benson in an interview broadcast on Sunday, Foreign Secretary Owen Pritchard said the embassy would stay open.',
      expect: ['Owen Pritchard quoted-by BBC'],
      checks: ['met-with'],
    },
    {
      text: 'Senator Russell Halloran told CNN’s Maya Holloway in an interview that he would not seek re-election.',
      expect: ['Russell Halloran quoted-by CNN'],
      checks: ['met-with'],
    },
    {
      text: 'Foreign Minister Camille Bertrand said at a news conference in Paris that the sanctions would stay in place.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Senator Rachel Goldberg told reporters on Capitol Hill that the vote would be close.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: '"We need more time," Farah Qureshi said, according to an aide who attended the meeting.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Adaeze Okafor declined to comment when contacted by Reuters.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Kofi Boateng did not respond to requests for comment from The Guardian.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Prime Minister Wiremu Tane told Parliament that the bill would pass before Christmas.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Oksana Melnyk would not say whether she had met Rashid Karimov.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Kwame Asante has never spoken to Chidi Okafor, his aides said.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Nikolai Petrenko hopes to meet Karen Holm before the summit opens.',
      expect: ['Nikolai Petrenko met-with Karen Holm (planned)'],
    },
    {
      text: 'Caleb Harrington and Dewi Kartika are scheduled to hold talks in Jakarta on Friday.',
      expect: ['Caleb Harrington met-with Dewi Kartika (planned)'],
    },
    {
      text: 'Olumide Adeyemi is expected to host Ines Albuquerque at the presidential villa next week.',
      expect: ['Olumide Adeyemi met-with Ines Albuquerque (planned)'],
    },
    {
      text: 'Helen Ashworth said she wanted to sit down with Raj Patel as soon as possible.',
      expect: ['Helen Ashworth met-with Raj Patel (planned)'],
    },
    {
      text: 'Russell Halloran ran against Rachel Goldberg in the 2018 primary and lost by nine points.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Thomas Whitaker criticised Rachel Goldberg’s handling of the budget in a speech on Tuesday.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Sigrid Nilsen’s spokesman said she had no plans to meet Pekka Lahtinen.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Ahmed Fathy refused to meet Nikos Andreou while the dispute over the islands continued.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Amara Nwosu declined an invitation to meet Bilal Haddad in London.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Zeynep Kaplan was due to meet Bilal Haddad on Friday, but the talks were called off.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Rachel Goldberg said Thomas Whitaker had met with lobbyists from the oil industry.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Emily Sato met the criteria for the grant, according to the selection panel chaired by Layla Hassan.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Sunil Varghese was born in Kochi and grew up in Mumbai.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Karen Holm did not travel to Nairobi after all, sending her deputy instead.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Harold Pemberton’s planned trip to Lisbon was cancelled because of the strike.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Bilal Haddad, who has lived in Beirut since 2005, said the blackouts were getting worse.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Marc Tremblay never visited Iqaluit during his four years as minister.',
      expect: [],
      checks: ['visited'],
    },
    {
      text: 'Nadia Haddad criticised the World Bank for the conditions attached to its loans.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Kenji Morimoto will meet Luis Ferreira in Brasília in May, his office said.',
      expect: ['Kenji Morimoto met-with Luis Ferreira (planned)'],
    },
    {
      text: 'Gerhard Vogel is expected to visit Dhaka in the autumn.',
      expect: ['Gerhard Vogel visited Dhaka (planned)'],
    },
    {
      text: 'Rafael Ortega’s side met Chelsea in the semi-final and lost on penalties.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'A trilateral meeting of Caleb Harrington, Yoko Matsuda and Yoon Hye-jin planned for March did not take place.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Choi Ji-ho met his Japanese counterpart in Tokyo on Friday.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Governor Isabel Cardenas met with a group of students from the University of Guadalajara.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Emily Sato hopes to visit Taipei before the end of the year.',
      expect: ['Emily Sato visited Taipei (planned)'],
    },
    {
      text: 'Police met Dara Okafor at the Lantern Hotel on Tuesday.',
      expect: [],
      checks: ['affiliated-with'],
    },
    {
      text: 'Vantor Motors said sales fell. “We know the dollar will recover,” the chief executive of a leading European car maker told Tidewater Radio.',
      expect: [],
      checks: ['quoted-by'],
    },
    {
      text: 'Councillor Maya Strand did not mention any meeting with the developer Ruben Castell in her declaration.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Premier Lucia Baptiste met the mine owners’ envoy, Sven Aalto, on Tuesday. Her deputy, Kofi Mensah, was present in parliament for the budget vote.',
      expect: ['Lucia Baptiste met-with Sven Aalto'],
      checks: ['met-with'],
    },
    {
      text: 'Lucia Baptiste met Sven Aalto on Tuesday. Kofi Mensah presented the budget to parliament on Friday, and Ines Duarte joined him in the chamber.',
      expect: ['Lucia Baptiste met-with Sven Aalto', 'Ines Duarte met-with Kofi Mensah'],
      checks: ['met-with'],
    },
    {
      text: 'The actor Hugo Brandt appeared alongside Mira Solberg in the television drama last year.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Prime Minister Arturo Benedetti opened the new bridge on Saturday. The work had taken six years. Traffic was light. Standing beside him at a rally in Milan on Sunday, the engineer Lucia Ferri said the bridge was safe.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Reading from a prepared statement, Councillor Marta Lindgren said the library would close in June.',
      expect: [],
      checks: ['met-with'],
    },
    {
      text: 'Bishop Anselm Duerr attended a concert hosted by Governor Rosa Villalobos in the cathedral square.',
      expect: [],
      checks: ['met-with'],
    },
    // A two-word compound ending in a particle ("head-on") is no role: rivals are not staff.
    {
      text: 'For years Pellam Motors has competed head-on with Vantor, Kelso Cars and Brindle.',
      expect: [],
      checks: ['affiliated-with'],
    },
    // Telling the owner of an outlet is no quote by it.
    {
      text: 'Ilse Varga told Piet Dorn, the owner of the Marlow Courier, that she would sell her shares.',
      expect: ['Ilse Varga met-with Piet Dorn'],
      checks: ['quoted-by'],
    },
    // Team-mates a player joins in a side are no table of a meeting.
    {
      text: 'He will join fellow internationals Osric Dale, Piet Dorn and Caspar Reyes in the front row, with Tomas Lindqvist among the backs.',
      expect: [],
      checks: ['met-with'],
    },
  ],
};
