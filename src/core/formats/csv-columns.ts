// Which contact field a CSV column holds, from its header: Outlook (English and localized),
// Google (legacy "Given Name" and current "First Name" layouts), Thunderbird, and generic
// headers in English, French, German and Spanish. Unknown columns map to nothing: their values
// are kept as extras (X-CSV;COLUMN=…), and the import dialog lets the user map them.

/**
 * A column's target, as a string the import dialog can offer in a <select>:
 * `given` `family` … `email` `email:work` `phone:cell` `phone:fax:home` (type, then label)
 * `address:work:street` (type may be empty) `url` `url:home` `related:spouse` `im:AIM` `tags`
 * `birthday` `birthYear` `birthMonth` `birthDay` `ignore`, and Google's numbered groups
 * `group:email:1:value` (kind, number, part).
 */
export type ColumnTarget = string;

/** The layouts recognised from a header row. */
export type CsvPreset = 'outlook' | 'google' | 'google-legacy' | 'thunderbird' | 'generic';

/** Simple targets the import dialog can offer for an unknown column. */
export const COLUMN_TARGETS: readonly ColumnTarget[] = [
  'prefix',
  'given',
  'additional',
  'family',
  'suffix',
  'formattedName',
  'nickname',
  'organization',
  'department',
  'title',
  'role',
  'email',
  'email:home',
  'email:work',
  'email:other',
  'phone:cell',
  'phone:home',
  'phone:work',
  'phone:fax',
  'phone:pager',
  'phone:other',
  'address:home:street',
  'address:home:locality',
  'address:home:region',
  'address:home:postalCode',
  'address:home:country',
  'address:work:street',
  'address:work:locality',
  'address:work:region',
  'address:work:postalCode',
  'address:work:country',
  'url',
  'birthday',
  'anniversary',
  'note',
  'tags',
  'ignore',
];

const ADDRESS_PARTS: Record<string, string[]> = {
  street: ['street', 'address', 'strasse', 'rue', 'adresse', 'calle', 'direccion'],
  street2: ['street 2', 'address 2', 'strasse 2'],
  street3: ['street 3', 'strasse 3'],
  pobox: ['address po box', 'po box', 'postfach'],
  locality: ['city', 'ort', 'ville', 'ciudad', 'stadt'],
  region: ['state', 'region', 'bundesland kanton', 'province', 'provincia', 'estado'],
  postalCode: [
    'postal code',
    'zipcode',
    'zip code',
    'zip',
    'postleitzahl',
    'plz',
    'code postal',
    'codigo postal',
  ],
  country: ['country region', 'country', 'land region', 'land', 'pays', 'pais'],
};
// Outlook's address prefixes and suffixes, English and German.
const ADDRESS_TYPES: [string, string[], string[]][] = [
  ['work', ['business', 'work'], ['geschaftlich']],
  ['home', ['home'], ['privat']],
  ['other', ['other'], []],
];

