<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;A workbench for customs risk analysts and AEO auditors. It imports months of import and export declarations into a local workspace and lets you explore them: filter and sort millions of declaration items, follow traders, check valuation, Incoterms and weights against their peers, and see why each item was flagged.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), used under the GNU Lesser General Public License version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;Un poste de travail pour les analystes de risque en douane et les auditeurs OEA. Il importe des mois de déclarations d&apos;import et d&apos;export dans un espace de travail local et permet de les explorer : filtrer et trier des millions d&apos;articles de déclaration, suivre les opérateurs, comparer la valeur, les Incoterms et les poids à ceux de leurs pairs, et voir pourquoi chaque article a été signalé.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sous Qt %3), utilisé selon les termes de la GNU Lesser General Public License version 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ClearSight</source>
        <translation>À propos de ClearSight</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The analysis was cancelled; the previous results are kept.</source>
        <translation>L&apos;analyse a été annulée ; les résultats précédents sont conservés.</translation>
    </message>
    <message>
        <source>Incoterm checks are off: they apply to a CIF-basis workspace, and this one values at FOB.</source>
        <translation>Les contrôles d&apos;Incoterm sont désactivés : ils s&apos;appliquent à un espace de travail en base CAF, et celui-ci évalue en FOB.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
</context>
<context>
    <name>AnalysisExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
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
    <message>
        <source>Show the view NAME, e.g. declarations, or one trader with trader:ID.</source>
        <translation>Afficher la vue NOM, par ex. declarations, ou un opérateur avec trader:ID.</translation>
    </message>
    <message>
        <source>Use a dark palette (by default the platform&apos;s is followed).</source>
        <translation>Utiliser une palette sombre (par défaut, celle de la plateforme).</translation>
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
    <name>DashboardFilter</name>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
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
        <source>%1 → %2 · %3</source>
        <comment>lane: origin → office · transport mode</comment>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>HS chapter %1</source>
        <translation>Chapitre SH %1</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Origine %1</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>Trader %1 (%2)</source>
        <translation>Opérateur %1 (%2)</translation>
    </message>
    <message>
        <source>Declarant %1</source>
        <translation>Déclarant %1</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>Circuit : %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Liaison %1</translation>
    </message>
    <message>
        <source>All declarations</source>
        <translation>Toutes les déclarations</translation>
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
    <name>FlagKind</name>
    <message>
        <source>Undervalued</source>
        <translation>Sous-évalué</translation>
    </message>
    <message>
        <source>Overvalued</source>
        <translation>Surévalué</translation>
    </message>
    <message>
        <source>Related-party value</source>
        <translation>Valeur entre parties liées</translation>
    </message>
    <message>
        <source>Weight outlier</source>
        <translation>Poids aberrant</translation>
    </message>
    <message>
        <source>Missing freight</source>
        <translation>Fret manquant</translation>
    </message>
    <message>
        <source>Double freight</source>
        <translation>Fret compté deux fois</translation>
    </message>
    <message>
        <source>Incoterm and mode mismatch</source>
        <translation>Incoterm incompatible avec le mode</translation>
    </message>
    <message>
        <source>Unusual Incoterm</source>
        <translation>Incoterm inhabituel</translation>
    </message>
    <message>
        <source>Incoterm switch with value drop</source>
        <translation>Changement d&apos;Incoterm avec baisse de valeur</translation>
    </message>
</context>
<context>
    <name>FlagReason</name>
    <message>
        <source>unit value %1 %2/%3 is %4 % below the median of %5 declarations of %6</source>
        <translation>valeur unitaire %1 %2/%3 inférieure de %4 % à la médiane de %5 déclarations de %6</translation>
    </message>
    <message>
        <source>unit value %1 %2/%3 is %4 % above the median of %5 declarations of %6</source>
        <translation>valeur unitaire %1 %2/%3 supérieure de %4 % à la médiane de %5 déclarations de %6</translation>
    </message>
    <message>
        <source>related-party unit value %1 %2/%3 is %4 % below the median of %5 arm&apos;s-length declarations of %6</source>
        <translation>valeur unitaire entre parties liées %1 %2/%3 inférieure de %4 % à la médiane de %5 déclarations de pleine concurrence de %6</translation>
    </message>
    <message>
        <source>%1 kg gross per %2 is %3 times the median of %4 declarations of %5</source>
        <translation>%1 kg brut par %2, soit %3 fois la médiane de %4 déclarations de %5</translation>
    </message>
    <message>
        <source>under %1 the customs value adds %2 % to the invoice for freight and insurance, against %3 % usual on the lane %4</source>
        <translation>en %1, la valeur en douane ajoute %2 % à la facture pour le fret et l&apos;assurance, contre %3 % habituellement sur la liaison %4</translation>
    </message>
    <message>
        <source>under %1 the invoice already pays the main carriage, yet %2 %3 freight (%4 % of the invoice) was added</source>
        <translation>en %1, la facture paie déjà le transport principal, pourtant %2 %3 de fret (%4 % de la facture) ont été ajoutés</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway transport, but the goods came by %2</source>
        <translation>%1 est une règle pour le transport maritime et fluvial, mais les marchandises sont arrivées par %2</translation>
    </message>
    <message>
        <source>switched from %1 to %2 on %3, and unit values against peers fell by %4 % at the same time</source>
        <translation>passage de %1 à %2 le %3, et les valeurs unitaires par rapport aux pairs ont baissé de %4 % en même temps</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>SH %1</translation>
    </message>
    <message>
        <source>HS %1 (all origins and quarters, adjusted to the price level of %2 in %3)</source>
        <translation>SH %1 (toutes origines et tous trimestres, ajusté au niveau de prix de %2 en %3)</translation>
    </message>
    <message>
        <source>HS %1 from %2 in %3</source>
        <translation>SH %1 de %2 en %3</translation>
    </message>
    <message>
        <source>%1 where %2 usually uses %3 (%4 % of %5 declarations); the trader did so on %6 items</source>
        <translation>%1 alors que %2 utilise d&apos;habitude %3 (%4 % de %5 déclarations) ; l&apos;opérateur l&apos;a fait sur %6 articles</translation>
    </message>
</context>
<context>
    <name>FlagReport</name>
    <message numerus="yes">
        <source>%1: %n flag(s)</source>
        <translation>
            <numerusform>%1 : %n alerte</numerusform>
            <numerusform>%1 : %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 at stake</source>
        <translation>, %1 en jeu</translation>
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
    <message>
        <source>An import profile needs a name.</source>
        <translation>Un profil d&apos;import doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in profile; choose another.</source>
        <translation>« %1 » est le nom d&apos;un profil intégré ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The import profile is invalid: %1</source>
        <translation>Le profil d&apos;import n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>There is no import profile &quot;%1&quot;. Known profiles: %2.</source>
        <translation>Il n&apos;existe pas de profil d&apos;import « %1 ». Profils connus : %2.</translation>
    </message>
    <message>
        <source>%1, line 1: the header matches no known declaration layout, so nothing was imported. Map its columns in the import wizard (and save the mapping as a profile), or name a profile with --profile. Its columns are: %2.</source>
        <translation>%1, ligne 1 : l&apos;en-tête ne correspond à aucune structure de déclaration connue, rien n&apos;a donc été importé. Associez ses colonnes dans l&apos;assistant d&apos;import (et enregistrez l&apos;association comme profil), ou désignez un profil avec --profile. Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>%1, line 1: the header has no column for %2 (profile &quot;%3&quot;), so its records cannot become declarations. Its columns are: %4.</source>
        <translation>%1, ligne 1 : l&apos;en-tête n&apos;a pas de colonne pour %2 (profil « %3 »), ses enregistrements ne peuvent donc pas devenir des déclarations. Ses colonnes sont : %4.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>colonne %1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1, ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>The workspace&apos;s national currency is now %1, the currency of this file&apos;s values.</source>
        <translation>La monnaie nationale de l&apos;espace de travail est désormais %1, la monnaie des valeurs de ce fichier.</translation>
    </message>
    <message>
        <source>This file&apos;s values are in %1 but the workspace&apos;s national currency is %2; they were stored as they are.</source>
        <translation>Les valeurs de ce fichier sont en %1 mais la monnaie nationale de l&apos;espace de travail est %2 ; elles ont été enregistrées telles quelles.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, utf-16, latin1 or windows-1252.</source>
        <translation>Encodage « %1 » inconnu ; utilisez utf-8, utf-16, latin1 ou windows-1252.</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe de l&apos;Ouest)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>| (vertical bar)</source>
        <translation>| (barre verticale)</translation>
    </message>
    <message>
        <source>@ (at sign)</source>
        <translation>@ (arobase)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>ISO (2025-03-14)</source>
        <translation>ISO (2025-03-14)</translation>
    </message>
    <message>
        <source>Day/month/year (14/03/2025)</source>
        <translation>Jour/mois/année (14/03/2025)</translation>
    </message>
    <message>
        <source>Month/day/year (03/14/2025)</source>
        <translation>Mois/jour/année (03/14/2025)</translation>
    </message>
    <message>
        <source>Day, month name, year (14-Mar-2025)</source>
        <translation>Jour, nom du mois, année (14-Mar-2025)</translation>
    </message>
    <message>
        <source>Year and month (202503)</source>
        <translation>Année et mois (202503)</translation>
    </message>
    <message>
        <source>Short year-month-day (25-03-14)</source>
        <translation>Année courte-mois-jour (25-03-14)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import ended without a result.</source>
        <translation>L&apos;import s&apos;est terminé sans résultat.</translation>
    </message>
