<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CanonicalColumn</name>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID opérateur</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Trader address</source>
        <translation>Adresse de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation>Kg brut</translation>
    </message>
    <message>
        <source>Net kg</source>
        <translation>Kg net</translation>
    </message>
    <message>
        <source>Invoice value</source>
        <translation>Valeur facturée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>FOB value</source>
        <translation>Valeur FOB</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Fret</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valeur en douane</translation>
    </message>
    <message>
        <source>Duties and taxes</source>
        <translation>Droits et taxes</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Related party</source>
        <translation>Parties liées</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Contrôlé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Recettes recouvrées</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>ClearSight, the customs risk analyst&apos;s workbench.</source>
        <translation>ClearSight, le poste de travail de l&apos;analyste de risque en douane.</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Ouvrir l&apos;espace de travail FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Show the view NAME, e.g. declarations.</source>
        <translation>Afficher la vue NOM, par ex. declarations.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Render the window to the image PNG and exit (no display needed).</source>
        <translation>Enregistrer la fenêtre dans l&apos;image PNG et quitter (sans écran).</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Language of the interface: fr, es or en (default: the system&apos;s).</source>
        <translation>Langue de l&apos;interface : fr, es ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Voir --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. See --help.</source>
        <translation>Argument inattendu : %1. Voir --help.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; choose one of: %2.</source>
        <translation>Langue « %1 » inconnue ; choisissez parmi : %2.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed (unterminated quote); the record could not be split into fields</source>
        <translation>un champ entre guillemets n&apos;est pas fermé (guillemet non terminé) ; l&apos;enregistrement n&apos;a pas pu être découpé en champs</translation>
    </message>
</context>
<context>
    <name>DeclarationTableModel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Ligne source</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data set must have between 10,000 and 10,000,000 rows; %1 were asked for.</source>
        <translation>Le jeu de données de démonstration doit compter entre 10 000 et 10 000 000 de lignes ; %1 ont été demandées.</translation>
    </message>
    <message>
        <source>The demo year must lie between 1990 and 2099; %1 was asked for.</source>
        <translation>L&apos;année de démonstration doit être comprise entre 1990 et 2099 ; %1 a été demandée.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1: %2. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire le fichier de démonstration %1 : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Writing the demo data set was cancelled.</source>
        <translation>L&apos;écriture du jeu de données de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>Writing the demo file %1 failed: %2. Is the disk full?</source>
        <translation>L&apos;écriture du fichier de démonstration %1 a échoué : %2. Le disque est-il plein ?</translation>
    </message>
    <message>
        <source>The demo data definition is invalid: %1. The program was built with a broken resources/demo/catalog.json.</source>
        <translation>La définition des données de démonstration est invalide : %1. Le programme a été compilé avec un resources/demo/catalog.json défectueux.</translation>
    </message>
    <message>
        <source>office %1 has an unknown mode</source>
        <translation>le bureau %1 a un mode inconnu</translation>
    </message>
    <message>
        <source>no office for mode %1</source>
        <translation>aucun bureau pour le mode %1</translation>
    </message>
    <message>
        <source>no freight share band for %1</source>
        <translation>aucune fourchette de part du fret pour %1</translation>
    </message>
    <message>
        <source>country %1 has unknown mode %2</source>
        <translation>le pays %1 a un mode inconnu %2</translation>
    </message>
    <message>
        <source>country %1 uses unknown currency %2</source>
        <translation>le pays %1 utilise une devise inconnue %2</translation>
    </message>
    <message>
        <source>country %1 names unknown origin %2</source>
        <translation>le pays %1 cite une origine inconnue %2</translation>
    </message>
    <message>
        <source>country %1 lacks a name style, legal forms or currencies</source>
        <translation>il manque au pays %1 un style de noms, des formes juridiques ou des devises</translation>
    </message>
    <message>
        <source>the home country is also a partner</source>
        <translation>le pays déclarant est aussi un partenaire</translation>
    </message>
    <message>
        <source>product %1 names unknown origin %2</source>
        <translation>le produit %1 cite une origine inconnue %2</translation>
    </message>
    <message>
        <source>product %1 is incomplete</source>
        <translation>le produit %1 est incomplet</translation>
    </message>
    <message>
        <source>sector %1 names unknown product %2</source>
        <translation>le secteur %1 cite un produit inconnu %2</translation>
    </message>
    <message>
        <source>sector %1 names unknown country %2</source>
        <translation>le secteur %1 cite un pays inconnu %2</translation>
    </message>
    <message>
        <source>sector %1 is incomplete</source>
        <translation>le secteur %1 est incomplet</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>aucun %1</translation>
    </message>
    <message>
        <source>a list of name parts is empty</source>
        <translation>une liste d&apos;éléments de noms est vide</translation>
    </message>
    <message>
        <source>the resource :/clearsight/demo/catalog.json is missing</source>
        <translation>la ressource :/clearsight/demo/catalog.json est absente</translation>
    </message>
