/**
 * Our own test set for near-duplicate detection: one report about fictional
 * states, five near-copies of it as other outlets run them, and articles on
 * the same topic that are NOT copies (another outlet's own reporting of the
 * same delivery, the next day's follow-up, another deal written to the same
 * house template). All sentences were written for this project.
 */

const P1 = [
  'Valdoria has delivered a first batch of twelve Kestrel reconnaissance drones to Norland under an agreement signed last autumn, the Valdorian defence ministry said on Tuesday.',
  'The drones arrived at an air base outside the Norland capital on Monday and will be handed to an army aviation unit after two weeks of acceptance tests, the ministry said in a statement.',
];
const P2 = [
  "Norland's defence minister, Ilse Varga, thanked Valdoria for what she called a timely delivery and said crews trained in Valdor over the winter were ready to fly the aircraft.",
  'The agreement covers thirty-six Kestrel drones, spare parts and ground stations, with the remaining aircraft due by the end of the year.',
];
const P3 = [
  'Ostrava, which shares a long border with Norland, has protested against the deal, saying the drones could be used to watch its troops.',
  'A spokesman for the Ostravan foreign ministry said on Tuesday that the delivery showed Valdoria was taking sides in a regional dispute and warned of unspecified consequences.',
  'Valdorian officials rejected the criticism, saying the drones carry no weapons and are meant for border and disaster monitoring.',
];
const para = (...s: string[]) => s.join(' ');

export const ORIGINAL = `VALDOR, March 4 (Valdor Post) - ${para(...P1)}\n\n${para(...P2)}\n\n${para(...P3)}`;

export const NEAR_COPIES: Record<string, string> = {
  'new headline and dateline': `Norland gets its first Kestrel drones\n\nNORDSTADT, March 5 (Norland Daily) - ${para(...P1)}\n\n${para(...P2)}\n\n${para(...P3)}`,
  'boilerplate around it': `Advertisement\n\n${ORIGINAL}\n\nReporting by the Valdor Post desk; editing by the night staff. Sign up for our morning newsletter. All rights reserved.`,
  'a paragraph added': `${ORIGINAL}\n\nValdoria has sold military equipment to Norland since the two countries signed a defence cooperation treaty a decade ago, including trucks, radios and body armour. Last year it also agreed to train Norland pilots at its flight school near Valdor.`,
  'cut after the second paragraph': `VALDOR, March 4 (Valdor Post) - ${para(...P1)}\n\n${para(...P2)}\n\nRead the full story on our website.`,
  'lightly edited': `VALDOR, March 4 - ${P1[0]!.replace('has delivered', 'delivered')} ${P1[1]!.replace('said in a statement', 'said')}\n\n${P2[0]} ${P2[1]!.replace('thirty-six', '36')}\n\n${P3[0]} ${P3[2]}`,
};

export const SAME_TOPIC: Record<string, string> = {
  "another outlet's own report of the delivery":
    'NORDSTADT, March 4 (Norland Radio) - Norland took delivery on Monday of twelve Kestrel drones from Valdoria, the first aircraft of a thirty-six drone order placed last year. ' +
    'Army aviation officers at the receiving base told Norland Radio the machines would start patrols along the eastern frontier in the spring. ' +
    '\n\nDefence Minister Ilse Varga, speaking to reporters in the capital, called the Valdorian drones a major step for the armed forces and promised more purchases. ' +
    'Ostrava condemned the arrival of the aircraft. Its foreign ministry has threatened to respond but did not say how.',
  "the next day's follow-up":
    'OSTRAVA CITY, March 5 (Ostrava Today) - Ostrava summoned the Valdorian ambassador on Wednesday to protest against the delivery of Kestrel drones to Norland, the foreign ministry said. ' +
    'The ministry handed the envoy a note saying the drones threaten stability on the border and asked Valdoria to halt further shipments. ' +
    '\n\nThe Valdorian embassy declined to comment on the meeting. Norland said the protest was an attempt to interfere in its defence policy and that it would take the remaining aircraft as planned.',
  'another deal in the same house style':
    'VALDOR, March 4 (Valdor Post) - Valdoria has signed a contract to sell eight towed howitzers and ammunition to Kastelia, the Valdorian defence ministry said on Wednesday. ' +
    'The guns will be built at a plant in the south of the country and shipped in two lots next year, the ministry said in a statement. ' +
    '\n\nKastelian officials said the artillery would replace ageing guns bought decades ago. Reporting by the Valdor Post desk; editing by the night staff. Sign up for our morning newsletter. All rights reserved.',
};
