import type { Messages } from '../../../core/i18n/useLanguage';

const sv = {
  coveringTitle: 'Organ som omfattar',
  membersTitle: 'Medlemmar i',
  overlapTitle: 'Vad organen delar',
  close: 'Stäng panelen',
  loading: 'Hämtar…',
  failed: 'Uppgifterna kunde inte hämtas.',
  noBodies: 'Inga organ eller avtal omfattar platsen per datumet.',
  members: 'Medlemmar',
  parties: 'Parter',
  noMembers: 'Inga medlemmar angivna per datumet.',
  areas: 'Område',
  goals: 'Målområden',
  expected: 'Förväntade parter',
  expectedHow:
    'Förväntade parter följer av typen av organ: ett samordningsförbund (Finsam, SFS 2004:793) har fyra parter — kommun, landsting, Arbetsförmedlingen/länsarbetsnämnden och Försäkringskassan; en arbetsmarknadsnämnd har kommunen och länsarbetsnämnden. En enhet räknas som sin myndighet. Andra typer har inga fasta parter.',
  howDecided: 'Hur avgörs det?',
  present: 'finns',
  absent: 'saknas',
  noExpectation: 'Typen har inga fasta parter.',
  showMembers: 'Visa i grafen',
  pickSecond: 'Välj organ att jämföra med',
  shared: 'Gemensamma medlemmar',
  onlyIn: 'Bara i',
  sharedAreas: 'Gemensamt område',
  none: 'inga',
  notAtDate: 'fanns inte per datumet',
  via: 'via',
} as const;

export type BodiesMessageKey = keyof typeof sv;

const en: Record<BodiesMessageKey, string> = {
  coveringTitle: 'Bodies covering',
  membersTitle: 'Members of',
  overlapTitle: 'What the bodies share',
  close: 'Close the panel',
  loading: 'Loading…',
  failed: 'The details could not be loaded.',
  noBodies: 'No body or agreement covers the place as of this date.',
  members: 'Members',
  parties: 'Parties',
  noMembers: 'No members recorded as of this date.',
  areas: 'Area',
  goals: 'Goal areas',
  expected: 'Expected parties',
  expectedHow:
    'Expected parties follow from the body type: a Finsam coordination association (SFS 2004:793) has four parties — municipality, county council, the employment service/county labour board and Försäkringskassan; a labour market committee has the municipality and the county labour board. A unit counts as its agency. Other types have no fixed parties.',
  howDecided: 'How is this decided?',
  present: 'present',
  absent: 'absent',
  noExpectation: 'This type has no fixed parties.',
  showMembers: 'Show in the graph',
  pickSecond: 'Pick a body to compare with',
  shared: 'Shared members',
  onlyIn: 'Only in',
  sharedAreas: 'Shared area',
  none: 'none',
  notAtDate: 'did not exist on the date',
  via: 'via',
};

export const bodiesMessages: Messages<BodiesMessageKey> = { sv, en };