</context>
<context>
    <name>DemoWorkspaceJob</name>
    <message>
        <source>Generating demo declarations: %1 of %2 records…</source>
        <translation>Génération des déclarations de démonstration : %1 enregistrements sur %2…</translation>
    </message>
    <message>
        <source>Importing into the workspace: %1 of %2 records…</source>
        <translation>Import dans l&apos;espace de travail : %1 enregistrements sur %2…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The demo workspace could not be built.</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Unreadable number</source>
        <translation>Nombre illisible</translation>
    </message>
    <message>
        <source>Value zero or negative</source>
        <translation>Valeur nulle ou négative</translation>
    </message>
    <message>
        <source>Quantity zero or negative</source>
        <translation>Quantité nulle ou négative</translation>
    </message>
    <message>
        <source>Net weight above gross weight</source>
        <translation>Poids net supérieur au poids brut</translation>
    </message>
    <message>
        <source>Customs value below FOB value</source>
        <translation>Valeur en douane inférieure à la valeur FOB</translation>
    </message>
    <message>
        <source>Date out of range</source>
        <translation>Date hors limites</translation>
    </message>
    <message>
        <source>Malformed HS code</source>
        <translation>Code SH mal formé</translation>
    </message>
    <message>
        <source>HS code not in HS 2022</source>
        <translation>Code SH absent du SH 2022</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Code pays inconnu</translation>
    </message>
    <message>
        <source>Unknown currency code</source>
        <translation>Code devise inconnu</translation>
    </message>
    <message>
        <source>Unknown Incoterm</source>
        <translation>Incoterm inconnu</translation>
    </message>
    <message>
        <source>Outdated Incoterm (mapped to 2020)</source>
        <translation>Incoterm périmé (converti en 2020)</translation>
    </message>
    <message>
        <source>Unknown transport mode</source>
        <translation>Mode de transport inconnu</translation>
    </message>
    <message>
        <source>Unknown flow</source>
        <translation>Flux inconnu</translation>
    </message>
    <message>
        <source>Duplicate declaration item</source>
        <translation>Article de déclaration en double</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1 : erreur de lecture : %2</translation>
    </message>
    <message>
        <source>%1, line 1: the header has no %2 column, so this is not a canonical declaration file. Its columns are: %3.</source>
        <translation>%1, ligne 1 : l&apos;en-tête n&apos;a pas de colonne %2, ce n&apos;est donc pas un fichier de déclarations au format canonique. Ses colonnes sont : %3.</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>the declaration reference is missing</source>
        <translation>la référence de la déclaration manque</translation>
    </message>
    <message>
        <source>the acceptance date is missing</source>
        <translation>la date d&apos;acceptation manque</translation>
    </message>
    <message>
        <source>the acceptance date &quot;%1&quot; is not a valid date</source>
        <translation>la date d&apos;acceptation « %1 » n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation>Import de %1 annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the record has %4 fields but the header has %5 (a separator inside an unquoted value?)</source>
        <translation>%1, ligne %2, colonne %3 : l&apos;enregistrement a %4 champs mais l&apos;en-tête en a %5 (un séparateur dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, ligne %2, colonne %3 (%4) : %5</translation>
    </message>
    <message>
        <source>%1: read error after line %2: %3</source>
        <translation>%1 : erreur de lecture après la ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 was already imported (batch %2, %3, same content); use --force to import it again.</source>
        <translation>%1 a déjà été importé (lot %2, %3, même contenu) ; utilisez --force pour l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1, line 1: no header line could be read.</source>
        <translation>%1, ligne 1 : aucune ligne d&apos;en-tête n&apos;a pu être lue.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a declaration file (CSV text).</source>
        <translation>%1 est un fichier binaire, pas un fichier de déclarations (texte CSV).</translation>
    </message>
    <message>
        <source>%1 has a header but no records; nothing was imported.</source>
        <translation>%1 a un en-tête mais aucun enregistrement ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: none of its %2 records could be stored, so nothing was imported. The first: %3</source>
        <translation>%1 : aucun de ses %2 enregistrements n&apos;a pu être enregistré, rien n&apos;a donc été importé. Le premier : %3</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window did not finish loading its data within %1 s.</source>
        <translation>La fenêtre n&apos;a pas fini de charger ses données en %1 s.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Building the demo workspace %1…</source>
        <translation>Création de l&apos;espace de travail de démonstration %1…</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. Known views: %2.</source>
        <translation>Vue « %1 » inconnue. Vues disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>Declaration items</source>
        <translation>Articles de déclaration</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>déclarations</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>declarants</source>
        <translation>déclarants</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valeur en douane</translation>
    </message>
    <message>
        <source>Duties and taxes</source>
        <translation>Droits et taxes</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Contrôlé</translation>
    </message>
    <message>
        <source>illicit</source>
        <translation>irréguliers</translation>
    </message>
    <message>
        <source>revenue recovered</source>
        <translation>recettes recouvrées</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <source>rows with findings</source>
        <translation>lignes avec constats</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Lots d&apos;import</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lus</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1 : échec de %2 : %3</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1 : paramètres : %2</translation>
    </message>
    <message>
        <source>%1: import batches: %2</source>
        <translation>%1 : lots d&apos;import : %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur.</translation>
    </message>
    <message>
        <source>%1: reference tables: %2</source>
        <translation>%1 : tables de référence : %2</translation>
    </message>
    <message>
        <source>%1: indexing declarations: %2</source>
        <translation>%1 : indexation des déclarations : %2</translation>
    </message>
    <message>
        <source>%1: statistics: %2</source>
        <translation>%1 : statistiques : %2</translation>
    </message>
    <message>
        <source>%1: reading declarations: %2</source>
        <translation>%1 : lecture des déclarations : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 existe déjà ; choisissez un autre nom ou ouvrez-le.</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1 : création impossible : %2</translation>
    </message>
    <message>
        <source>%1: no such workspace file.</source>
        <translation>%1 : fichier d&apos;espace de travail introuvable.</translation>
    </message>
    <message>
        <source>%1 is not a ClearSight workspace. Open a .clearsight file, or create a new workspace and import the file into it.</source>
        <translation>%1 n&apos;est pas un espace de travail ClearSight. Ouvrez un fichier .clearsight, ou créez un nouvel espace de travail et importez-y le fichier.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClearSight (schema %2; this version reads up to %3). Update ClearSight to open it.</source>
        <translation>%1 a été écrit par une version plus récente de ClearSight (schéma %2 ; cette version lit jusqu&apos;au %3). Mettez ClearSight à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialogs</name>
    <message>
        <source>ClearSight workspaces (*.clearsight);;All files (*)</source>
        <translation>Espaces de travail ClearSight (*.clearsight);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Welcome to ClearSight</source>
        <translation>Bienvenue dans ClearSight</translation>
    </message>
    <message>
        <source>No workspace is open yet.</source>
        <translation>Aucun espace de travail n&apos;est encore ouvert.</translation>
    </message>
    <message>
        <source>The demo workspace holds a year of invented import and export declarations (%1 declaration items) with planted anomalies: a safe place to try every view. It is built once, in %2; that takes a minute or two.</source>
        <translation>L&apos;espace de travail de démonstration contient une année de déclarations fictives d&apos;import et d&apos;export (%1 articles de déclaration) avec des anomalies délibérées : de quoi essayer chaque vue sans risque. Il est créé une seule fois, dans %2 ; cela prend une minute ou deux.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Ouvrir l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace-de-travail</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open workspace.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>The demo workspace could not be built.</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.</source>
        <translation>L&apos;espace de travail %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>About ClearSight</source>
        <translation>À propos de ClearSight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;A workbench for customs risk analysts and AEO auditors. It imports months of import and export declarations into a local workspace and lets you explore them: filter and sort millions of declaration items, follow traders, check valuation, Incoterms and weights against their peers, and see why each item was flagged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;Un poste de travail pour les analystes de risque en douane et les auditeurs OEA. Il importe des mois de déclarations d&apos;import et d&apos;export dans un espace de travail local et permet de les explorer : filtrer et trier des millions d&apos;articles de déclaration, suivre les opérateurs, comparer la valeur, les Incoterms et les poids à ceux de leurs pairs, et voir pourquoi chaque article a été signalé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearsight</name>
</context>
<context>
    <name>clearsight::ImportRun</name>
</context>
<context>
    <name>clearsight::RowNormaliser</name>
</context>
<context>
    <name>clearsight::demo</name>
</context>
<context>
    <name>clearsight::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Reading declarations…</source>
        <translation>Lecture des déclarations…</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationFilterBar</name>
    <message>
        <source>Declaration, trader or HS code…</source>
        <translation>Déclaration, opérateur ou code SH…</translation>
    </message>
    <message>
        <source>Declarations and trader IDs starting with the text, trader names containing it, HS codes starting with it</source>
        <translation>Déclarations et ID d&apos;opérateurs commençant par le texte, noms d&apos;opérateurs le contenant, codes SH commençant par lui</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Customs flow</source>
        <translation>Flux douanier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Only declarations accepted on or after this date</source>
        <translation>Seulement les déclarations acceptées à partir de cette date</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Only declarations accepted on or before this date</source>
        <translation>Seulement les déclarations acceptées jusqu&apos;à cette date incluse</translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation>Seulement les lignes avec constats</translation>
    </message>
    <message>
        <source>Only declaration items with data-quality findings</source>
        <translation>Seulement les articles de déclaration avec des constats de qualité des données</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove all criteria</source>
        <translation>Supprimer tous les critères</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationsView</name>
    <message>
        <source>No declaration items match</source>
        <translation>Aucun article de déclaration ne correspond</translation>
    </message>
    <message>
        <source>1 declaration item matches</source>
        <translation>1 article de déclaration correspond</translation>
    </message>
    <message>
        <source>%1 declaration items match</source>
        <translation>%1 articles de déclaration correspondent</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The declarations could not be read: %1</source>
        <translation>Les déclarations n&apos;ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the demo workspace, building it first if needed</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration, en le créant d&apos;abord si nécessaire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About ClearSight</source>
        <translation>À &amp;propos de ClearSight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::NavigationPanel</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::RecentWorkspaces</name>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::WelcomePage</name>
    <message>
        <source>Open a workspace to explore its declarations, or start with the demo workspace.</source>
        <translation>Ouvrez un espace de travail pour explorer ses déclarations, ou commencez par l&apos;espace de démonstration.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::WorkspaceStatus</name>
    <message>
        <source>Reading the workspace…</source>
        <translation>Lecture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>The workspace figures could not be read: %1</source>
        <translation>Les chiffres de l&apos;espace de travail n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 declaration items</source>
        <translation>%1 articles de déclaration</translation>
    </message>
    <message>
        <source>%1 declarations</source>
        <translation>%1 déclarations</translation>
    </message>
    <message>
        <source>%1 traders</source>
        <translation>%1 opérateurs</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Aucune période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Period: first and last acceptance date</source>
        <translation>Période : première et dernière date d&apos;acceptation</translation>
    </message>
    <message>
        <source>Customs value %1 %2</source>
        <translation>Valeur en douane %1 %2</translation>
    </message>
    <message>
        <source>Sum of the customs value of all declaration items</source>
        <translation>Somme de la valeur en douane de tous les articles de déclaration</translation>
    </message>
</context>
<context>
    <name>clearsight::workspace</name>
</context>
</TS>