const SYNONYMS: Record<ColumnTarget, string[]> = {
  prefix: ['name prefix', 'anrede', 'civilite', 'tratamiento', 'prefix'],
  given: ['first name', 'given name', 'firstname', 'prenom', 'vorname', 'nombre'],
  additional: [
    'middle name',
    'additional name',
    'weitere vornamen',
    'segundo nombre',
    'deuxieme prenom',
  ],
  family: [
    'last name',
    'family name',
    'surname',
    'lastname',
    'nom',
    'nom de famille',
    'nachname',
    'apellido',
    'apellidos',
  ],
  suffix: ['suffix', 'name suffix', 'suffixe', 'namenszusatz', 'sufijo'],
  formattedName: [
    'display name',
    'name',
    'file as',
    'full name',
    'nom complet',
    'anzeigename',
    'nombre completo',
  ],
  nickname: ['nickname', 'nick name', 'surnom', 'spitzname', 'apodo'],
  organization: [
    'company',
    'organization',
    'organisation',
    'organization name',
    'firma',
    'societe',
    'entreprise',
    'empresa',
    'unternehmen',
  ],
  department: [
    'department',
    'organization department',
    'abteilung',
    'service',
    'departement',
    'departamento',
  ],
  title: ['job title', 'organization title', 'position', 'fonction', 'cargo', 'puesto', 'poste'],
  role: ['role', 'rolle'],
  email: [
    'e mail address',
    'email address',
    'e mail',
    'email',
    'primary email',
    'e mail 2 address',
    'e mail 3 address',
    'secondary email',
    'courriel',
    'adresse e mail',
    'e mail adresse',
    'e mail 2 adresse',
    'e mail 3 adresse',
    'correo electronico',
    'correo',
    'mail',
  ],
  'phone:work': [
    'business phone',
    'business phone 2',
    'work phone',
    'telefon geschaftlich',
    'telefon geschaftlich 2',
    'telephone professionnel',
    'telefono del trabajo',
  ],
  'phone:work:main': ['company main phone', 'telefon firma'],
  'phone:home': [
    'home phone',
    'home phone 2',
    'telefon privat',
    'telefon privat 2',
    'telephone domicile',
    'telefono particular',
    'telefono de casa',
  ],
  'phone:cell': [
    'mobile phone',
    'mobile number',
    'mobile',
    'cell phone',
    'mobiltelefon',
    'mobiltelefon 2',
    'handy',
    'telephone mobile',
    'portable',
    'movil',
    'telefono movil',
    'celular',
  ],
  'phone:fax:work': ['business fax', 'fax geschaftlich'],
  'phone:fax:home': ['home fax', 'fax privat'],
  'phone:fax': ['fax', 'fax number', 'other fax', 'weiteres fax', 'telecopie'],
  'phone:pager': ['pager', 'pager number'],
  'phone:other': ['other phone', 'phone', 'telephone', 'telefon', 'telefono', 'weiteres telefon'],
  'phone:other:main': ['primary phone', 'haupttelefon'],
  'phone:other:assistant': ['assistant s phone', 'telefon assistent'],
  'phone:other:callback': ['callback', 'ruckmeldung'],
  'phone:other:car': ['car phone', 'autotelefon'],
  'phone:other:isdn': ['isdn'],
  'phone:other:radio': ['radio phone'],
  'phone:other:tty': ['tty tdd phone', 'telefon fur horbehinderte'],
  'phone:other:telex': ['telex'],
  url: [
    'web page',
    'webpage',
    'website',
    'web site',
    'webseite',
    'homepage',
    'site web',
    'sitio web',
    'pagina web',
  ],
  'url:work': ['web page 1'],
  'url:home': ['web page 2', 'personal web page'],
  birthday: [
    'birthday',
    'date of birth',
    'birth date',
    'anniversaire',
    'date de naissance',
    'geburtstag',
    'geburtsdatum',
    'cumpleanos',
    'fecha de nacimiento',
  ],
  anniversary: ['anniversary', 'jahrestag', 'aniversario', 'wedding anniversary'],
  note: [
    'notes',
    'note',
    'notizen',
    'notiz',
    'bemerkungen',
    'remarques',
    'commentaires',
    'notas',
    'comments',
  ],
  tags: [
    'categories',
    'kategorien',
    'group membership',
    'labels',
    'etiquetas',
    'groups',
    'gruppen',
    'groupes',
    'categorias',
  ],
  'related:spouse': ['spouse', 'partner', 'conjoint', 'conyuge', 'ehepartner'],
  'related:manager': ['manager s name', 'name des r vorgesetzten'],
  'related:assistant': ['assistant s name', 'assistent in'],
  'related:child': ['children', 'kinder', 'enfants', 'hijos'],
  'im:AIM': ['screen name'],
  birthYear: ['birth year'],
  birthMonth: ['birth month'],
  birthDay: ['birth day'],
  // Outlook's per-e-mail bookkeeping, derived from the address itself.
  ignore: [
    'e mail type',
    'e mail display name',
    'e mail 2 type',
    'e mail 2 display name',
    'e mail 3 type',
    'e mail 3 display name',
    'e mail typ',
    'e mail angezeigter name',
    'e mail 2 typ',
    'e mail 2 angezeigter name',
    'e mail 3 typ',
    'e mail 3 angezeigter name',
  ],
};

