// Word lists for the sample-contact generator: names in their own scripts (with a Latin
// spelling for e-mail addresses), cities, streets and phone shapes per country. All fictional.

/** A given name: native spelling, Latin spelling, gender (picks the family-name form). */
export type GivenName = readonly [native: string, latin: string, gender: 'f' | 'm'];
/** A family name: native spelling, Latin spelling, and the feminine form where the language has one. */
export type FamilyName = readonly [native: string, latin: string, feminine?: string];
/** A city: name, region, and a postal-code pattern (`#` = a digit). */
export type City = readonly [name: string, region: string, postalPattern: string];

/** Everything the generator needs to make people of one country. */
export interface Locale {
  code: string;
  country: string;
  given: readonly GivenName[];
  family: readonly FamilyName[];
  /** CJK and Hungarian-style names read family first in the formatted name. */
  familyFirst?: boolean;
  cities: readonly City[];
  streets: readonly string[];
  /** Builds the street line from a house number and a street name. */
  street: (houseNumber: number, street: string) => string;
  /** Phone patterns as people write them (`#` = a digit); the first is a mobile. */
  phones: readonly string[];
  companies: readonly string[];
  titles: readonly string[];
  notes: readonly string[];
}

const numberFirst = (n: number, street: string) => `${n} ${street}`;
const numberLast = (n: number, street: string) => `${street} ${n}`;

