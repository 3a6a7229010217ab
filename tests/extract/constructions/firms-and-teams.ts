// Sport, business and media: a player's team from what they did for it ("scored twice for Abc",
// "made her debut for Abc"), a firm's seat ("the Abc-based firm", "has its headquarters in Abc"),
// and outlets and bodies named by a description.
import type { ConstructionClass } from './row';

export const firmsAndTeams: ConstructionClass = {
  name: 'teams, firms and outlets (sport, business, media)',
  rows: [
    {
      text: 'Lorcan Teague, who plays for Harwick Rovers, was sent off after ten minutes.',
      expect: ['Lorcan Teague affiliated-with Harwick Rovers'],
    },
    {
      text: 'Teodor Valk scored twice for Harwick Rovers on Saturday as they climbed to third.',
      expect: ['Teodor Valk affiliated-with Harwick Rovers'],
    },
    {
      text: 'Olwen Price made her debut for Wales against Italy in Rome.',
      expect: ['Olwen Price affiliated-with Wales'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Bram Oyelaran scored his first goal for Harwick Rovers in the win over Dunmore Athletic.',
      expect: ['Bram Oyelaran affiliated-with Harwick Rovers'],
    },
    {
      text: 'Bram Oyelaran has won 40 caps for Ireland and hopes to add more this autumn.',
      expect: ['Bram Oyelaran affiliated-with Ireland'],
    },
    {
      text: 'Mara Quist signed for Harwick Rovers in July after leaving Dunmore Athletic.',
      expect: ['Mara Quist affiliated-with Harwick Rovers'],
      checks: ['affiliated-with'],
      optional: ['Mara Quist affiliated-with Dunmore Athletic'],
    },
    {
      text: 'Dario Fenn has not played for Scotland since the defeat in 2021.',
      expect: [],
      checks: ['affiliated-with'],
      optional: ['Dario Fenn affiliated-with Scotland'],
    },
    {
      text: 'Frankfurt-based Orlen Kessler said on Monday it would bid for the Harwick exchange.',
      expect: ['Orlen Kessler located-in Frankfurt'],
    },
    {
      text: 'Oxford-based Brightmoor Robotics launched its first warehouse robot on Tuesday.',
      expect: ['Brightmoor Robotics located-in Oxford'],
    },
    {
      text: 'Analysts said the Osaka-headquartered Tarvex Holdings would cut 300 jobs.',
      expect: ['Tarvex Holdings located-in Osaka'],
    },
    {
      text: 'Shares in Corvane Systems fell 8% on Monday. The Denver-based company said sales had slowed.',
      expect: ['Corvane Systems located-in Denver'],
    },
    {
      text: 'Halvorsen Bank has its headquarters in Oslo but does most of its business in Asia.',
      expect: ['Halvorsen Bank located-in Oslo'],
    },
    {
      text: "Police raided Tarvex Holdings' Lisbon headquarters on Monday.",
      expect: ['Tarvex Holdings located-in Lisbon'],
    },
    {
      text: 'Protesters gathered outside the Quell Institute headquarters in Geneva on Friday.',
      expect: ['Quell Institute located-in Geneva'],
    },
    {
      text: 'US-based Alistair Brenn and Mark Tolley are the only Irish runners selected so far.',
      expect: [],
      checks: ['located-in'],
    },
    {
      text: 'Corvane Systems and Halvorsen Bank both reported losses. Regulators fined the Denver-based firm on Friday.',
      expect: [],
      checks: ['located-in'],
    },
    {
      text: "Fans said Harwick Rovers' Brazilian midfielder Zedo had asked for a new contract.",
      expect: ['Zedo affiliated-with Harwick Rovers'],
    },
    {
      text: 'Dunmore Athletic striker Brannock scored in the last minute to level the tie.',
      expect: ['Brannock affiliated-with Dunmore Athletic'],
    },
    {
      text: 'Tallis Motors cut 400 jobs on Tuesday. A company spokesman told the Daily Courier that the cuts were unavoidable.',
      expect: ['Tallis Motors quoted-by Daily Courier'],
    },
    {
      text: 'Harwick Rovers sacked their manager on Monday. A club spokesman, Bo Tandy, said a successor would be named within a week.',
      expect: ['Bo Tandy affiliated-with Harwick Rovers'],
    },
    {
      text: 'Ada Lindqvist gave the lecture at the US think tank Quell Council on Monday.',
      expect: ['Quell Council located-in US'],
    },
    {
      text: 'Mara Quist, a fellow at the London think tank Harwick Institute, said rates would rise.',
      expect: ['Mara Quist affiliated-with Harwick Institute', 'Harwick Institute located-in London'],
    },
    {
      text: "Tallis Motors recalled 40,000 cars on Friday. The carmaker's chief executive Helmut Pranke said the fault was rare.",
      expect: ['Helmut Pranke affiliated-with Tallis Motors'],
    },
    {
      text: "Harwick Rovers lost again on Saturday. The club's manager Bo Tandy said he would not resign.",
      expect: ['Bo Tandy affiliated-with Harwick Rovers'],
    },
    // A role taken up, held or left "as" the role: the role's body after "of" or "at".
    {
      text: 'Ossian Ferrow took over as chief executive of Bravon Systems in March after the board lost patience.',
      expect: ['Ossian Ferrow affiliated-with Bravon Systems'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ossian Ferrow replaced Petra Lund as chairman of Bravon Systems on Monday.',
      expect: ['Ossian Ferrow affiliated-with Bravon Systems'],
      checks: ['affiliated-with'],
      optional: ['Petra Lund affiliated-with Bravon Systems'],
    },
    {
      text: 'Petra Lund was sacked as manager of Harwick Rovers on Sunday after five defeats in a row.',
      expect: ['Petra Lund affiliated-with Harwick Rovers'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ossian Ferrow praised Petra Lund, who resigned as chairman of Bravon Systems in May.',
      expect: ['Petra Lund affiliated-with Bravon Systems'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Ossian Ferrow has served as finance director at Bravon Systems since 2019.',
      expect: ['Ossian Ferrow affiliated-with Bravon Systems'],
      checks: ['affiliated-with'],
    },
    // A role over a field, written between "of" and the name, is the name's title.
    {
      text: "Corvane Systems' head of research Ilse Marwick said the trial had been stopped.",
      expect: ['Ilse Marwick affiliated-with Corvane Systems'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Harwick Rovers director of football Bo Tandy said no offer had been made for the striker.',
      expect: ['Bo Tandy affiliated-with Harwick Rovers'],
      checks: ['affiliated-with'],
    },
    {
      text: "Corvane Systems' lawyer of singer Ilse Marwick said the case was closed.",
      expect: [],
      checks: ['affiliated-with'],
    },
    // "its" before a title stands for the last body the sentence names before it.
    {
      text: 'Corvane Systems said on Monday that its founder Ilse Marwick would step down in June.',
      expect: ['Ilse Marwick affiliated-with Corvane Systems'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Halvorsen Bank is parting company with its chief executive Bo Tandy after two years.',
      expect: ['Bo Tandy affiliated-with Halvorsen Bank'],
      checks: ['affiliated-with'],
    },
    {
      text: 'Tamsin Holdings has appointed Petra Wendt as its new chief executive.',
      expect: ['Petra Wendt affiliated-with Tamsin Holdings'],
      checks: ['affiliated-with'],
    },
    // An age or a description set off by commas may stand between the person and "as".
    {
      text: 'Tamsin Holdings has hired Petra Wendt, a former Corvex Capital banker, as its finance chief, and named Joel Amesby, 52, as chairman.',
      expect: ['Petra Wendt affiliated-with Tamsin Holdings', 'Petra Wendt affiliated-with Corvex Capital', 'Joel Amesby affiliated-with Tamsin Holdings'],
      checks: ['affiliated-with'],
    },
    // Who is succeeded in a role held it before.
    {
      text: 'Joel Amesby succeeded Petra Wendt as chairman of the Harwick Trust in May.',
      expect: ['Joel Amesby affiliated-with Harwick Trust', 'Petra Wendt affiliated-with Harwick Trust'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The Harwick Trust named Petra Wendt as head of the Tamsin Foundation, but did not appoint Joel Amesby as chairman.',
      expect: ['Petra Wendt affiliated-with Tamsin Foundation'],
      checks: ['affiliated-with'],
    },
    // "Abc-based" then lowercase words ending in a noun for a body, then the body's name.
    {
      text: 'The contract went to Aberdeen-based oil and gas consultancy Tarvex Energy Services in May.',
      expect: ['Tarvex Energy Services located-in Aberdeen'],
      checks: ['located-in'],
    },
    {
      text: 'Meanwhile, UK-based building materials firm Brightmoor Aggregates said it had agreed a sale.',
      expect: ['Brightmoor Aggregates located-in UK'],
      checks: ['located-in'],
    },
    {
      text: 'A London-based analyst at Brightmoor Capital said the shares were cheap.',
      expect: [],
      checks: ['located-in'],
    },
    // A loan ties the player to the club it names.
    {
      text: 'Teodor Valk, on loan from Harwick Rovers, scored twice on his debut.',
      expect: ['Teodor Valk affiliated-with Harwick Rovers'],
      checks: ['affiliated-with'],
    },
    {
      text: 'The bank put a freeze on loan repayments to Harwick Rovers.',
      expect: [],
      checks: ['affiliated-with'],
    },
    // A nationality between a team's possessive and its player's position: the one-word team is
    // still the team.
    {
      text: "Tolliford's Brazilian midfielder Zedinho has hit out at the club over his contract.",
      expect: ['Zedinho affiliated-with Tolliford'],
    },
    // A one-word firm before a role only a body has, and the holder's name.
    {
      text: 'Quillcorp chief executive Ada Varn said the results were strong.',
      expect: ['Ada Varn affiliated-with Quillcorp'],
    },
    {
      text: 'Analysts expect Quillcorp managing director Bo Tarrant to step down.',
      expect: ['Bo Tarrant affiliated-with Quillcorp'],
    },
    // A team's one word that is also a given name, before a role only a body has and its holder.
    {
      text: 'Tamsin chief executive Ada Varn has played down reports that the striker will leave.',
      expect: ['Ada Varn affiliated-with Tamsin'],
    },
    // Towns listed with a team are teams: a player's move ties him to them.
    {
      text: 'Bram Oyelaran has played for Harwick Rovers, Kisumu and Mombasa in a long career.',
      expect: ['Bram Oyelaran affiliated-with Harwick Rovers', 'Bram Oyelaran affiliated-with Kisumu', 'Bram Oyelaran affiliated-with Mombasa'],
      checks: ['located-in'],
    },
    // A compound adjective before a role employs no one.
    {
      text: 'The Quill-winning director Ada Varn will chair the jury.',
      expect: [],
      checks: ['affiliated-with'],
    },
    // A studio or label is a body, whatever its first word.
    {
      text: 'Rory Vance, president of distribution at Margaret Pictures, said ticket sales had doubled.',
      expect: ['Rory Vance affiliated-with Margaret Pictures'],
    },
  ],
};