</context>
<context>
    <name>IncotermAnalysis</name>
    <message>
        <source>Incoterm %1 · %2</source>
        <translation>Incoterm %1 · %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 → %2 by %3</source>
        <translation>%1 → %2 par %3</translation>
    </message>
    <message>
        <source>lane %1 → %2 · %3</source>
        <translation>liaison %1 → %2 · %3</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <source>clients of %1</source>
        <translation>clients de %1</translation>
    </message>
    <message>
        <source>the industry (HS chapter %1 from %2)</source>
        <translation>la branche (chapitre SH %1 en provenance de %2)</translation>
    </message>
    <message>
        <source>HS chapter %1 · %2</source>
        <translation>chapitre SH %1 · %2</translation>
    </message>
    <message>
        <source>trader %1</source>
        <translation>opérateur %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>Data quality of batch %1</source>
        <translation>Qualité des données du lot %1</translation>
    </message>
    <message>
        <source>Data quality of the whole store</source>
        <translation>Qualité des données de l&apos;ensemble de la base</translation>
    </message>
    <message>
        <source>Rows stored: %1, with findings: %2, records rejected: %3</source>
        <translation>Lignes enregistrées : %1, avec constats : %2, enregistrements rejetés : %3</translation>
    </message>
    <message>
        <source>Completeness and ranges:</source>
        <translation>Complétude et plages de valeurs :</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Rejected records:</source>
        <translation>Enregistrements rejetés :</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>p. ex.</translation>
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
    <message>
        <source>The view &apos;%1&apos; takes no argument. Known views: %2.</source>
        <translation>La vue « %1 » ne prend pas d&apos;argument. Vues disponibles : %2.</translation>
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
    <message>
        <source>%1: data quality: %2</source>
        <translation>%1 : qualité des données : %2</translation>
    </message>
    <message>
        <source>%1 has no import batch %2.</source>
        <translation>%1 n&apos;a pas de lot d&apos;import %2.</translation>
    </message>
    <message>
        <source>%1: reading a declaration: %2</source>
        <translation>%1 : lecture d&apos;une déclaration : %2</translation>
    </message>
    <message>
        <source>%1 has no declaration row %2.</source>
        <translation>%1 n&apos;a pas de ligne de déclaration %2.</translation>
    </message>
    <message>
        <source>%1: import profiles: %2</source>
        <translation>%1 : profils d&apos;import : %2</translation>
    </message>
    <message>
        <source>%1: reading declarations for the analyses: %2</source>
        <translation>%1 : lecture des déclarations pour les analyses : %2</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L&apos;analyse a été annulée.</translation>
    </message>
    <message>
        <source>%1: analysis views: %2</source>
        <translation>%1 : vues d&apos;analyse : %2</translation>
    </message>
    <message>
        <source>%1: analysis results: %2</source>
        <translation>%1 : résultats d&apos;analyse : %2</translation>
    </message>
    <message>
        <source>%1: reading a summary: %2</source>
        <translation>%1 : lecture d&apos;un résumé : %2</translation>
    </message>
    <message>
        <source>%1: reading trader names: %2</source>
        <translation>%1 : lecture des noms d&apos;opérateurs : %2</translation>
    </message>
    <message>
        <source>Summary update cancelled.</source>
        <translation>Mise à jour des résumés annulée.</translation>
    </message>
    <message>
        <source>%1: searching: %2</source>
        <translation>%1 : recherche : %2</translation>
    </message>
    <message>
        <source>%1: unknown trader &apos;%2&apos;: no declaration carries this trader ID.</source>
        <translation>%1 : opérateur « %2 » inconnu : aucune déclaration ne porte cet ID d&apos;opérateur.</translation>
    </message>
    <message>
        <source>The period %1 to %2 is not a valid period: give ISO dates (YYYY-MM-DD), the first not after the second.</source>
        <translation>La période du %1 au %2 n&apos;est pas valide : indiquez des dates ISO (AAAA-MM-JJ), la première n&apos;étant pas postérieure à la seconde.</translation>
    </message>
    <message>
        <source>%1: reading the trader profile (%2): %3</source>
        <translation>%1 : lecture du profil de l&apos;opérateur (%2) : %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 summary cells written.</source>
        <translation>%1 : %2 cellules de synthèse écrites sur %3.</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>robust z of the log unit value beyond which an item is under- or overvalued</source>
        <translation>z robuste du log de la valeur unitaire au-delà duquel un article est sous- ou surévalué</translation>
    </message>
    <message>
        <source>robust z below arm&apos;s-length unit values for a related-party item</source>
        <translation>z robuste sous les valeurs unitaires de pleine concurrence pour un article entre parties liées</translation>
    </message>
    <message>
        <source>robust z of the log gross weight per unit for a weight outlier</source>
        <translation>z robuste du log du poids brut par unité pour un poids aberrant</translation>
    </message>
    <message>
        <source>freight and insurance added below this part of the lane&apos;s usual share: missing freight</source>
        <translation>fret et assurance ajoutés en dessous de cette fraction de la part habituelle de la liaison : fret manquant</translation>
    </message>
    <message>
        <source>freight added under a C- or D-rule above this share of the invoice: double freight</source>
        <translation>fret ajouté sous une règle C ou D au-delà de cette part de la facture : fret compté deux fois</translation>
    </message>
    <message>
        <source>share of declarations that makes an Incoterm the usual one of a supplier or industry</source>
        <translation>part des déclarations qui fait d&apos;un Incoterm l&apos;Incoterm habituel d&apos;un fournisseur ou d&apos;une branche</translation>
    </message>
    <message>
        <source>fall of unit values against peers at an Incoterm switch</source>
        <translation>baisse des valeurs unitaires par rapport aux pairs lors d&apos;un changement d&apos;Incoterm</translation>
    </message>
    <message>
        <source>fewest comparable declarations for a verdict</source>
        <translation>nombre minimal de déclarations comparables pour un verdict</translation>
    </message>
</context>
<context>
    <name>TraderBehaviour</name>
    <message>
        <source>HS chapter</source>
        <translation>Chapitre SH</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Customs value rose by %1 from the first half of the period to the second.</source>
        <translation>La valeur en douane a augmenté de %1 entre la première et la seconde moitié de la période.</translation>
    </message>
    <message>
        <source>Customs value fell by %1 from the first half of the period to the second.</source>
        <translation>La valeur en douane a baissé de %1 entre la première et la seconde moitié de la période.</translation>
    </message>
    <message>
        <source>%1 mix changed by %2 between the halves; the largest move: %3 %4 points of share.</source>
        <translation>%1 : répartition modifiée de %2 entre les moitiés ; plus fort écart : %3 %4 points de part.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>HS %1: unit values against peers fell by %2 between the halves.</source>
        <translation>SH %1 : les valeurs unitaires par rapport aux pairs ont baissé de %2 entre les moitiés.</translation>
    </message>
    <message>
        <source>HS %1: median unit value at %2 of other traders&apos; median.</source>
        <translation>SH %1 : valeur unitaire médiane à %2 de la médiane des autres opérateurs.</translation>
    </message>
    <message>
        <source>Smoothed hit rate %1 against %2 for all traders.</source>
        <translation>Taux de résultats positifs lissé de %1, contre %2 pour l&apos;ensemble des opérateurs.</translation>
    </message>