const LOOKUP = buildLookup();

const GOOGLE_GROUP =
  /^(E-mail|Email|Phone|Address|Website|Relation|IM|Event|Organization|Custom Field) (\d+) - (.+)$/i;

/** Folds a header for lookup: lower case, no accents, ß → ss, punctuation → spaces. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The target of each column (undefined when unknown), read from the header row. */
export function mapColumns(headers: readonly string[]): (ColumnTarget | undefined)[] {
  const normalized = headers.map(normalizeHeader);
  // Outlook's "Title" is the name prefix; elsewhere a "Title" column is the job title.
  const titleIsPrefix = normalized.includes('job title') || normalized.includes('first name');
  return headers.map((header, index) => {
    const group = GOOGLE_GROUP.exec(header.trim());
    if (group) {
      const kind = group[1]
        .toLowerCase()
        .replace('e-mail', 'email')
        .replace('custom field', 'custom');
      const part =
        normalizeHeader(group[3]) === 'type'
          ? 'label'
          : normalizeHeader(group[3]).replace(/ /g, '');
      return `group:${kind}:${group[2]}:${part}`;
    }
    const key = normalized[index];
    if (key === 'title') return titleIsPrefix ? 'prefix' : 'title';
    return LOOKUP.get(key);
  });
}

/** The layout a header row comes from. */
export function detectPreset(headers: readonly string[]): CsvPreset {
  const set = new Set(headers.map(normalizeHeader));
  if (set.has('given name') && set.has('group membership')) return 'google-legacy';
  if (set.has('labels') && headers.some((header) => GOOGLE_GROUP.test(header.trim())))
    return 'google';
  if (set.has('primary email')) return 'thunderbird';
  if (
    (set.has('e mail address') && set.has('business street')) ||
    (set.has('e mail adresse') && set.has('vorname'))
  )
    return 'outlook';
  return 'generic';
}

function buildLookup(): Map<string, ColumnTarget> {
  const lookup = new Map<string, ColumnTarget>();
  for (const [target, names] of Object.entries(SYNONYMS))
    for (const name of names) lookup.set(name, target);
  for (const [type, english, german] of ADDRESS_TYPES) {
    for (const [part, words] of Object.entries(ADDRESS_PARTS)) {
      for (const word of words) {
        for (const prefix of english) lookup.set(`${prefix} ${word}`, `address:${type}:${part}`);
        for (const suffix of german) {
          const numbered = /^(.*) (\d)$/.exec(word);
          lookup.set(
            numbered ? `${numbered[1]} ${suffix} ${numbered[2]}` : `${word} ${suffix}`,
            `address:${type}:${part}`,
          );
        }
      }
    }
  }
  for (const [part, words] of Object.entries(ADDRESS_PARTS)) {
    for (const word of words) if (!lookup.has(word)) lookup.set(word, `address::${part}`);
  }
  lookup.set('weitere strasse', 'address:other:street');
  lookup.set('weitere strasse 2', 'address:other:street2');
  lookup.set('weitere strasse 3', 'address:other:street3');
  lookup.set('weiterer ort', 'address:other:locality');
  lookup.set('weiteres r bundesland kanton', 'address:other:region');
  lookup.set('weitere postleitzahl', 'address:other:postalCode');
  lookup.set('weiteres e land region', 'address:other:country');
  lookup.set('weiteres postfach', 'address:other:pobox');
  lookup.set('home address 2', 'address:home:extended');
  lookup.set('work address 2', 'address:work:extended');
  return lookup;
}
