/**
 * Synthetic names and phrases for generated records, in the scripts their owners write them in.
 *
 * Every value is invented. The pools are wide on purpose: Polish, Romanian, Czech, Turkish, Irish and
 * Vietnamese diacritics; Arabic and Urdu right-to-left text; Chinese ideographs; Somali and English
 * Latin names. A renderer or validator that handles every string here handles the people it will meet.
 */

/** How one naming tradition writes a full name. */
export interface NamingTradition {
  readonly language: string;
  readonly givenNames: readonly string[];
  readonly familyNames: readonly string[];
  /** Chinese writes the family name first with no space; the others give the given name first. */
  readonly order: 'given-family' | 'family-given';
  readonly separator: '' | ' ';
}

export const namingTraditions: readonly NamingTradition[] = [
  {
    language: 'Polish',
    givenNames: ['Zofia', 'Łukasz', 'Agnieszka', 'Małgorzata', 'Wojciech', 'Jędrzej', 'Ewa', 'Grzegorz'],
    familyNames: ['Wójcik', 'Żak', 'Kowalczyk', 'Szymańska', 'Dąbrowski', 'Zielińska', 'Wiśniewski', 'Gołębiowska'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Romanian',
    givenNames: ['Ștefan', 'Ioana', 'Mădălina', 'Răzvan', 'Țicu', 'Alexandra', 'Bogdan'],
    familyNames: ['Bălănescu', 'Popescu', 'Țurcanu', 'Ștefănescu', 'Mureșan', 'Dumitrașcu'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Vietnamese',
    givenNames: ['Thị Hương', 'Văn An', 'Minh Anh', 'Thị Mai', 'Đức Huy', 'Ngọc Ánh', 'Gia Bảo'],
    familyNames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Vũ'],
    order: 'family-given',
    separator: ' ',
  },
  {
    language: 'Arabic',
    givenNames: ['مريم', 'يوسف', 'سعاد', 'كريم', 'ليلى', 'عمر', 'فاطمة'],
    familyNames: ['الحسن', 'النجار', 'العلي', 'الخطيب', 'المصري', 'حداد'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Urdu',
    givenNames: ['عائشہ', 'عمران', 'زینب', 'بلال', 'حمیرا', 'فیصل'],
    familyNames: ['خان', 'قریشی', 'بٹ', 'چوہدری', 'ملک', 'شیخ'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Somali',
    givenNames: ['Cabdi', 'Faadumo', 'Hibo', 'Xaliimo', 'Maxamed', 'Sahra', 'Cumar'],
    familyNames: ['Maxamed Xasan', 'Cali Warsame', 'Xuseen Cabdullaahi', 'Yuusuf Faarax', 'Axmed Jaamac'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Chinese',
    givenNames: ['秀英', '伟', '雨萱', '建华', '丽娟', '子轩', '欣怡'],
    familyNames: ['王', '陈', '李', '张', '刘', '黄'],
    order: 'family-given',
    separator: '',
  },
  {
    language: 'English',
    givenNames: ['Helen', 'Mark', 'Ruby-Mae', 'Gareth', 'Chloe', "D'Arcy", 'Oliver', 'Janet'],
    familyNames: ['Ashworth', 'Holden', 'Taylor', "O'Neill", 'Fairbairn', 'Whitehead', 'Smith-Jones'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Turkish',
    givenNames: ['Ayşe', 'Elif', 'Mehmet', 'Zeynep', 'İbrahim', 'Çağla', 'Gökhan'],
    familyNames: ['Yılmaz', 'Aydın', 'Öztürk', 'Çelik', 'Şahin', 'Doğan'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Czech',
    givenNames: ['Jiří', 'Tomáš', 'Alžběta', 'Věra', 'Ondřej', 'Šárka', 'Petr'],
    familyNames: ['Dvořák', 'Horváth', 'Nováková', 'Svobodová', 'Černý', 'Procházka'],
    order: 'given-family',
    separator: ' ',
  },
  {
    language: 'Irish',
    givenNames: ['Siobhán', 'Róisín', 'Niamh', 'Seán', 'Aoife', 'Pádraig', 'Caoimhe'],
    familyNames: ['Ní Bhriain', 'Ó Súilleabháin', 'Mac Giolla Phádraig', 'Ní Dhomhnaill', 'Ó Briain'],
    order: 'given-family',
    separator: ' ',
  },
];

/** Full names exactly as written: mixed scripts, titles, transliterations in brackets. */
export const writtenFullNames: readonly string[] = [
  'Dr 王秀英 (Wang Xiuying)',
  'مريم الحسن (Mariam Al-Hassan)',
  'عائشہ خان',
  'Nguyễn Thị Hương',
  'DC Ayşe Yılmaz',
  'Unborn baby of مريم الحسن',
  'Siobhán Ní Bhriain',
  'Cabdi Maxamed Xasan',
  'Ștefan Bălănescu',
  'Dr Jiří Dvořák',
  'Łukasz Żak',
  'Zofia Wójcik',
];

/** Fictional agencies of every type a strategy discussion involves. */
export const agencyNames: readonly string[] = [
  "Northshire Council Children's Social Care",
  'Northshire Constabulary',
  'Northshire Community Health NHS Trust',
  'Northshire 0-19 Public Health Nursing Service',
  'Moorside Medical Practice',
  "St Cuthbert's Primary School",
  'Little Acorns Day Nursery',
  "Halbrook Borough Council Children's Services",
  'Mersey Vale Police',
  'Riverside Academy',
  'Harbourside Recovery Service',
  "Northshire Women's Aid",
  'Northshire Fostering Service',
  'Northshire Youth Justice Service',
  'Ysgol Gynradd Llanfair',
  'Szkoła Sobotnia im. Marii Skłodowskiej (Saturday school)',
];

/** Short answers: roles, languages, places, references. */
export const shortAnswers: readonly string[] = [
  'Team Manager (chair)',
  'Social Worker',
  'Detective Sergeant, Child Abuse Investigation Unit',
  'Consultant Community Paediatrician',
  'Designated Safeguarding Lead',
  'Health Visitor',
  'Not known',
  'None',
  'Polish (fluent in English)',
  "Somali, for the children's mother",
  'Mandarin and Cantonese',
  'Arabic (Levantine)',
  'Urdu and Punjabi',
  'Roman Catholic',
  'Muslim',
  'Not in education',
  "Northshire General Hospital, Ward 7 (Children's Ward)",
  "Children's Assessment Unit",
  'SD-2026-000402 (Jayden Clarke)',
  "Year 2, St Cuthbert's Primary School",
];

/** Sentences a social worker writes, including the child's words in the child's own language. */
export const phrases: readonly string[] = [
  'The school saw bruising to the left cheek at breakfast club and referred the same morning.',
  'Mother agreed to stay with her sister tonight and not to tell her partner where they are.',
  'Zofia said: "Łukasz grabbed me really hard because I spilled the milk."',
  'Kacper is 2 and has limited speech; he was observed with his mother.',
  'Police will not approach the suspect until after the ABE interview.',
  'Agencies agree there is reasonable cause to suspect significant harm.',
  'A child protection medical is not required because no injury is alleged.',
  'The family will be told by the social worker with an interpreter present.',
  'Information about another child is withheld: it is not ours to share.',
  'Cabdi said: "Hooyo is sad since Ayeeyo died."',
  'قالت مريم: "أريد أن يكون طفلي بأمان."',
  'عائشہ نے کہا کہ وہ اسکول میں محفوظ محسوس کرتی ہے۔',
  'Bé nói: "Con sợ khi bố la hét."',
  '孩子说她晚上一个人在家，很害怕。',
  'Elif: "Kimse beni kimseyle evlendirmiyor."',
  'Tomáš řekl: „Nemůžu mámu probudit."',
  'Dúirt Niamh go raibh eagla uirthi dul abhaile.',
  'Ștefan a spus că mama lui nu a fost acasă toată noaptea.',
  'The ward will tell the social worker 24 hours before Yuxuan is medically fit for discharge.',
  'Threshold for legal action considered; not met while the safety plan holds.',
  'The health visitor disagreed and the chair recorded the escalation.',
  'Seen alone at school; she asked whether her mum would be cross.',
  'No trace on PNC or PND; one domestic abuse call in 2024, graded standard.',
  'Interpreter (Polish, face to face) booked for every home visit.',
];
