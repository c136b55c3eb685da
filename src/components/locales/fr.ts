// French: @lit/localize runtime templates, keyed by the English text t() is called with (that text
// is the message id). Loaded on first `setLocale('fr')`. A missing entry shows the English, and
// test/node/translations.test.ts lists it; `node --import tsx test/node/message-scan.ts fr` prints
// the missing entries ready to paste here. French spacing: a no-break space (U+00A0) before « : »
// and inside « », a narrow one (U+202F) before ; ? ! — a line never starts with the punctuation.

/** Every contact-book message in French. */
export const templates: Record<string, string> = {
  // Presence, actions
  Available: 'Disponible',
  Away: 'Absent',
  Busy: 'Occupé',
  Offline: 'Hors ligne',
  'Status unknown': 'Statut inconnu',
  SMS: 'SMS',
  'Access map': 'Voir sur la carte',

  // The book: toolbar, dialogs, confirmations
  'Address book': 'Carnet d’adresses',
  New: 'Nouveau',
  Contact: 'Contact',
  More: 'Plus',
  'Import…': 'Importer…',
  'Print selected ({count})': 'Imprimer la sélection ({count})',
  'Print this page': 'Imprimer cette page',
  'Preferences…': 'Préférences…',
  'Trash…': 'Corbeille…',
  'Empty the address book…': 'Vider le carnet d’adresses…',
  'Opening the address book…': 'Ouverture du carnet d’adresses…',
  Undo: 'Annuler',
  'Edit contact': 'Modifier le contact',
  'New contact': 'Nouveau contact',
  Close: 'Fermer',
  Preferences: 'Préférences',
  Trash: 'Corbeille',
  'Send SMS': 'Envoyer un SMS',
  'Delete this contact?': 'Supprimer ce contact ?',
  'Delete {count} contacts?': 'Supprimer {count} contacts ?',
  '{count, plural, one {# contact} other {# contacts}} will move to the trash, where you can restore them for {days} days.':
    '{count, plural, one {# contact sera placé} other {# contacts seront placés}} dans la corbeille, d’où vous pourrez les restaurer pendant {days} jours.',
  Delete: 'Supprimer',
  'Delete {count} contacts': 'Supprimer {count} contacts',
  'Selected contacts': 'Contacts sélectionnés',
  'Empty "{name}"?': 'Vider « {name} » ?',
  '{count, plural, one {The # contact} other {All # contacts}} will move to the trash, where you can restore them for {days} days.':
    '{count, plural, one {Le contact sera placé} other {Les # contacts seront placés}} dans la corbeille, d’où vous pourrez les restaurer pendant {days} jours.',
  'Empty the address book': 'Vider le carnet d’adresses',
  '{count, plural, one {# contact} other {# contacts}} moved to the trash.':
    '{count, plural, one {# contact placé} other {# contacts placés}} dans la corbeille.',
  'The address book could not be opened: {reason}':
    'Le carnet d’adresses n’a pas pu être ouvert : {reason}',
  'Type "{text}" to confirm': 'Tapez « {text} » pour confirmer',
  Cancel: 'Annuler',

  // Details
  'Select a contact to see the details.': 'Sélectionnez un contact pour voir sa fiche.',
  Print: 'Imprimer',
  Edit: 'Modifier',
  'Name & work': 'Nom et travail',
  Name: 'Nom',
  Nickname: 'Surnom',
  Organization: 'Organisation',
  Department: 'Service',
  Title: 'Fonction',
  Role: 'Rôle',
  'Phones, e-mail & IM': 'Téléphones, e-mail et messagerie',
  Website: 'Site web',
  Addresses: 'Adresses',
  Address: 'Adresse',
  Personal: 'Personnel',
  Birthday: 'Anniversaire',
  Anniversary: 'Anniversaire de mariage',
  Related: 'Proche',
  Tags: 'Étiquettes',
  Tag: 'Étiquette',
  Notes: 'Notes',
  'Other fields': 'Autres champs',

  // Editor
  '{count, plural, one {# field needs} other {# fields need}} attention: {list}':
    '{count, plural, one {# champ est à vérifier} other {# champs sont à vérifier}} : {list}',
  'Contact fields': 'Champs du contact',
  Save: 'Enregistrer',
  Prefix: 'Civilité',
  'First name': 'Prénom',
  'Middle name': 'Deuxième prénom',
  'Last name': 'Nom de famille',
  Suffix: 'Suffixe',
  'Display name (when not the name above)': 'Nom affiché (s’il diffère du nom ci-dessus)',
  'Job title': 'Fonction',
  'This contact is': 'Ce contact est',
  'A person': 'Une personne',
  'An organization': 'Une organisation',
  Phones: 'Téléphones',
  'Add phone': 'Ajouter un téléphone',
  Type: 'Type',
  'Fax number': 'Numéro de fax',
  Number: 'Numéro',
  'E-mail addresses': 'Adresses e-mail',
  'Add e-mail': 'Ajouter un e-mail',
  'E-mail': 'E-mail',
  'Instant messaging': 'Messagerie instantanée',
  'Add IM address': 'Ajouter une adresse de messagerie',
  Service: 'Service',
  'Address (skype:…, xmpp:…, sip:…)': 'Adresse (skype:…, xmpp:…, sip:…)',
  Websites: 'Sites web',
  'Add website': 'Ajouter un site web',
  'Web address': 'Adresse web',
  'Add address': 'Ajouter une adresse',
  Street: 'Rue',
  'Address line 2': 'Complément d’adresse',
  'PO box': 'Boîte postale',
  'Postal code': 'Code postal',
  City: 'Ville',
  Region: 'Région',
  Country: 'Pays',
  'Birthday (YYYY-MM-DD, or --MM-DD without a year)':
    'Anniversaire (AAAA-MM-JJ, ou --MM-JJ sans l’année)',
  'Anniversary (YYYY-MM-DD, or --MM-DD)': 'Anniversaire de mariage (AAAA-MM-JJ, ou --MM-JJ)',
  'Related people': 'Proches',
  'Add related person': 'Ajouter un proche',
  'Relation (spouse, child, …)': 'Lien (conjoint, enfant, …)',
  'Tags, separated by commas': 'Étiquettes, séparées par des virgules',
  'Someone else changed this contact after you opened it. Cancel and open it again to see their changes.':
    'Quelqu’un d’autre a modifié ce contact après que vous l’avez ouvert. Annulez et rouvrez-le pour voir ses modifications.',
  'Remove {what}': 'Retirer {what}',
  Remove: 'Retirer',

  // Export
  'vCard 4.0': 'vCard 4.0',
  'vCard 3.0 (older programs)': 'vCard 3.0 (anciens logiciels)',
  'Outlook CSV': 'CSV Outlook',
  'Google CSV': 'CSV Google',
  'PDF listing': 'Liste PDF',
  '{format} — whole book': '{format} — tout le carnet',
  '{format} — {count, plural, other {# selected}}':
    '{format} — {count, plural, one {# sélectionné} other {# sélectionnés}}',
  Export: 'Exporter',
  '…and {count} more': '…et {count} de plus',
  '{count, plural, one {Exporting # contact…} other {Exporting # contacts…}}':
    '{count, plural, one {Export de # contact…} other {Export de # contacts…}}',
  '{count, plural, one {# contact} other {# contacts}} exported; {warnings, plural, one {# value} other {# values}} did not fit the format':
    '{count, plural, one {# contact exporté} other {# contacts exportés}} ; {warnings, plural, one {# valeur ne rentrait} other {# valeurs ne rentraient}} pas dans le format',
  '{count, plural, one {# contact} other {# contacts}} exported':
    '{count, plural, one {# contact exporté} other {# contacts exportés}}',
  'Export failed: {error}': 'L’export a échoué : {error}',

  // Import
  'Import contacts': 'Importer des contacts',
  'Choose a vCard, CSV or LDIF file': 'Choisissez un fichier vCard, CSV ou LDIF',
  'Reading {name}…': 'Lecture de {name}…',
  'Imported {done} of {total}': 'Importés : {done} sur {total}',
  Stop: 'Arrêter',
  'Import into': 'Importer dans',
  '{file}: {format}, {count, plural, one {# contact} other {# contacts}} read':
    '{file} : {format}, {count, plural, one {# contact lu} other {# contacts lus}}',
  Import: 'Importer',
  '{created} imported, {merged} merged, {skipped} skipped.':
    '{created} importés, {merged} fusionnés, {skipped} ignorés.',
  '{name} is {size}: the largest file this book imports is {max}. Split it into smaller files and import each.':
    '{name} fait {size} : ce carnet importe des fichiers de {max} au plus. Découpez-le en fichiers plus petits et importez-les un par un.',
  'Stopped after {done} of {total}: {reason}': 'Arrêté après {done} sur {total} : {reason}',
  'No contact found in {name}': 'Aucun contact trouvé dans {name}',
  'Only {count} of {total} contacts can be imported: the book holds {size} of its {max}.':
    'Seuls {count} contacts sur {total} peuvent être importés : le carnet en contient {size} sur {max}.',
  '{count, plural, =0 {No contacts} one {# contact} other {# contacts}} can be imported':
    '{count, plural, =0 {Aucun contact ne peut être importé} one {# contact peut être importé} other {# contacts peuvent être importés}}',
  Columns: 'Colonnes',
  '(keep as extra field)': '(garder comme champ supplémentaire)',
  '{count, plural, one {# problem} other {# problems}}':
    '{count, plural, one {# problème} other {# problèmes}}',
  'Line {line}: ': 'Ligne {line} : ',
  '… and {count} more': '… et {count} de plus',
  Skip: 'Ignorer',
  Merge: 'Fusionner',
  'Add anyway': 'Ajouter quand même',
  'Already in the book': 'Déjà dans le carnet',
  '{count} already in the book (same e-mail or phone)':
    '{count} déjà dans le carnet (même e-mail ou téléphone)',
  'Skip all': 'Tout ignorer',
  'Merge all': 'Tout fusionner',
  'Add all anyway': 'Tout ajouter quand même',
  'What to do with {name}': 'Que faire de {name}',

  // List
  'Select all contacts on this page': 'Sélectionner tous les contacts de cette page',
  'Select all on this page': 'Tout sélectionner sur cette page',
  'Actions ({count})': 'Actions ({count})',
  Actions: 'Actions',
  'Delete selected': 'Supprimer la sélection',
  'Clear selection': 'Désélectionner',
  Contacts: 'Contacts',
  Selected: 'Sélection',
  Phone: 'Téléphone',
  'No contacts match.': 'Aucun contact ne correspond.',
  'No contacts yet. Use New ▸ Contact to add one.':
    'Aucun contact pour l’instant. Utilisez Nouveau ▸ Contact pour en ajouter un.',
  Pages: 'Pages',
  '{from}–{to} of the best {total} ({matches} match)':
    '{from}–{to} des {total} meilleurs (correspondances : {matches})',
  '{from}–{to} of {total}': '{from}–{to} sur {total}',
  Previous: 'Précédent',
  'Page {page} of {pages}': 'Page {page} sur {pages}',
  Next: 'Suivant',
  'Select {name}': 'Sélectionner {name}',
  'Actions for {name}': 'Actions pour {name}',
  Details: 'Détails',
  Sections: 'Sections',
  '{from}–{to}, counting the others…': '{from}–{to}, décompte des autres…',

  // Phone and picture inputs
  'Country…': 'Pays…',
  'Enter a number': 'Saisissez un numéro',
  'Choose a country, or type the number with +': 'Choisissez un pays, ou tapez le numéro avec +',
  'This is not a valid number for that country': 'Ce numéro n’est pas valide pour ce pays',
  'Processing…': 'Traitement…',
  'Change picture': 'Changer la photo',
  Picture: 'Photo',
  'Upload picture': 'Ajouter une photo',
  'Remove picture': 'Retirer la photo',
  'Crop to a square': 'Recadrer en carré',
  file: 'fichier',
  'This picture could not be processed.': 'Cette image n’a pas pu être traitée.',
  'This {file} is not a picture in a format we know. Use JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC or camera RAW.':
    'Ce {file} n’est pas une image dans un format connu. Utilisez JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC ou RAW d’appareil photo.',
  '{format} files cannot be used as a picture. Use JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC or camera RAW.':
    'Les fichiers {format} ne peuvent pas servir de photo. Utilisez JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC ou RAW d’appareil photo.',
  'This browser cannot read {format} pictures. Convert it to JPEG first.':
    'Ce navigateur ne sait pas lire les images {format}. Convertissez-la d’abord en JPEG.',
  'This {format} file has no embedded preview to use as a picture.':
    'Ce fichier {format} ne contient pas d’aperçu utilisable comme photo.',
  'This {format} file could not be read: it may be damaged.':
    'Ce fichier {format} n’a pas pu être lu : il est peut-être endommagé.',

  // Preferences
  'Show names as': 'Afficher les noms',
  'Last name, first name (Doe, Jane)': 'Nom, prénom (Dupont, Jeanne)',
  'First name last name (Jane Doe)': 'Prénom nom (Jeanne Dupont)',
  'Contacts per page (5–50)': 'Contacts par page (5–50)',
  'Show IM addresses as links': 'Afficher les adresses de messagerie comme liens',
  'Country for phone numbers typed without + (e.g. US, FR)':
    'Pays des numéros saisis sans + (par ex. FR, BE)',
  'Open maps with': 'Ouvrir les cartes avec',
  'All contacts on one scrolling page': 'Tous les contacts sur une seule page défilante',

  // Search
  'Advanced search': 'Recherche avancée',
  'Birthday month': 'Mois d’anniversaire',
  'Any month': 'Tous les mois',
  'Has comment': 'A un commentaire',
  Search: 'Rechercher',
  Clear: 'Effacer',
  'Search contacts': 'Rechercher des contacts',
  Advanced: 'Avancée',
  'Recent searches': 'Recherches récentes',
  'Include group data': 'Inclure les données des groupes',
  'No contacts match “{query}”.': 'Aucun contact ne correspond à « {query} ».',
  'Check the spelling, use fewer words, or put OR between alternatives.':
    'Vérifiez l’orthographe, utilisez moins de mots, ou mettez OR entre les variantes.',
  'The best {shown} of {total} contacts': 'Les {shown} meilleurs sur {total} contacts',
  '1 contact': '1 contact',
  '{total} contacts': '{total} contacts',
  'Search results': 'Résultats de la recherche',
  '{more} more — shown in the list': '{more} de plus — affichés dans la liste',

  // SMS composer
  Recipients: 'Destinataires',
  'Remove {name}': 'Retirer {name}',
  'No mobile number: {names}': 'Pas de numéro de mobile : {names}',
  Message: 'Message',
  'Sign your message: your recipients may not have your number.':
    'Signez votre message : vos destinataires n’ont peut-être pas votre numéro.',
  'Add from': 'Ajouter depuis',
  'Add a recipient': 'Ajouter un destinataire',
  'Add a recipient: type a name': 'Ajouter un destinataire : tapez un nom',
  'Contacts with a mobile number': 'Contacts avec un numéro de mobile',
  'No contact with a mobile number matches': 'Aucun contact avec un numéro de mobile ne correspond',

  // Trash
  'Deleted contacts stay here for {days, plural, one {# day} other {# days}}, then they are removed for good.':
    'Les contacts supprimés restent ici {days, plural, one {# jour} other {# jours}}, puis sont effacés définitivement.',
  'Loading…': 'Chargement…',
  'The trash could not be read: {reason}': 'La corbeille n’a pas pu être lue : {reason}',
  'Restore selected': 'Restaurer la sélection',
  'Delete forever': 'Supprimer définitivement',
  Deleted: 'Supprimé le',
  'Showing {shown} of {total}.': '{shown} affichés sur {total}.',
  'Show more': 'Afficher plus',
  'The trash is empty.': 'La corbeille est vide.',
  'Delete for good?': 'Supprimer définitivement ?',
  '{count, plural, one {# contact} other {# contacts}} will be deleted for good. This cannot be undone.':
    '{count, plural, one {# contact sera supprimé} other {# contacts seront supprimés}} définitivement. C’est irréversible.',
  'That did not work: {reason}': 'Cela n’a pas fonctionné : {reason}',

  // Comments
  Comments: 'Commentaires',
  'Comments ({count})': 'Commentaires ({count})',
  '{count, plural, one {# comment} other {# comments}}':
    '{count, plural, one {# commentaire} other {# commentaires}}',
  'The comments could not be read: {reason}': 'Les commentaires n’ont pas pu être lus : {reason}',
  'No comments yet.': 'Pas encore de commentaire.',
  'Add a comment': 'Ajouter un commentaire',
  Comment: 'Commenter',
  You: 'Vous',
  '(edited)': '(modifié)',
  'Edit your comment of {date}': 'Modifier votre commentaire du {date}',
  'Delete your comment of {date}': 'Supprimer votre commentaire du {date}',
  'Edit the comment': 'Modifier le commentaire',
  'Delete this comment?': 'Supprimer ce commentaire ?',
  'The comment will be deleted for everyone who sees this contact.':
    'Le commentaire sera supprimé pour tous ceux qui voient ce contact.',
  'Delete comment': 'Supprimer le commentaire',
  'A comment has at most {max} characters ({count} now).':
    'Un commentaire a au plus {max} caractères ({count} actuellement).',
  '{count} / {max}': '{count} / {max}',

  // Attachments
  Attachments: 'Pièces jointes',
  'The attachments could not be read: {reason}':
    'Les pièces jointes n’ont pas pu être lues : {reason}',
  'No attachments yet.': 'Pas encore de pièce jointe.',
  'Attach a file…': 'Joindre un fichier…',
  'or drop files here (up to {limit} each)': 'ou déposez des fichiers ici ({limit} au plus chacun)',
  'Link a web address': 'Lier une adresse web',
  'Name (optional)': 'Nom (facultatif)',
  'Add link': 'Ajouter le lien',
  Link: 'Lien',
  'Unknown type': 'Type inconnu',
  'added {date} by {user}': 'ajouté le {date} par {user}',
  you: 'vous',
  Open: 'Ouvrir',
  'Open {name}': 'Ouvrir {name}',
  Download: 'Télécharger',
  'Download {name}': 'Télécharger {name}',
  'Break the link': 'Détacher',
  'Break the link to {name}': 'Détacher {name}',
  'Break the link to "{name}"?': 'Détacher « {name} » ?',
  'The file will be removed from this contact for everyone.':
    'Le fichier sera retiré de ce contact pour tout le monde.',
  'The link will be removed from this contact for everyone.':
    'Le lien sera retiré de ce contact pour tout le monde.',
  '"{name}" is {size}; files up to {limit} can be attached.':
    '« {name} » fait {size} ; seuls les fichiers de {limit} au plus peuvent être joints.',
  'Attaching "{name}"…': 'Ajout de « {name} »…',

  // Sharing and access
  Private: 'Privé',
  '{name} (Private)': '{name} (privé)',
  'Access…': 'Accès…',
  'Access to "{name}"': 'Accès à « {name} »',
  'Who edits "{name}"': 'Qui modifie « {name} »',
  Person: 'Personne',
  View: 'Voir',
  'Edit contacts': 'Modifier les contacts',
  'Add contacts': 'Ajouter des contacts',
  'Delete contacts': 'Supprimer des contacts',
  'Edit this contact': 'Modifier ce contact',
  'There is nobody to grant access to.': 'Il n’y a personne à qui donner accès.',
  'Delete: this extends to all your personal contacts.':
    'Supprimer : cela s’étend à tous vos contacts personnels.',
  'Every member sees this contact; its creator and the people ticked here edit it.':
    'Tous les membres voient ce contact ; son créateur et les personnes cochées ici le modifient.',
  'Every member sees the group’s contacts; admins add and delete them.':
    'Tous les membres voient les contacts du groupe ; les administrateurs les ajoutent et les suppriment.',
  'Rights cover the whole book. Edit also covers the group contacts you created.':
    'Les droits portent sur tout le carnet. Modifier couvre aussi les contacts de groupe que vous avez créés.',
  'Only the owner of this book grants access.': 'Seul le propriétaire de ce carnet donne accès.',
  'Only the group’s admins grant access.': 'Seuls les administrateurs du groupe donnent accès.',
  'The creator edits the contact.': 'Le créateur modifie le contact.',
  'Admins add and delete.': 'Les administrateurs ajoutent et suppriment.',
  'Share with groups': 'Partager avec des groupes',
  'Shared from the Private book of {name}.': 'Partagé depuis le carnet privé de {name}.',
  'You may not change this contact.': 'Vous ne pouvez pas modifier ce contact.',
  'Only who may add or delete in the group unshares from it.':
    'Seuls ceux qui peuvent ajouter ou supprimer dans le groupe peuvent en retirer le partage.',
  'You may not add contacts to this group.': 'Vous ne pouvez pas ajouter de contacts à ce groupe.',
  'You may not add contacts to this book.': 'Vous ne pouvez pas ajouter de contacts à ce carnet.',
  'You may not delete contacts in this book.':
    'Vous ne pouvez pas supprimer de contacts dans ce carnet.',
  'You may not delete contacts here.': 'Vous ne pouvez pas supprimer de contacts ici.',
  'You may not edit this contact.': 'Vous ne pouvez pas modifier ce contact.',
  'You may not restore contacts here.': 'Vous ne pouvez pas restaurer de contacts ici.',
  'You may not see this address book.': 'Vous ne pouvez pas voir ce carnet d’adresses.',
  '{count, plural, one {# contact} other {# contacts}} removed from "{name}".':
    '{count, plural, one {# contact retiré} other {# contacts retirés}} de « {name} ».',

  // Field and type labels
  Mobile: 'Mobile',
  Home: 'Domicile',
  Work: 'Travail',
  Fax: 'Fax',
  Pager: 'Bipeur',
  Other: 'Autre',
  'Display name': 'Nom affiché',
  'Phone {n}': 'Téléphone {n}',
  'E-mail {n}': 'E-mail {n}',
  'Address {n}': 'Adresse {n}',
  'Website {n}': 'Site web {n}',
  'IM address {n}': 'Adresse de messagerie {n}',
  'Related person {n}': 'Proche {n}',

  // Core: validation, import problems, link reasons
  'Enter a valid e-mail address': 'Saisissez une adresse e-mail valide',
  'Enter a phone number': 'Saisissez un numéro de téléphone',
  'Use YYYY-MM-DD, or --MM-DD without a year': 'Utilisez AAAA-MM-JJ, ou --MM-JJ sans l’année',
  'This date does not exist': 'Cette date n’existe pas',
  'Enter a name, an organization, an e-mail or a phone':
    'Saisissez un nom, une organisation, un e-mail ou un téléphone',
  'Unknown field "{key}"': 'Champ inconnu « {key} »',
  'The file could not be read: {reason}': 'Le fichier n’a pas pu être lu : {reason}',
  'Not JSON: {reason}': 'Pas du JSON : {reason}',
  '{name}: not valid base64, kept as written': '{name} : base64 invalide, gardé tel quel',
  'The header has {count} columns (at most {max}): not a contact list':
    'L’en-tête a {count} colonnes ({max} au plus) : ce n’est pas une liste de contacts',
  '"{value}" is not a valid e-mail address: kept as an extra property':
    '« {value} » n’est pas une adresse e-mail valide : gardée comme propriété supplémentaire',
  '{field} "{value}" is not a date: kept as an extra property':
    '{field} « {value} » n’est pas une date : gardée comme propriété supplémentaire',
  '{count, plural, one {# character} other {# characters}} the font lacks were replaced':
    '{count, plural, one {# caractère absent de la police a été remplacé} other {# caractères absents de la police ont été remplacés}}',
  '{who}: the category "{tag}" reads back as several (Outlook splits on ";")':
    '{who} : la catégorie « {tag} » sera relue comme plusieurs (Outlook sépare sur « ; »)',
  '{who}: {what} not written (no column in the {layout} layout)':
    '{who} : impossible d’écrire {what} (pas de colonne dans le format {layout})',
  'the formatted name "{value}"': 'le nom affiché « {value} »',
  'e-mail {value}': 'l’e-mail {value}',
  'phone {value}': 'le téléphone {value}',
  'web site {value}': 'le site web {value}',
  'relation {value}': 'le proche {value}',
  '{count, plural, one {# other property} other {# other properties}}':
    '{count, plural, one {# autre propriété} other {# autres propriétés}}',
  'a second home address': 'une deuxième adresse personnelle',
  'a second business address': 'une deuxième adresse professionnelle',
  'a second other address': 'une deuxième autre adresse',
  'the nickname': 'le surnom',
  'the role': 'le rôle',
  'the photo': 'la photo',
  'instant messaging': 'la messagerie instantanée',
  'A tag has at most {max} characters': 'Une étiquette a au plus {max} caractères',
  'Keep at most {max} recent searches': 'Gardez au plus {max} recherches récentes',
  'Type the book\'s name, "{name}", to empty it':
    'Tapez le nom du carnet, « {name} », pour le vider',
  'Not imported: {reasons}': 'Non importé : {reasons}',
  'No column header was recognised: map the columns to fields':
    'Aucun en-tête de colonne reconnu : associez les colonnes aux champs',
  'Expected an array of contacts': 'Un tableau de contacts était attendu',
  'A mailing list (groupOfNames), not a contact: skipped':
    'Une liste de diffusion (groupOfNames), pas un contact : ignorée',
  'Not an LDIF attribute line: ignored': 'Pas une ligne d’attribut LDIF : ignorée',
  'Not a vCard property (no ":"): ignored': 'Pas une propriété vCard (pas de « : ») : ignorée',
  'Card has no END:VCARD': 'La carte n’a pas de END:VCARD',
  'Card has no END:VCARD (file truncated?)': 'La carte n’a pas de END:VCARD (fichier tronqué ?)',
  'A group card (KIND:group), not a contact: skipped':
    'Une carte de groupe (KIND:group), pas un contact : ignorée',
  'The file is empty': 'Le fichier est vide',
  'This is not a contact file (vCard, CSV or LDIF)':
    'Ce n’est pas un fichier de contacts (vCard, CSV ou LDIF)',
  'Enter it in international format': 'Saisissez-le au format international',
  'No postal address': 'Pas d’adresse postale',
  'Contacts per page must be a number': 'Le nombre de contacts par page doit être un nombre',
  'Contacts per page must be a whole number':
    'Le nombre de contacts par page doit être un nombre entier',
  'Show at least 5 contacts per page': 'Affichez au moins 5 contacts par page',
  'Show at most 50 contacts per page': 'Affichez au plus 50 contacts par page',
  'Use a two-letter country code, such as US or FR':
    'Utilisez un code pays de deux lettres, comme FR ou BE',
  'Picture size must be a number': 'La taille des photos doit être un nombre',
  'Picture size must be a whole number of pixels':
    'La taille des photos doit être un nombre entier de pixels',
  'Pictures are at least 64 pixels': 'Les photos font au moins 64 pixels',
  'Pictures are at most 2048 pixels': 'Les photos font au plus 2048 pixels',
  'The owner already has every right': 'Le propriétaire a déjà tous les droits',
  'Add, edit and delete need view': 'Ajouter, modifier et supprimer demandent le droit de voir',
  'Enter a web address starting with http:// or https://':
    'Saisissez une adresse web commençant par http:// ou https://',
  'Share a contact from its own book': 'Partagez un contact depuis son propre carnet',
  'Write a comment first': 'Écrivez d’abord un commentaire',
  'Two users have the same id': 'Deux utilisateurs ont le même identifiant',
  'Two groups have the same id': 'Deux groupes ont le même identifiant',
  'Only a contact of a personal book is shared into groups':
    'Seul un contact d’un carnet personnel peut être partagé dans des groupes',
  'A group is listed twice': 'Un groupe figure deux fois',
  'Give the tag a name': 'Donnez un nom à l’étiquette',
  'A comment has at most {max} characters (this one has {count})':
    'Un commentaire a au plus {max} caractères (celui-ci en a {count})',
  'Unknown right "{right}"': 'Droit inconnu « {right} »',
  'Unknown user "{user}"': 'Utilisateur inconnu « {user} »',
  '"{user}" is not a member of the group': '« {user} » n’est pas membre du groupe',
  '"{book}" is not a group\'s book': '« {book} » n’est pas le carnet d’un groupe',
  'Choose a colour from the palette ({colours})':
    'Choisissez une couleur de la palette ({colours})',
  'You have no tag named "{name}"': 'Vous n’avez pas d’étiquette nommée « {name} »',
  'You may not do this: your rights may have changed.':
    'Vous ne pouvez pas faire cela : vos droits ont peut-être changé.',
  'This is no longer here: someone may have deleted it.':
    'Cet élément n’existe plus : quelqu’un l’a peut-être supprimé.',
  'Someone else changed this at the same time. Try again.':
    'Quelqu’un d’autre a modifié cela en même temps. Réessayez.',
  'A record needs a non-empty string id': 'Un enregistrement doit avoir un identifiant non vide',

  // Search query messages
  'Only the first {limit} characters were searched; the other {ignored} were ignored':
    'Seuls les {limit} premiers caractères ont été cherchés ; les {ignored} autres ont été ignorés',
  'A lone “-” was ignored: put it right before the word to exclude':
    'Un « - » isolé a été ignoré : collez-le devant le mot à exclure',
  '“{source}” names no value: ignored': '« {source} » ne donne pas de valeur : ignoré',
  '“{source}” is not something a contact can have (try has:comment): ignored':
    '« {source} » n’est pas quelque chose qu’un contact peut avoir (essayez has:comment) : ignoré',
  "“{source}” is not a month (use 1 to 12, or a month's name): ignored":
    '« {source} » n’est pas un mois (utilisez 1 à 12, ou le nom d’un mois) : ignoré',
  '“{source}” has no letters or digits: ignored':
    '« {source} » n’a ni lettres ni chiffres : ignoré',
  '“{source}”: a search for words starting with something needs at least {min} characters before the *, or it would match almost everyone':
    '« {source} » : une recherche de mots commençant par quelque chose demande au moins {min} caractères avant le *, sinon presque tout le monde correspondrait',
  'The * in “{source}” was ignored: it only works after a single word':
    'Le * de « {source} » a été ignoré : il ne fonctionne qu’après un seul mot',
  '“{source}” has no words: ignored': '« {source} » ne contient pas de mots : ignoré',
  'The closing quote was missing: read the rest as a phrase':
    'Le guillemet fermant manquait : la suite est lue comme une expression',
  'A repeated “OR” was ignored': 'Un « OR » répété a été ignoré',
  '“OR” at the start was ignored': '« OR » au début a été ignoré',
  '“OR” at the end was ignored': '« OR » à la fin a été ignoré',
  '“OR” next to an excluded term was ignored': '« OR » à côté d’un terme exclu a été ignoré',

  // Tags
  'Tags…': 'Étiquettes…',
  'Any tag': 'Toute étiquette',
  'Only you see your tags.': 'Vous seul voyez vos étiquettes.',
  'Your tags': 'Vos étiquettes',
  'No tags yet. Create one below.': 'Pas encore d’étiquette. Créez-en une ci-dessous.',
  'New tag': 'Nouvelle étiquette',
  Colour: 'Couleur',
  Create: 'Créer',
  Done: 'Terminé',
  '{count} of {total}': '{count} sur {total}',
  'Colour of {name}': 'Couleur de {name}',
  'Delete the tag {name}': 'Supprimer l’étiquette {name}',
  'Tags of {name}': 'Étiquettes de {name}',
  '{count, plural, other {Tags of # contacts}}':
    '{count, plural, other {Étiquettes de # contacts}}',
  'You already have a tag named "{name}"': 'Vous avez déjà une étiquette nommée « {name} »',
  'Delete the tag "{name}"?': 'Supprimer l’étiquette « {name} » ?',
  'It leaves every contact that has it. This cannot be undone.':
    'Elle est retirée de tous les contacts qui l’ont. C’est irréversible.',
  'Delete tag': 'Supprimer l’étiquette',
  'The tags could not be saved: {reason}':
    'Les étiquettes n’ont pas pu être enregistrées : {reason}',
  Grey: 'Gris',
  Red: 'Rouge',
  Orange: 'Orange',
  Yellow: 'Jaune',
  Green: 'Vert',
  Teal: 'Bleu-vert',
  Blue: 'Bleu',
  Indigo: 'Indigo',
  Purple: 'Violet',
  Pink: 'Rose',
  Brown: 'Marron',
};