</context>
<context>
    <name>TraderProfileReport</name>
    <message>
        <source>The trader has no score in the last analysis run.</source>
        <translation>L&apos;opérateur n&apos;a pas de score dans la dernière analyse.</translation>
    </message>
    <message>
        <source>The analyses have not been run on this workspace: no rank yet.</source>
        <translation>Les analyses n&apos;ont pas été lancées sur cet espace de travail : pas encore de rang.</translation>
    </message>
    <message>
        <source>Period %1 to %2 (second half from %3); active %4 to %5
</source>
        <translation>Période du %1 au %2 (seconde moitié à partir du %3) ; actif du %4 au %5
</translation>
    </message>
    <message>
        <source>Standing: rank %1 of %2 (riskier than %3 % of traders), risk score %4%5
</source>
        <translation>Rang : %1 sur %2 (plus risqué que %3 % des opérateurs), score de risque %4%5
</translation>
    </message>
    <message>
        <source> (results older than the last import)</source>
        <translation> (résultats antérieurs au dernier import)</translation>
    </message>
    <message>
        <source>Standing: %1
</source>
        <translation>Rang : %1
</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>première moitié</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>seconde moitié</translation>
    </message>
    <message>
        <source>change</source>
        <translation>var.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>déclarations</translation>
    </message>
    <message>
        <source>customs value</source>
        <translation>valeur en douane</translation>
    </message>
    <message>
        <source>duty paid</source>
        <translation>droits acquittés</translation>
    </message>
    <message>
        <source>Mix shift between the halves (0 % same mix, 100 % nothing in common):
</source>
        <translation>Écart de répartition entre les moitiés (0 % même répartition, 100 % rien en commun) :
</translation>
    </message>
    <message>
        <source>Inspections: %1, illicit %2, hit rate %3 (smoothed %4; all traders %5), revenue recovered %6
</source>
        <translation>Contrôles : %1, illicites %2, taux de résultats positifs %3 (lissé %4 ; tous opérateurs %5), recettes recouvrées %6
</translation>
    </message>
    <message>
        <source>What changed:
</source>
        <translation>Ce qui a changé :
</translation>
    </message>
    <message>
        <source>Flags: %1, revenue at stake %2
</source>
        <translation>Alertes : %1, recettes en jeu %2
</translation>
    </message>
    <message>
        <source>Mixes by half, partners, Incoterms, spellings and unit values estimated from a sample of %1 items (one in %2); totals, months and inspections exact.
</source>
        <translation>Répartitions par moitié, partenaires, Incoterms, graphies et valeurs unitaires estimés sur un échantillon de %1 articles (un sur %2) ; totaux, mois et contrôles exacts.
</translation>
    </message>
    <message>
        <source>Figures by half%1 estimated from the sample (item counts exact).
</source>
        <translation>Chiffres par moitié%1 estimés sur l&apos;échantillon (nombres d&apos;articles exacts).
</translation>
    </message>
    <message>
        <source>, totals and the months cut by the period</source>
        <translation>, totaux et mois coupés par la période</translation>
    </message>
</context>
<context>
    <name>TransportMode</name>
    <message>
        <source>Sea</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Voie navigable intérieure</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Rail</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Fixed installation</source>
        <translation>Installation fixe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Waterway</source>
        <translation>Fluvial</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