/** The countries sample contacts come from. */
export const LOCALES: readonly Locale[] = [
  {
    code: 'US',
    country: 'United States',
    given: [
      ['James', 'james', 'm'],
      ['Olivia', 'olivia', 'f'],
      ['Michael', 'michael', 'm'],
      ['Ava', 'ava', 'f'],
      ['DeShawn', 'deshawn', 'm'],
      ['Mary-Kate', 'marykate', 'f'],
      ['Ethan', 'ethan', 'm'],
      ['Chloe', 'chloe', 'f'],
    ],
    family: [
      ['Smith', 'smith'],
      ['Johnson', 'johnson'],
      ['Williams', 'williams'],
      ['O’Brien', 'obrien'],
      ['García', 'garcia'],
      ['Nguyen', 'nguyen'],
      ['McAllister', 'mcallister'],
      ['Washington', 'washington'],
    ],
    cities: [
      ['San Francisco', 'CA', '941##'],
      ['New York', 'NY', '100##'],
      ['Chicago', 'IL', '606##'],
      ['Austin', 'TX', '787##'],
      ['Seattle', 'WA', '981##'],
    ],
    streets: ['Market Street', 'Elm Avenue', 'Maple Drive', 'Sunset Boulevard', 'Lake Shore Drive'],
    street: numberFirst,
    phones: ['+1 (415) 555-01##', '+1 212-555-01##', '(312) 555-01##'],
    companies: ['Initech', 'Globex Corporation', 'Acme Widgets', 'Blue Harbor Labs'],
    titles: ['Software Engineer', 'Account Manager', 'VP Marketing', 'Paralegal'],
    notes: ['Met at the Austin conference.', 'Prefers texts to calls.', 'Allergic to peanuts.'],
  },
  {
    code: 'GB',
    country: 'United Kingdom',
    given: [
      ['Oliver', 'oliver', 'm'],
      ['Amelia', 'amelia', 'f'],
      ['Harry', 'harry', 'm'],
      ['Isla', 'isla', 'f'],
      ['Siobhan', 'siobhan', 'f'],
      ['Rhys', 'rhys', 'm'],
    ],
    family: [
      ['Taylor', 'taylor'],
      ['Davies', 'davies'],
      ['Evans', 'evans'],
      ['Wright', 'wright'],
      ['Fforde', 'fforde'],
      ['Ó Súilleabháin', 'osullivan'],
    ],
    cities: [
      ['London', 'Greater London', 'SW1A #AA'],
      ['Manchester', 'Greater Manchester', 'M# #AB'],
      ['Cardiff', 'Wales', 'CF10 #AA'],
      ['Edinburgh', 'Scotland', 'EH1 #YZ'],
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
    street: numberFirst,
    phones: ['+44 7700 900###', '+44 20 7946 0###', '020 7946 0###'],
    companies: ['Brompton & Lowe', 'Thames Analytics', 'Royal Parcel Co.'],
    titles: ['Solicitor', 'Head of Product', 'Nurse Practitioner'],
    notes: ['Neighbour at number 12 — has our spare key.', 'Birthday cake: lemon drizzle.'],
  },
  {
    code: 'FR',
    country: 'France',
    given: [
      ['Éloïse', 'eloise', 'f'],
      ['François', 'francois', 'm'],
      ['Hélène', 'helene', 'f'],
      ['Jérôme', 'jerome', 'm'],
      ['Zoé', 'zoe', 'f'],
      ['Anaïs', 'anais', 'f'],
      ['Noël', 'noel', 'm'],
    ],
    family: [
      ['Lefèvre', 'lefevre'],
      ['Dubois', 'dubois'],
      ['Girard', 'girard'],
      ['Bénard', 'benard'],
      ['de La Tour', 'delatour'],
      ['Moreau', 'moreau'],
      ['Chévremont', 'chevremont'],
    ],
    cities: [
      ['Paris', 'Île-de-France', '750##'],
      ['Lyon', 'Auvergne-Rhône-Alpes', '6900#'],
      ['Marseille', 'Provence-Alpes-Côte d’Azur', '130##'],
      ['Lille', 'Hauts-de-France', '590##'],
    ],
    streets: [
      'rue de la Paix',
      'avenue Victor-Hugo',
      'boulevard Saint-Germain',
      'place des Vosges',
    ],
    street: (n, street) => `${n}, ${street}`,
    phones: ['+33 6 ## ## ## ##', '+33 1 ## ## ## ##', '01 ## ## ## ##'],
    companies: ['Boulangerie Lefèvre', 'Société Générale des Eaux', 'Atelier Chévremont'],
    titles: ['Ingénieure', 'Directeur commercial', 'Pharmacienne'],
    notes: ['Rencontrée au marché de Noël.', 'Préfère être appelée le matin.'],
  },
  {
    code: 'DE',
    country: 'Germany',
    given: [
      ['Jürgen', 'juergen', 'm'],
      ['Käthe', 'kaethe', 'f'],
      ['Lukas', 'lukas', 'm'],
      ['Sophie', 'sophie', 'f'],
      ['Björn', 'bjoern', 'm'],
    ],
    family: [
      ['Müller', 'mueller'],
      ['Schröder', 'schroeder'],
      ['Weiß', 'weiss'],
      ['Groß', 'gross'],
      ['Becker', 'becker'],
      ['von Arnim', 'vonarnim'],
    ],
    cities: [
      ['Berlin', 'Berlin', '101##'],
      ['München', 'Bayern', '803##'],
      ['Köln', 'Nordrhein-Westfalen', '506##'],
      ['Hamburg', 'Hamburg', '203##'],
    ],
    streets: ['Hauptstraße', 'Schillerstraße', 'Am Markt', 'Lindenallee'],
    street: numberLast,
    phones: ['+49 151 ########', '+49 30 #######', '030 ########'],
    companies: ['Müller & Söhne GmbH', 'Nordlicht Software AG', 'Bäckerei Groß'],
    titles: ['Geschäftsführer', 'Projektleiterin', 'Steuerberater'],
    notes: ['Kennengelernt beim Oktoberfest.', 'Spricht auch Französisch.'],
  },
  {
    code: 'ES',
    country: 'Spain',
    given: [
      ['José', 'jose', 'm'],
      ['Begoña', 'begona', 'f'],
      ['Íñigo', 'inigo', 'm'],
      ['María José', 'mariajose', 'f'],
      ['Nuria', 'nuria', 'f'],
    ],
    family: [
      ['García', 'garcia'],
      ['Núñez', 'nunez'],
      ['Martínez Ruiz', 'martinezruiz'],
      ['Peña', 'pena'],
      ['Ibáñez', 'ibanez'],
    ],
    cities: [
      ['Madrid', 'Comunidad de Madrid', '280##'],
      ['Barcelona', 'Cataluña', '080##'],
      ['Sevilla', 'Andalucía', '410##'],
    ],
    streets: ['Calle Mayor', 'Gran Vía', 'Paseo de Gracia', 'Calle de Alcalá'],
    street: (n, street) => `${street}, ${n}`,
    phones: ['+34 6## ## ## ##', '+34 91 ### ## ##'],
    companies: ['Hermanos Peña S.L.', 'Iberia Datos', 'Café Núñez'],
    titles: ['Abogada', 'Jefe de ventas', 'Arquitecta'],
    notes: ['Compañera de la universidad.', 'Llamar después de las 18:00.'],
  },
  {
    code: 'IT',
    country: 'Italy',
    given: [
      ['Niccolò', 'niccolo', 'm'],
      ['Giulia', 'giulia', 'f'],
      ['Lucrezia', 'lucrezia', 'f'],
      ['Matteo', 'matteo', 'm'],
    ],
    family: [
      ['Rossi', 'rossi'],
      ['Esposito', 'esposito'],
      ['Bianchi', 'bianchi'],
      ['D’Angelo', 'dangelo'],
      ['Colombo', 'colombo'],
    ],
    cities: [
      ['Roma', 'Lazio', '001##'],
      ['Milano', 'Lombardia', '201##'],
      ['Napoli', 'Campania', '801##'],
    ],
    streets: ['Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi'],
    street: (n, street) => `${street}, ${n}`,
    phones: ['+39 3## ### ####', '+39 06 #### ####'],
    companies: ['Trattoria da Matteo', 'Colombo Design S.r.l.'],
    titles: ['Avvocato', 'Architetta', 'Chef'],
    notes: ['Amico di famiglia.', 'Ha prestato il libro di cucina.'],
  },
  {
    code: 'GR',
    country: 'Greece',
    given: [
      ['Γιώργος', 'giorgos', 'm'],
      ['Ελένη', 'eleni', 'f'],
      ['Δημήτρης', 'dimitris', 'm'],
      ['Μαρία', 'maria', 'f'],
      ['Αικατερίνη', 'aikaterini', 'f'],
    ],
    family: [
      ['Παπαδόπουλος', 'papadopoulos', 'Παπαδοπούλου'],
      ['Νικολάου', 'nikolaou'],
      ['Οικονόμου', 'oikonomou'],
      ['Αλεξίου', 'alexiou'],
      ['Γεωργίου', 'georgiou'],
    ],
    cities: [
      ['Αθήνα', 'Αττική', '105 ##'],
      ['Θεσσαλονίκη', 'Κεντρική Μακεδονία', '546 ##'],
      ['Πάτρα', 'Δυτική Ελλάδα', '262 ##'],
    ],
    streets: ['Οδός Ερμού', 'Λεωφόρος Συγγρού', 'Οδός Αιόλου'],
    street: numberLast,
    phones: ['+30 69# ### ####', '+30 210 ### ####'],
    companies: ['Ταβέρνα Ο Γιώργος', 'Αιγαίο Λογισμικό Α.Ε.'],
    titles: ['Γιατρός', 'Μηχανικός'],
    notes: ['Γνωριστήκαμε στη Νάξο.', 'Θείος της Ελένης.'],
  },
  {
    code: 'RU',
    country: 'Russia',
    given: [
      ['Александр', 'aleksandr', 'm'],
      ['Наталья', 'natalya', 'f'],
      ['Дмитрий', 'dmitry', 'm'],
      ['Ольга', 'olga', 'f'],
      ['Сергей', 'sergey', 'm'],
    ],
    family: [
      ['Иванов', 'ivanov', 'Иванова'],
      ['Смирнов', 'smirnov', 'Смирнова'],
      ['Кузнецов', 'kuznetsov', 'Кузнецова'],
      ['Соколов', 'sokolov', 'Соколова'],
    ],
    cities: [
      ['Москва', 'Москва', '1250##'],
      ['Санкт-Петербург', 'Санкт-Петербург', '1900##'],
      ['Казань', 'Татарстан', '4200##'],
    ],
    streets: ['ул. Тверская', 'Невский проспект', 'ул. Баумана'],
    street: (n, street) => `${street}, д. ${n}`,
    phones: ['+7 916 ###-##-##', '+7 495 ###-##-##', '8 (812) ###-##-##'],
    companies: ['ООО «Северный ветер»', 'АО «Технопарк»'],
    titles: ['Инженер', 'Бухгалтер', 'Директор'],
    notes: ['Коллега по проекту.', 'Звонить после обеда.'],
  },
  {
    code: 'CN',
    country: 'China',
    familyFirst: true,
    given: [
      ['伟', 'wei', 'm'],
      ['娜', 'na', 'f'],
      ['敏', 'min', 'f'],
      ['强', 'qiang', 'm'],
      ['秀英', 'xiuying', 'f'],
    ],
    family: [
      ['王', 'wang'],
      ['李', 'li'],
      ['张', 'zhang'],
      ['刘', 'liu'],
      ['陈', 'chen'],
    ],
    cities: [
      ['北京', '北京市', '1000##'],
      ['上海', '上海市', '2000##'],
      ['深圳', '广东省', '5180##'],
    ],
    streets: ['建国路', '南京东路', '深南大道'],
    street: (n, street) => `${street}${n}号`,
    phones: ['+86 139 #### ####', '+86 10 #### ####'],
    companies: ['华南科技有限公司', '东方贸易集团'],
    titles: ['经理', '工程师'],
    notes: ['在广交会认识的。', '喜欢喝绿茶。'],
  },
  {
    code: 'JP',
    country: 'Japan',
    familyFirst: true,
    given: [
      ['花子', 'hanako', 'f'],
      ['一郎', 'ichiro', 'm'],
      ['さくら', 'sakura', 'f'],
      ['健太', 'kenta', 'm'],
    ],
    family: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['渡辺', 'watanabe'],
    ],
    cities: [
      ['東京', '東京都', '100-00##'],
      ['大阪', '大阪府', '530-00##'],
      ['京都', '京都府', '600-80##'],
    ],
    streets: ['千代田区丸の内', '北区梅田', '中京区河原町'],
    street: (n, street) => `${street}${n}-${(n % 9) + 1}-${(n % 7) + 1}`,
    phones: ['+81 90-####-####', '+81 3-####-####', '03-####-####'],
    companies: ['株式会社さくら商事', '高橋電機株式会社'],
    titles: ['部長', 'デザイナー'],
    notes: ['出張でお世話になった。', '年賀状を送る。'],
  },
  {
    code: 'EG',
    country: 'Egypt',
    given: [
      ['محمد', 'mohamed', 'm'],
      ['فاطمة', 'fatma', 'f'],
      ['أحمد', 'ahmed', 'm'],
      ['نور', 'nour', 'f'],
    ],
    family: [
      ['حسن', 'hassan'],
      ['عبد الله', 'abdallah'],
      ['السيد', 'elsayed'],
      ['مصطفى', 'moustafa'],
    ],
    cities: [
      ['القاهرة', 'القاهرة', '115##'],
      ['الإسكندرية', 'الإسكندرية', '215##'],
    ],
    streets: ['شارع التحرير', 'شارع الهرم', 'طريق الكورنيش'],
    street: (n, street) => `${n} ${street}`,
    phones: ['+20 10 #### ####', '+20 2 #### ####'],
    companies: ['شركة النيل للتجارة', 'مكتب حسن للمحاماة'],
    titles: ['مهندس', 'طبيبة'],
    notes: ['صديق من الجامعة.', 'يفضل الاتصال مساءً.'],
  },
  {
    code: 'SA',
    country: 'Saudi Arabia',
    given: [
      ['عبد العزيز', 'abdulaziz', 'm'],
      ['ريم', 'reem', 'f'],
      ['خالد', 'khaled', 'm'],
    ],
    family: [
      ['القحطاني', 'alqahtani'],
      ['الغامدي', 'alghamdi'],
      ['العتيبي', 'alotaibi'],
    ],
    cities: [
      ['الرياض', 'منطقة الرياض', '12###'],
      ['جدة', 'منطقة مكة المكرمة', '21###'],
    ],
    streets: ['طريق الملك فهد', 'شارع التحلية'],
    street: (n, street) => `${n} ${street}`,
    phones: ['+966 5# ### ####', '+966 11 ### ####'],
    companies: ['مؤسسة الغامدي', 'شركة الرياض للتقنية'],
    titles: ['مدير مشروع', 'محاسب'],
    notes: ['زميل في المؤتمر.'],
  },
  {
    code: 'BR',
    country: 'Brazil',
    given: [
      ['João', 'joao', 'm'],
      ['Conceição', 'conceicao', 'f'],
      ['Thiago', 'thiago', 'm'],
      ['Luíza', 'luiza', 'f'],
    ],
    family: [
      ['Gonçalves', 'goncalves'],
      ['Araújo', 'araujo'],
      ['da Silva', 'dasilva'],
      ['Magalhães', 'magalhaes'],
    ],
    cities: [
      ['São Paulo', 'SP', '01###-###'],
      ['Rio de Janeiro', 'RJ', '20###-###'],
      ['Belo Horizonte', 'MG', '30###-###'],
    ],
    streets: ['Avenida Paulista', 'Rua das Flores', 'Rua Augusta'],
    street: (n, street) => `${street}, ${n}`,
    phones: ['+55 11 9####-####', '+55 21 ####-####'],
    companies: ['Araújo & Filhos Ltda.', 'Café Magalhães'],
    titles: ['Gerente', 'Desenvolvedora'],
    notes: ['Conheci no carnaval.', 'Fala português e espanhol.'],
  },
];

/** Free-mail domains people use besides their employer's. */
export const MAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example'] as const;

/** IM services and their URI schemes (vCard IMPP). */
export const IM_SERVICES = [
  ['Skype', 'skype'],
  ['XMPP', 'xmpp'],
  ['SIP', 'sip'],
] as const;

/** Relations a contact may name (vCard RELATED types). */
export const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'friend', 'colleague'] as const;