</context>
<context>
    <name>ValueScale</name>
    <message>
        <source>bn</source>
        <comment>billions</comment>
        <translation>Md</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>k</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>measure (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>:&lt;id&gt;</source>
        <translation>:&lt;id&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Opérateur</translation>
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
</context>
<context>
    <name>WorkspaceOpenJob</name>
    <message>
        <source>Opening workspace</source>
        <translation>Ouverture de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version: filling the dashboard&apos;s summary tables (%2 of %3 declaration items read)…</source>
        <translation>Mise à niveau de %1 pour cette version : remplissage des tables de synthèse du tableau de bord (%2 articles de déclaration lus sur %3)…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::AnalysisFilterBar</name>
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
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Customs office code, exactly</source>
        <translation>Code du bureau de douane, exact</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Chapitre SH</translation>
    </message>
    <message>
        <source>The first two digits of the HS code</source>
        <translation>Les deux premiers chiffres du code SH</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Country of origin, ISO alpha-2 code</source>
        <translation>Pays d&apos;origine, code ISO alpha-2</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Trader ID, exactly</source>
        <translation>ID de l&apos;opérateur, exact</translation>
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
    <name>clearsight::ui::AnalysisRunAction</name>
    <message>
        <source>Analyses finished: %1 flags on %2 declaration items, %3 traders ranked, in %4 s</source>
        <translation>Analyses terminées : %1 alertes sur %2 articles de déclaration, %3 opérateurs classés, en %4 s</translation>
    </message>
    <message>
        <source>&amp;Run analyses</source>
        <translation>&amp;Lancer les analyses</translation>
    </message>
    <message>
        <source>Run every analysis on the workspace: valuation, weight, Incoterms and the trader ranking</source>
        <translation>Lancer toutes les analyses sur l&apos;espace de travail : valeur, poids, Incoterms et classement des opérateurs</translation>
    </message>
    <message>
        <source>Running the analyses…</source>
        <translation>Analyses en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run analyses</source>
        <translation>Lancer les analyses</translation>
    </message>
    <message>
        <source>The analyses could not run: %1</source>
        <translation>Les analyses n&apos;ont pas pu être lancées : %1</translation>
    </message>
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
    <name>clearsight::ui::ChannelPanel</name>
    <message>
        <source>Hit rate (%)</source>
        <translation>Taux de résultats positifs (%)</translation>
    </message>
    <message>
        <source>Declarations by selectivity channel</source>
        <translation>Déclarations par canal de sélectivité</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ChartView</name>
    <message>
        <source>Save chart as image…</source>
        <translation>Enregistrer le graphique comme image…</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation>Impossible d&apos;écrire le graphique dans %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::CompletenessModel</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Renseignées</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The months shown</source>
        <translation>Les mois affichés</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>The first month shown</source>
        <translation>Le premier mois affiché</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The last month shown</source>
        <translation>Le dernier mois affiché</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Imports, exports or both</source>
        <translation>Importations, exportations ou les deux</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Import et export</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>The selectivity channel</source>
        <translation>Le circuit de sélectivité</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous circuits</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Customs office code</source>
        <translation>Code du bureau de douane</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Chapitre SH</translation>
    </message>
    <message>
        <source>The first two digits of the HS code</source>
        <translation>Les deux premiers chiffres du code SH</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Country of origin, ISO alpha-2 code</source>
        <translation>Pays d&apos;origine, code ISO alpha-2</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Trader ID or name</source>
        <translation>ID ou nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Declarant (broker) ID</source>
        <translation>ID du déclarant (commissionnaire)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all declarations</source>
        <translation>Afficher toutes les déclarations</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>première date</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>dernière date</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardPanel</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No declarations under this filter.</source>
        <translation>Aucune déclaration pour ce filtre.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Declarations: %1 (%2 items)</source>
        <translation>Déclarations : %1 (%2 articles)</translation>
    </message>
    <message>
        <source>Customs value: %1</source>
        <translation>Valeur en douane : %1</translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation>Droits : %1</translation>
    </message>
    <message>
        <source>Inspected: %1, illicit: %2 (hit rate %3 %)</source>
        <translation>Contrôlés : %1, illicites : %2 (taux de résultats positifs %3 %)</translation>
    </message>
    <message>
        <source>Revenue recovered: %1</source>
        <translation>Recettes recouvrées : %1</translation>
    </message>
    <message>
        <source>Flagged items: %1 (%2 %)</source>
        <translation>Articles signalés : %1 (%2 %)</translation>
    </message>
    <message>
        <source>Click to filter by it; right-click for its declarations.</source>
        <translation>Cliquer pour filtrer dessus ; clic droit pour ses déclarations.</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer sur %1</translation>
    </message>
    <message>
        <source>Show declarations</source>
        <translation>Voir les déclarations</translation>
    </message>
    <message>
        <source>Open trader</source>
        <translation>Ouvrir l&apos;opérateur</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>dashboard-%1.csv</source>
        <translation>tableau-de-bord-%1.csv</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardView</name>
    <message>
        <source>Top traders by customs value</source>
        <translation>Principaux opérateurs par valeur en douane</translation>
    </message>
    <message>
        <source>Top HS chapters by customs value</source>
        <translation>Principaux chapitres SH par valeur en douane</translation>
    </message>
    <message>
        <source>Top origins by customs value</source>
        <translation>Principales origines par valeur en douane</translation>
    </message>
    <message>
        <source>Top offices by customs value</source>
        <translation>Principaux bureaux par valeur en douane</translation>
    </message>
    <message>
        <source>Top declarants by customs value</source>
        <translation>Principaux déclarants par valeur en douane</translation>
    </message>
    <message>
        <source>Top trade lanes by customs value</source>
        <translation>Principales liaisons par valeur en douane</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationDetailsPanel</name>
    <message>
        <source>Row details</source>
        <translation>Détail de la ligne</translation>
    </message>
    <message>
        <source>Hide the row details</source>
        <translation>Masquer le détail de la ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Row details: reading…</source>
        <translation>Détail de la ligne : lecture…</translation>
    </message>
    <message>
        <source>Row details: %1</source>
        <translation>Détail de la ligne : %1</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Ligne d&apos;origine</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Other source columns (%1)</source>
        <translation>Autres colonnes d&apos;origine (%1)</translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation>La ligne n&apos;a pas pu être lue : %1</translation>
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
    <message>
        <source>Show the rows outside this scope again</source>
        <translation>Afficher de nouveau les lignes hors de ce périmètre</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Seulement : %1</translation>
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
    <message>
        <source>Row details</source>
        <translation>Détail de la ligne</translation>
    </message>
    <message>
        <source>Show the values, findings and lineage of the selected row</source>
        <translation>Afficher les valeurs, les constats et la provenance de la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FilterChips</name>
    <message>
        <source>All declarations; click a bar or a period to narrow down.</source>
        <translation>Toutes les déclarations ; cliquer sur une barre ou une période pour affiner.</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Retirer ce critère</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FindingsModel</name>
    <message>
        <source>Double-click to see these declaration items</source>
        <translation>Double-cliquez pour voir ces articles de déclaration</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FlagFilterProxy</name>
    <message>
        <source>trader %1</source>
        <translation>opérateur %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>no Incoterm</source>
        <translation>sans Incoterm</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FlagsModel</name>
    <message>
        <source>Double-click to open this declaration</source>
        <translation>Double-cliquer pour ouvrir cette déclaration</translation>
    </message>
    <message>
        <source>0-100: 50 at the analysis&apos; threshold, higher the further beyond it</source>
        <translation>0-100 : 50 au seuil de l&apos;analyse, d&apos;autant plus élevé qu&apos;on s&apos;en éloigne</translation>
    </message>
    <message>
        <source>The customs value the peer group or the lane suggests</source>
        <translation>La valeur en douane que suggère le groupe de pairs ou la liaison</translation>
    </message>
    <message>
        <source>Duties and taxes the difference would carry</source>
        <translation>Droits et taxes que porterait la différence</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerte</translation>
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
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valeur déclarée</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Recettes en jeu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FreightSharePanel</name>
    <message>
        <source>No import items with an Incoterm and values to compare.</source>
        <translation>Aucun article importé avec un Incoterm et des valeurs à comparer.</translation>
    </message>
    <message>
        <source>Added to the invoice (%)</source>
        <translation>Ajouté à la facture (%)</translation>
    </message>
    <message>
        <source>%1: %2 items
median %3 %, quartiles %4 to %5 %, 10th to 90th percentile %6 to %7 %
%8 items (%9 %) add nothing to the invoice</source>
        <translation>%1 : %2 articles
médiane %3 %, quartiles de %4 à %5 %, 10e à 90e centile de %6 à %7 %
%8 articles (%9 %) n&apos;ajoutent rien à la facture</translation>
    </message>
    <message>
        <source>%1 item %2 · %3
%4: %5 % of the invoice added</source>
        <translation>%1 article %2 · %3
%4 : %5 % de la facture ajoutés</translation>
    </message>
    <message>
        <source>E- and F-rules: freight to be added</source>
        <translation>Règles E et F : fret à ajouter</translation>
    </message>
    <message>
        <source>C- and D-rules: freight already in the price</source>
        <translation>Règles C et D : fret déjà dans le prix</translation>
    </message>
    <message>
        <source>items flagged for missing or double freight</source>
        <translation>articles signalés pour fret manquant ou compté deux fois</translation>
    </message>
    <message>
        <source>Boxes: quartiles and median; whiskers: 10th to 90th percentile.</source>
        <translation>Boîtes : quartiles et médiane ; moustaches : 10e à 90e centile.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportFilePage</name>
    <message>
        <source>Choose a declaration file</source>
        <translation>Choisir un fichier de déclarations</translation>
    </message>
    <message>
        <source>A CSV or text file with one declaration item per line and a header line. Nothing is stored until the last step.</source>
        <translation>Un fichier CSV ou texte avec un article de déclaration par ligne et une ligne d&apos;en-tête. Rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Chemin du fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>or drop a file here</source>
        <translation>ou déposez un fichier ici</translation>
    </message>
    <message>
        <source>Import declarations</source>
        <translation>Importer des déclarations</translation>
    </message>
    <message>
        <source>Declaration files (*.csv *.txt);;CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers de déclarations (*.csv *.txt);;Fichiers CSV (*.csv);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Il n&apos;y a pas de fichier à ce chemin.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file.</source>
        <translation>C&apos;est un dossier ; choisissez un fichier.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportMappingPage</name>
    <message>
        <source>Map the file&apos;s columns</source>
        <translation>Associer les colonnes du fichier</translation>
    </message>
    <message>
        <source>For each ClearSight column, choose the column of the file that holds it. The declaration reference and the date are required; columns left unmapped are kept with each row as extra source columns.</source>
        <translation>Pour chaque colonne de ClearSight, choisissez la colonne du fichier qui la contient. La référence de la déclaration et la date sont obligatoires ; les colonnes non associées sont conservées avec chaque ligne comme colonnes d&apos;origine supplémentaires.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>The mapping is saved in the workspace under this name: later files with the same columns are recognised, and the command line finds it with --profile NAME.</source>
        <translation>L&apos;association est enregistrée dans l&apos;espace de travail sous ce nom : les fichiers suivants ayant les mêmes colonnes sont reconnus, et la ligne de commande la trouve avec --profile NOM.</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>&amp;Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Give the mapping a name: it is saved in the workspace before the import.</source>
        <translation>Donnez un nom à l&apos;association : elle est enregistrée dans l&apos;espace de travail avant l&apos;import.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile; choose another.</source>
        <translation>« %1 » est le nom d&apos;un profil intégré ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose the columns holding the declaration reference and the date.</source>
        <translation>Choisissez les colonnes contenant la référence de la déclaration et la date.</translation>
    </message>
    <message>
        <source>The first records read with this mapping. Rejected records are shaded (%1 of %2; the reason is in their tooltip):</source>
        <translation>Les premiers enregistrements lus avec cette association. Les enregistrements rejetés sont grisés (%1 sur %2 ; la raison est dans leur infobulle) :</translation>
    </message>
    <message>
        <source>The first records read with this mapping:</source>
        <translation>Les premiers enregistrements lus avec cette association :</translation>
    </message>
    <message>
        <source>Saving replaces the saved profile “%1”.</source>
        <translation>L&apos;enregistrement remplace le profil enregistré « %1 ».</translation>
    </message>
    <message>
        <source>The mapping is saved as “%1” when the import starts.</source>
        <translation>L&apos;association est enregistrée sous « %1 » au début de l&apos;import.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as “%1”: later imports recognise files with these columns, and the command line finds it with --profile %1.</source>
        <translation>Enregistré sous « %1 » : les imports suivants reconnaissent les fichiers ayant ces colonnes, et la ligne de commande le trouve avec --profile %1.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportPreviewModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop the import; nothing of this file is stored</source>
        <translation>Arrêter l&apos;import ; rien de ce fichier n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Import &amp;again anyway</source>
        <translation>Importer &amp;quand même à nouveau</translation>
    </message>
    <message>
        <source>Change the &amp;settings</source>
        <translation>Modifier les &amp;réglages</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Reading and storing the records…</source>
        <translation>Lecture et enregistrement des enregistrements…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was stored…</source>
        <translation>Annulation : retrait de ce qui a été enregistré…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 records/s (estimated from the size of the first records)</source>
        <translation> · environ %1 enregistrements/s (estimation d&apos;après la taille des premiers enregistrements)</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé : %1</translation>
    </message>
    <message>
        <source>Finishing: indexes, duplicates and the commit…</source>
        <translation>Finalisation : index, doublons et validation…</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · reste environ %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back: nothing was stored.</source>
        <translation>L&apos;import a été annulé et défait : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not imported: this file was imported before.</source>
        <translation>Non importé : ce fichier a déjà été importé.</translation>
    </message>
    <message>
        <source>%1
Importing it again stores its records a second time (they are marked as duplicates).</source>
        <translation>%1
L&apos;importer à nouveau enregistre ses enregistrements une seconde fois (ils sont marqués comme doublons).</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored.</source>
        <translation>L&apos;import a échoué ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportSettingsPage</name>
    <message>
        <source>How to read the file</source>
        <translation>Comment lire le fichier</translation>
    </message>
    <message>
        <source>ClearSight has detected how the file is written. Change a setting if the preview looks wrong: it shows the first records as they will be stored.</source>
        <translation>ClearSight a détecté comment le fichier est écrit. Modifiez un réglage si l&apos;aperçu semble faux : il montre les premiers enregistrements tels qu&apos;ils seront enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Reading the first records…</source>
        <translation>Lecture des premiers enregistrements…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message>
        <source>Map columns myself</source>
        <translation>Associer les colonnes moi-même</translation>
    </message>
    <message>
        <source>none fits</source>
        <translation>aucun ne convient</translation>
    </message>
    <message>
        <source>The file has a header but no records.</source>
        <translation>Le fichier a un en-tête mais aucun enregistrement.</translation>
    </message>
    <message>
        <source>The first records as written in the file:</source>
        <translation>Les premiers enregistrements tels qu&apos;écrits dans le fichier :</translation>
    </message>
    <message>
        <source>The first records as they will be stored:</source>
        <translation>Les premiers enregistrements tels qu&apos;ils seront enregistrés :</translation>
    </message>
    <message>
        <source>The first records as they will be stored. Rejected records are shaded (%1 of %2; the reason is in their tooltip):</source>
        <translation>Les premiers enregistrements tels qu&apos;ils seront enregistrés. Les enregistrements rejetés sont grisés (%1 sur %2 ; la raison est dans leur infobulle) :</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>You map the file&apos;s columns on the next page.</source>
        <translation>Vous associez les colonnes du fichier à la page suivante.</translation>
    </message>
    <message>
        <source>No known layout fits this file: you map its columns on the next page.</source>
        <translation>Aucune structure connue ne correspond à ce fichier : vous associez ses colonnes à la page suivante.</translation>
    </message>
    <message>
        <source>The profile does not fit this file: %1</source>
        <translation>Le profil ne convient pas à ce fichier : %1</translation>
    </message>
    <message>
        <source>The file will be read with the profile “%1” (%2).</source>
        <translation>Le fichier sera lu avec le profil « %1 » (%2).</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Open the &amp;quality view of this batch</source>
        <translation>Ouvrir la vue &amp;qualité de ce lot</translation>
    </message>
    <message>
        <source>Show the &amp;rejected records</source>
        <translation>Afficher les enregistrements &amp;rejetés</translation>
    </message>
    <message>
        <source>The quality view lists the rejected records by column, with an example reason</source>
        <translation>La vue qualité liste les enregistrements rejetés par colonne, avec un exemple de raison</translation>
    </message>
    <message>
        <source>Records read:</source>
        <translation>Enregistrements lus :</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Enregistrés :</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetés :</translation>
    </message>
    <message>
        <source>Declaration items:</source>
        <translation>Articles de déclaration :</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>%1 is stored as import batch %2.</source>
        <translation>%1 est enregistré comme lot d&apos;import %2.</translation>
    </message>
    <message>
        <source>%1, separator %2</source>
        <translation>%1, séparateur %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportWizard</name>
    <message>
        <source>Import declarations</source>
        <translation>Importer des déclarations</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::IncotermMatrixModel</name>
    <message>
        <source>%1, every mode: %2 items, %3 with Incoterm flags</source>
        <translation>%1, tous modes : %2 articles, dont %3 avec des alertes Incoterm</translation>
    </message>
    <message>
        <source>No Incoterm</source>
        <translation>Sans Incoterm</translation>
    </message>
    <message>
        <source>%1 by %2: %3 items, %4 with Incoterm flags</source>
        <translation>%1 par %2 : %3 articles, dont %4 avec des alertes Incoterm</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway only: always wrong by %2.</source>
        <translation>%1 est une règle réservée au transport maritime et fluvial : toujours erronée par %2.</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway: by %2 only after a sea leg.</source>
        <translation>%1 est une règle pour le transport maritime et fluvial : par %2 seulement après un trajet maritime.</translation>
    </message>
    <message>
        <source>Click to list the flags of these items.</source>
        <translation>Cliquer pour lister les alertes de ces articles.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::IncotermTraderBox</name>
    <message>
        <source>A trader&apos;s Incoterms against its industry</source>
        <translation>Les Incoterms d&apos;un opérateur face à son secteur</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID opérateur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Type a trader ID, or select a flag, to compare the trader&apos;s Incoterms with those of its industry (same HS chapters and origins).</source>
        <translation>Saisir un ID d&apos;opérateur, ou choisir une alerte, pour comparer les Incoterms de l&apos;opérateur à ceux de son secteur (mêmes chapitres SH et origines).</translation>
    </message>
    <message>
        <source>The Incoterm usage could not be read: %1</source>
        <translation>L&apos;usage des Incoterms n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Trader %1 has no import items with an Incoterm.</source>
        <translation>L&apos;opérateur %1 n&apos;a aucun article importé avec un Incoterm.</translation>
    </message>
    <message>
        <source>%1 (items: %2)</source>
        <translation>%1 (articles : %2)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Share of items (%)</source>
        <translation>Part des articles (%)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::IncotermsView</name>
    <message>
        <source>Freight and insurance added to the invoice, per rule</source>
        <translation>Fret et assurance ajoutés à la facture, par règle</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Déclaration %1</translation>
    </message>
    <message>
        <source>Import items by Incoterm and transport mode</source>
        <translation>Articles importés par Incoterm et mode de transport</translation>
    </message>
    <message>
        <source>Incoterm flags</source>
        <translation>Alertes Incoterm</translation>
    </message>
    <message>
        <source>List every Incoterm flag again</source>
        <translation>Lister à nouveau toutes les alertes Incoterm</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the listed flags as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les alertes listées dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>incoterm-flags.csv</source>
        <translation>alertes-incoterm.csv</translation>
    </message>
    <message>
        <source>Right: items; left, in red: items with Incoterm flags. Click a cell to list its flags.</source>
        <translation>À droite : articles ; à gauche, en rouge : articles avec des alertes Incoterm. Cliquer sur une case pour lister ses alertes.</translation>
    </message>
    <message>
        <source>sea-only rule by air or post: always wrong</source>
        <translation>règle maritime par air ou par la poste : toujours erronée</translation>
    </message>
    <message>
        <source>by road or rail: only after a sea leg</source>
        <translation>par route ou rail : seulement après un trajet maritime</translation>
    </message>
    <message>
        <source>Import items: %1, of which %2 with Incoterm flags. Incoterm flags: %3.</source>
        <translation>Articles importés : %1, dont %2 avec des alertes Incoterm. Alertes Incoterm : %3.</translation>
    </message>
    <message>
        <source>The Incoterm analysis could not be read: %1</source>
        <translation>L&apos;analyse des Incoterms n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No Incoterm flags.</source>
        <translation>Aucune alerte Incoterm.</translation>
    </message>
    <message>
        <source>Flags: %1, highest score first</source>
        <translation>Alertes : %1, score le plus élevé d&apos;abord</translation>
    </message>
    <message>
        <source>Only %1. Flags: %2</source>
        <translation>Seulement %1. Alertes : %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::KpiTiles</name>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
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
        <source>Inspections</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de résultats positifs</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Recettes recouvrées</translation>
    </message>
    <message>
        <source>Flagged share</source>
        <translation>Part signalée</translation>
    </message>
    <message>
        <source>Distinct declarations under the filter</source>
        <translation>Déclarations distinctes sous le filtre</translation>
    </message>
    <message>
        <source>Sum of the customs value of the items</source>
        <translation>Somme de la valeur en douane des articles</translation>
    </message>
    <message>
        <source>Import duties and taxes assessed at clearance</source>
        <translation>Droits et taxes à l&apos;importation liquidés au dédouanement</translation>
    </message>
    <message>
        <source>Items with a documentary or physical control with a recorded result</source>
        <translation>Articles ayant fait l&apos;objet d&apos;un contrôle documentaire ou physique avec résultat enregistré</translation>
    </message>
    <message>
        <source>Share of inspected items found illicit</source>
        <translation>Part des articles contrôlés jugés illicites</translation>
    </message>
    <message>
        <source>Extra duties and penalties assessed after inspection</source>
        <translation>Droits supplémentaires et pénalités liquidés après contrôle</translation>
    </message>
    <message>
        <source>Share of items with at least one analysis flag</source>
        <translation>Part des articles portant au moins une alerte d&apos;analyse</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1 of the value</source>
        <translation>%1 de la valeur</translation>
    </message>
    <message>
        <source>%1 of the items</source>
        <translation>%1 des articles</translation>
    </message>
    <message>
        <source>%1 illicit</source>
        <translation>%1 illicites</translation>
    </message>
    <message>
        <source>No inspections</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <source>%1 flagged items</source>
        <translation>%1 articles signalés</translation>
    </message>
    <message>
        <source>Show declarations</source>
        <translation>Voir les déclarations</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::LineageBox</name>
    <message>
        <source>Lineage</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <source>Whole store: one import batch</source>
        <translation>Toute la base : un lot d&apos;import</translation>
    </message>
    <message>
        <source>Whole store: %1 import batches</source>
        <translation>Toute la base : %1 lots d&apos;import</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 read, %2 stored, %3 rejected; %4 declaration items, %5 findings</source>
        <translation>%1 lus, %2 enregistrés, %3 rejetés ; %4 articles de déclaration, %5 constats</translation>
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
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Import declarations…</source>
        <translation>&amp;Importer des déclarations…</translation>
    </message>
    <message>
        <source>Import a declaration file into the open workspace</source>
        <translation>Importer un fichier de déclarations dans l&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>Import declarations</source>
        <translation>Importer des déclarations</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop the file again to import it.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail, puis déposez de nouveau le fichier pour l&apos;importer.</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Déclaration %1</translation>
    </message>
    <message>
        <source>No view is open. Choose one in the list on the left, or search the workspace with %1.</source>
        <translation>Aucune vue n&apos;est ouverte. Choisissez-en une dans la liste à gauche, ou cherchez dans l&apos;espace de travail avec %1.</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>This view has no list to export.</source>
        <translation>Cette vue n&apos;a pas de liste à exporter.</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>Save what the current view lists as a CSV file</source>
        <translation>Enregistrer la liste de la vue courante dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Close the current view</source>
        <translation>Fermer la vue courante</translation>
    </message>
    <message>
        <source>Quit ClearSight</source>
        <translation>Quitter ClearSight</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <source>Go back to the previous view and its filters</source>
        <translation>Revenir à la vue précédente et à ses filtres</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Show the tab on the right</source>
        <translation>Afficher l&apos;onglet de droite</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Show the tab on the left</source>
        <translation>Afficher l&apos;onglet de gauche</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <source>Find a trader, a declaration or an HS code</source>
        <translation>Trouver un opérateur, une déclaration ou un code SH</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read how to use ClearSight</source>
        <translation>Lire comment utiliser ClearSight</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>Lister les touches de chaque commande</translation>
    </message>
    <message>
        <source>Version, licence and purpose of ClearSight</source>
        <translation>Version, licence et objet de ClearSight</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>Avancer à %1</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>%1 finds in the current view when it has a search of its own (the declarations&apos; filter), and goes to the search box everywhere else.</source>
        <translation>%1 cherche dans la vue courante si elle a sa propre recherche (le filtre des déclarations), et mène au champ de recherche partout ailleurs.</translation>
    </message>
    <message>
        <source>The back and forward buttons of a mouse go back and forward as well.</source>
        <translation>Les boutons précédent et suivant de la souris permettent aussi de reculer et d&apos;avancer.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::MappingEditor</name>
    <message>
        <source>ClearSight column</source>
        <translation>Colonne ClearSight</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Comment la lire</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation>Virgule décimale (1.234,5)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Telle quelle</translation>
    </message>
    <message>
        <source>“%1” → rejected: %2</source>
        <translation>« %1 » → rejeté : %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“%1” → %2</source>
        <translation>« %1 » → %2</translation>
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
    <name>clearsight::ui::NumberDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::PeerGroupPanel</name>
    <message>
        <source>Select a flag to see the unit values of its peer group.</source>
        <translation>Choisir une alerte pour voir les valeurs unitaires de son groupe de pairs.</translation>
    </message>
    <message>
        <source>HS %1, every origin and quarter (fewer than %2 items from %3 in %4; prices not adjusted for origin and period as the analysis does)</source>
        <translation>SH %1, toutes origines et tous trimestres (moins de %2 articles de %3 en %4 ; prix non ajustés à l&apos;origine et à la période, contrairement à l&apos;analyse)</translation>
    </message>
    <message>
        <source>this origin</source>
        <translation>cette origine</translation>
    </message>
    <message>
        <source>HS %1 from %2 in %3</source>
        <translation>SH %1 de %2 en %3</translation>
    </message>
    <message>
        <source>%1. Items: %2, unit values per %3.</source>
        <translation>%1. Articles : %2, valeurs unitaires par %3.</translation>
    </message>
    <message>
        <source>Median %1 %2; normal band %3 to %4 (median ± %5 scaled MADs of the log unit values).</source>
        <translation>Médiane %1 %2 ; bande normale de %3 à %4 (médiane ± %5 MAD normalisées des log des valeurs unitaires).</translation>
    </message>
    <message>
        <source>Too few items for a verdict.</source>
        <translation>Trop peu d&apos;articles pour conclure.</translation>
    </message>
    <message>
        <source>This item has no unit value to compare.</source>
        <translation>Cet article n&apos;a pas de valeur unitaire à comparer.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Flagged for valuation</source>
        <translation>Alerte de valeur</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Customs value per %1 (logarithmic scale)</source>
        <translation>Valeur en douane par %1 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Customs value per %1 in %2 (logarithmic scale)</source>
        <translation>Valeur en douane par %1 en %2 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Normal band</source>
        <translation>Bande normale</translation>
    </message>
    <message>
        <source>%1 item %2 · %3 · %4
%5 %6 per %7</source>
        <translation>%1 article %2 · %3 · %4
%5 %6 par %7</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::PercentBarDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::QualityView</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Double-click a finding to see the declaration items that carry it.</source>
        <translation>Double-cliquez sur un constat pour voir les articles de déclaration qui le portent.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <source>Completeness and ranges</source>
        <translation>Complétude et plages de valeurs</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Toute la base</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 with findings, %3 records rejected</source>
        <translation>%1 lignes enregistrées, %2 avec constats, %3 enregistrements rejetés</translation>
    </message>
    <message>
        <source>Batch %1: %2, %3</source>
        <translation>Lot %1 : %2, %3</translation>
    </message>
    <message>
        <source>The data quality could not be read: %1</source>
        <translation>La qualité des données n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 in batch %2</source>
        <translation>%1 dans le lot %2</translation>
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
    <name>clearsight::ui::RejectsModel</name>
    <message>
        <source>(whole record)</source>
        <translation>(enregistrement entier)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Example reason</source>
        <translation>Exemple de raison</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::SearchBox</name>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Search traders, declarations, HS codes…</source>
        <translation>Chercher opérateurs, déclarations, codes SH…</translation>
    </message>
    <message>
        <source>Trader ID or part of a name, declaration reference, HS code</source>
        <translation>ID ou partie du nom d&apos;un opérateur, référence de déclaration, code SH</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>Chercher dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No trader, declaration or HS code matches “%1”</source>
        <translation>Aucun opérateur, déclaration ou code SH ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Codes SH</translation>
    </message>
    <message>
        <source>%1 (no item in this workspace)</source>
        <translation>%1 (aucun article dans cet espace de travail)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::StaleNotice</name>
    <message>
        <source>Run analyses</source>
        <translation>Lancer les analyses</translation>
    </message>
    <message>
        <source>Run every analysis on the workspace now (Ctrl+R)</source>
        <translation>Lancer maintenant toutes les analyses sur l&apos;espace de travail (Ctrl+R)</translation>
    </message>
    <message>
        <source>No analysis has been run on this workspace yet: run the analyses to see flags and rankings.</source>
        <translation>Aucune analyse n&apos;a encore été lancée sur cet espace de travail : lancez les analyses pour voir les alertes et les classements.</translation>
    </message>
    <message>
        <source>The results are stale: declarations were imported or thresholds changed after the last analysis run. Run the analyses to update them.</source>
        <translation>Les résultats sont périmés : des déclarations ont été importées ou des seuils modifiés depuis la dernière analyse. Relancez les analyses pour les mettre à jour.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::SummaryTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID opérateur</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Chapitre SH</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
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
        <source>Lane</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valeur en douane</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Contrôlés</translation>
    </message>
    <message>
        <source>Illicit</source>
        <translation>Illicites</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de résultats positifs</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Recettes recouvrées</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Articles signalés</translation>
    </message>
    <message>
        <source>Flagged share</source>
        <translation>Part signalée</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Recettes en jeu</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TimePanel</name>
    <message>
        <source>The figure the columns show</source>
        <translation>Le chiffre que montrent les colonnes</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
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
        <source>Revenue recovered</source>
        <translation>Recettes recouvrées</translation>
    </message>
    <message>
        <source>The length of the periods</source>
        <translation>La durée des périodes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Automatic (by day)</source>
        <translation>Automatique (par jour)</translation>
    </message>
    <message>
        <source>Automatic (by week)</source>
        <translation>Automatique (par semaine)</translation>
    </message>
    <message>
        <source>Automatic (by month)</source>
        <translation>Automatique (par mois)</translation>
    </message>
    <message>
        <source>No declarations in this period under this filter.</source>
        <translation>Aucune déclaration sur cette période pour ce filtre.</translation>
    </message>
    <message>
        <source>Flagged share (%)</source>
        <translation>Part signalée (%)</translation>
    </message>
    <message>
        <source>Flagged %</source>
        <translation>% signalé</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>1st half %1 – %2, 2nd half %3 – %4</source>
        <translation>1re moitié %1 – %2, 2e moitié %3 – %4</translation>
    </message>
    <message>
        <source>No marked change between the halves.</source>
        <translation>Aucun changement marqué entre les moitiés.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Mix shift between the halves: %1</source>
        <translation>Écart de répartition entre les moitiés : %1</translation>
    </message>
    <message>
        <source>Total variation distance between the shares of the two halves: 0 % for the same mix, 100 % when they have nothing in common</source>
        <translation>Distance de variation totale entre les parts des deux moitiés : 0 % pour une même répartition, 100 % si elles n&apos;ont rien en commun</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderDetailTabs</name>
    <message>
        <source>HS chapters</source>
        <translation>Chapitres SH</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Declarants</source>
        <translation>Déclarants</translation>
    </message>
    <message>
        <source>The trader&apos;s median unit value per HS6 as a share of other traders&apos; median (100 % = the same), over the period and in each half. Double-click a row to list the items.</source>
        <translation>Valeur unitaire médiane de l&apos;opérateur par SH6, en part de la médiane des autres opérateurs (100 % = identique), sur la période et sur chaque moitié. Double-cliquer sur une ligne pour lister les articles.</translation>
    </message>
    <message>
        <source>Trader %1, HS %2</source>
        <translation>Opérateur %1, SH %2</translation>
    </message>
    <message>
        <source>Unit values vs peers</source>
        <translation>Valeurs unitaires / pairs</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Déclaration %1</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Filter: declaration reference or HS code…</source>
        <translation>Filtre : référence de déclaration ou code SH…</translation>
    </message>
    <message>
        <source>Open in the declarations view</source>
        <translation>Ouvrir dans la vue Déclarations</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>Trader %1, %2 %3</source>
        <translation>Opérateur %1, %2 %3</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>Mixes by half and unit values: estimates from a sample of %1 items</source>
        <translation>Répartitions par moitié et valeurs unitaires : estimations sur un échantillon de %1 articles</translation>
    </message>
    <message>
        <source>The trader has too many items to read them all at once: one row in %1 is read. Exact: item counts, flags, inspections, and each HS chapter&apos;s, origin&apos;s and declarant&apos;s total. Scaled from the sample: how those split between the halves, the partners, the Incoterms and the unit values.</source>
        <translation>L&apos;opérateur a trop d&apos;articles pour les lire tous d&apos;un coup : une ligne sur %1 est lue. Exacts : le nombre d&apos;articles, les alertes, les contrôles et le total de chaque chapitre SH, origine et déclarant. Extrapolés à partir de l&apos;échantillon : leur répartition entre les moitiés, les partenaires, les Incoterms et les valeurs unitaires.</translation>
    </message>
    <message>
        <source>The trader has too many items to read them all at once: one row in %1 is read. Exact: item counts, flags and inspections. Scaled from the sample: the mixes and the unit values.</source>
        <translation>L&apos;opérateur a trop d&apos;articles pour les lire tous d&apos;un coup : une ligne sur %1 est lue. Exacts : le nombre d&apos;articles, les alertes et les contrôles. Extrapolés à partir de l&apos;échantillon : les répartitions et les valeurs unitaires.</translation>
    </message>
    <message>
        <source>The period cuts months with too many items to read: the totals, those months and the halves are estimates too, their item counts excepted.</source>
        <translation>La période coupe des mois qui ont trop d&apos;articles à lire : les totaux, ces mois et les moitiés sont eux aussi des estimations, sauf le nombre d&apos;articles.</translation>
    </message>
    <message>
        <source>The halves split a month with too many items to read: the halves&apos; figures are estimates too, their item counts excepted.</source>
        <translation>Les moitiés coupent un mois qui a trop d&apos;articles à lire : les chiffres des moitiés sont eux aussi des estimations, sauf le nombre d&apos;articles.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderFlagsPanel</name>
    <message>
        <source>Select a trader to see the flags behind its score.</source>
        <translation>Choisir un opérateur pour voir les alertes derrière son score.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · rank %3 · risk score %4 · %5 declarations · %6 flags on %7 items · %8 at stake · %9 inspected, %10 illicit</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · rang %3 · score de risque %4 · %5 déclarations · %6 alertes sur %7 articles · %8 en jeu · %9 contrôlés, %10 illicites</translation>
    </message>
    <message>
        <source>The trader&apos;s flags could not be read: %1</source>
        <translation>Les alertes de l&apos;opérateur n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No flags on this trader&apos;s items.</source>
        <translation>Aucune alerte sur les articles de cet opérateur.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Flags by kind: click a bar to list only that kind, again to list them all</source>
        <translation>Alertes par type : cliquer sur une barre pour ne lister que ce type, à nouveau pour toutes les lister</translation>
    </message>
    <message>
        <source>%1. Flags: %2, highest score first</source>
        <translation>%1. Alertes : %2, score le plus élevé d&apos;abord</translation>
    </message>
    <message>
        <source>Flags: %1, highest score first</source>
        <translation>Alertes : %1, score le plus élevé d&apos;abord</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderHeader</name>
    <message>
        <source>%1 in the 2nd half</source>
        <translation>%1 sur la 2e moitié</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
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
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Recettes recouvrées</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exportations</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importations</translation>
    </message>
    <message>
        <source>active %1 – %2</source>
        <translation>actif %1 – %2</translation>
    </message>
    <message>
        <source>Also declared as: %1</source>
        <translation>Déclaré aussi sous : %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 by risk, riskier than %3 % of traders · risk score %4</source>
        <translation>Rang %1 sur %2 par risque, plus risqué que %3 % des opérateurs · score de risque %4</translation>
    </message>
    <message>
        <source> · top reasons: %1</source>
        <translation> · principaux motifs : %1</translation>
    </message>
    <message>
        <source> (results older than the data)</source>
        <translation> (résultats antérieurs aux données)</translation>
    </message>
    <message>
        <source>Not ranked: the trader has no score in the last analysis run.</source>
        <translation>Non classé : l&apos;opérateur n&apos;a pas de score dans la dernière analyse.</translation>
    </message>
    <message>
        <source>Not ranked yet: the analyses have not been run on this workspace.</source>
        <translation>Pas encore classé : les analyses n&apos;ont pas été lancées sur cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 at stake</source>
        <translation>%1 en jeu</translation>
    </message>
    <message>
        <source>%1 inspected</source>
        <translation>%1 contrôlés</translation>
    </message>
    <message>
        <source>%1 in the 2nd half (estimate)</source>
        <translation>%1 sur la 2e moitié (estimation)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderInspectionsPanel</name>
    <message>
        <source>Inspections</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Inspected items:</source>
        <translation>Articles contrôlés :</translation>
    </message>
    <message>
        <source>Illicit:</source>
        <translation>Illicites :</translation>
    </message>
    <message>
        <source>Hit rate:</source>
        <translation>Taux de résultats positifs :</translation>
    </message>
    <message>
        <source>Smoothed hit rate:</source>
        <translation>Taux lissé :</translation>
    </message>
    <message>
        <source>All traders:</source>
        <translation>Tous les opérateurs :</translation>
    </message>
    <message>
        <source>Revenue recovered:</source>
        <translation>Recettes recouvrées :</translation>
    </message>
    <message>
        <source>Illicit finds over inspections, pulled toward every trader&apos;s rate while the trader has few inspections (as if it had ten more at the population&apos;s rate)</source>
        <translation>Constats illicites rapportés aux contrôles, ramenés vers le taux de l&apos;ensemble des opérateurs tant que l&apos;opérateur a peu de contrôles (comme s&apos;il en avait dix de plus au taux de la population)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— (no inspection)</source>
        <translation>— (aucun contrôle)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 inspected items)</source>
        <translation>%1 (%2 sur %3 articles contrôlés)</translation>
    </message>
    <message>
        <source>— (no inspection recorded)</source>
        <translation>— (aucun contrôle enregistré)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderMixModel</name>
    <message>
        <source>One of the biggest shifts between the halves</source>
        <translation>L&apos;un des plus forts écarts entre les moitiés</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Items, 1st half</source>
        <translation>Articles, 1re moitié</translation>
    </message>
    <message>
        <source>Items, 2nd half</source>
        <translation>Articles, 2e moitié</translation>
    </message>
    <message>
        <source>Value, 1st half</source>
        <translation>Valeur, 1re moitié</translation>
    </message>
    <message>
        <source>Value, 2nd half</source>
        <translation>Valeur, 2e moitié</translation>
    </message>
    <message>
        <source>Share, 1st half</source>
        <translation>Part, 1re moitié</translation>
    </message>
    <message>
        <source>Share, 2nd half</source>
        <translation>Part, 2e moitié</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderScoreModel</name>
    <message>
        <source>%1: 1 flag</source>
        <translation>%1 : 1 alerte</translation>
    </message>
    <message>
        <source>%1: %2 flags</source>
        <translation>%1 : %2 alertes</translation>
    </message>
    <message>
        <source>, %1 at stake</source>
        <translation>, %1 en jeu</translation>
    </message>
    <message>
        <source>%1 inspected, %2 illicit; smoothed toward the rate of all traders</source>
        <translation>%1 contrôlés, %2 illicites ; lissé vers le taux de l&apos;ensemble des opérateurs</translation>
    </message>
    <message>
        <source>Double-click to see this trader&apos;s declarations</source>
        <translation>Double-cliquer pour voir les déclarations de cet opérateur</translation>
    </message>
    <message>
        <source>0-100: how much more often than others the trader&apos;s items are flagged and its inspections hit, with the revenue at stake</source>
        <translation>0-100 : à quel point les articles de l&apos;opérateur sont plus souvent signalés et ses contrôles plus souvent positifs que ceux des autres, avec les recettes en jeu</translation>
    </message>
    <message>
        <source>Illicit outcomes among the trader&apos;s inspected items</source>
        <translation>Résultats illicites parmi les articles contrôlés de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID opérateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Articles signalés</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Recettes en jeu</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de résultats positifs</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Principaux motifs</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderSearchBox</name>
    <message>
        <source>Open a trader: ID or start of its name…</source>
        <translation>Ouvrir un opérateur : ID ou début du nom…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n article)</numerusform>
            <numerusform>%1 — %2 (%n articles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderUnitValueModel</name>
    <message numerus="yes">
        <source>Median of a sample of %n item(s) of other traders, same HS6, flow and unit, in the period</source>
        <translation>
            <numerusform>Médiane d&apos;un échantillon de %n article d&apos;autres opérateurs, même SH6, flux et unité, sur la période</numerusform>
            <numerusform>Médiane d&apos;un échantillon de %n articles d&apos;autres opérateurs, même SH6, flux et unité, sur la période</numerusform>
        </translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>SH6</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valeur en douane</translation>
    </message>
    <message>
        <source>Median unit value</source>
        <translation>Valeur unitaire médiane</translation>
    </message>
    <message>
        <source>Peers&apos; median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <source>Against peers</source>
        <translation>Par rapport aux pairs</translation>
    </message>
    <message>
        <source>1st half</source>
        <translation>1re moitié</translation>
    </message>
    <message>
        <source>2nd half</source>
        <translation>2e moitié</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Peer sample</source>
        <translation>Échantillon de pairs</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderValueDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderView</name>
    <message>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>The trader&apos;s whole active period</source>
        <translation>Toute la période d&apos;activité de l&apos;opérateur</translation>
    </message>
    <message>
        <source>All declarations of this trader</source>
        <translation>Toutes ses déclarations</translation>
    </message>
    <message>
        <source>Type a trader&apos;s ID or the start of its name above to open its profile: activity, changes in behaviour, flags, inspections and standing among peers.</source>
        <translation>Saisissez ci-dessus l&apos;ID d&apos;un opérateur ou le début de son nom pour ouvrir son profil : activité, changements de comportement, alertes, contrôles et rang parmi ses pairs.</translation>
    </message>
    <message>
        <source>Customs value and items month by month; click a month to list its declarations</source>
        <translation>Valeur en douane et articles mois par mois ; cliquer sur un mois pour lister ses déclarations</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>The trader&apos;s profile could not be read: %1</source>
        <translation>Le profil de l&apos;opérateur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No declarations in the period.</source>
        <translation>Aucune déclaration sur la période.</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valeur en douane</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>Customs value, 1st half</source>
        <translation>Valeur en douane, 1re moitié</translation>
    </message>
    <message>
        <source>Customs value, 2nd half</source>
        <translation>Valeur en douane, 2e moitié</translation>
    </message>
    <message>
        <source>Trader %1 in %2</source>
        <translation>Opérateur %1 en %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TradersView</name>
    <message>
        <source>Find a trader by ID or name…</source>
        <translation>Chercher un opérateur par ID ou nom…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the listed traders as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les opérateurs listés dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Flags behind the selected trader&apos;s score</source>
        <translation>Alertes derrière le score de l&apos;opérateur choisi</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Déclaration %1</translation>
    </message>
    <message>
        <source>trader-ranking.csv</source>
        <translation>classement-operateurs.csv</translation>
    </message>
    <message>
        <source>Traders ranked: %1, riskiest first</source>
        <translation>Opérateurs classés : %1, les plus risqués d&apos;abord</translation>
    </message>
    <message>
        <source>No trader has been ranked yet.</source>
        <translation>Aucun opérateur n&apos;a encore été classé.</translation>
    </message>
    <message>
        <source>The trader ranking could not be read: %1</source>
        <translation>Le classement des opérateurs n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::UserGuideDialog</name>
    <message>
        <source>ClearSight user guide</source>
        <translation>Guide de l&apos;utilisateur de ClearSight</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ValuationView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the listed flags as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les alertes listées dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Peer group of the selected item</source>
        <translation>Groupe de pairs de l&apos;article choisi</translation>
    </message>
    <message>
        <source>valuation-flags.csv</source>
        <translation>alertes-valeur.csv</translation>
    </message>
    <message>
        <source>Valuation flags: %1, highest score first. Revenue at stake: %2 %3.</source>
        <translation>Alertes de valeur : %1, score le plus élevé d&apos;abord. Recettes en jeu : %2 %3.</translation>
    </message>
    <message>
        <source>No valuation flags to show.</source>
        <translation>Aucune alerte de valeur à afficher.</translation>
    </message>
    <message>
        <source>The peer group could not be read: %1</source>
        <translation>Le groupe de pairs n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The valuation flags could not be read: %1</source>
        <translation>Les alertes de valeur n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Déclaration %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ViewTabs</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A tab showing one thing of a kind: &quot;Trader TR300&quot;</extracomment>
        <translation>%1 %2</translation>
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
</TS>
