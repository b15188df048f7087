<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CanonicalColumn</name>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Aduana</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID operador</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Trader address</source>
        <translation>Dirección del operador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio comercial</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>País del socio</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Gross kg</source>
        <translation>Kg brutos</translation>
    </message>
    <message>
        <source>Net kg</source>
        <translation>Kg netos</translation>
    </message>
    <message>
        <source>Invoice value</source>
        <translation>Valor de factura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>FOB value</source>
        <translation>Valor FOB</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Flete</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valor en aduana</translation>
    </message>
    <message>
        <source>Duties and taxes</source>
        <translation>Derechos e impuestos</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Related party</source>
        <translation>Partes vinculadas</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspeccionado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Ingresos recuperados</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>ClearSight, the customs risk analyst&apos;s workbench.</source>
        <translation>ClearSight, el banco de trabajo del analista de riesgo aduanero.</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Abrir el espacio de trabajo ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Show the view NAME, e.g. declarations.</source>
        <translation>Mostrar la vista NOMBRE, p. ej. declarations.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Render the window to the image PNG and exit (no display needed).</source>
        <translation>Guardar la ventana en la imagen PNG y salir (sin pantalla).</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Language of the interface: fr, es or en (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: fr, es o en (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Véase --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. See --help.</source>
        <translation>Argumento inesperado: %1. Véase --help.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; choose one of: %2.</source>
        <translation>Idioma «%1» desconocido; elija uno de: %2.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed (unterminated quote); the record could not be split into fields</source>
        <translation>un campo entre comillas no está cerrado (comilla sin terminar); no se pudo dividir el registro en campos</translation>
    </message>
</context>
<context>
    <name>DeclarationTableModel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Línea de origen</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data set must have between 10,000 and 10,000,000 rows; %1 were asked for.</source>
        <translation>El conjunto de datos de demostración debe tener entre 10.000 y 10.000.000 de filas; se pidieron %1.</translation>
    </message>
    <message>
        <source>The demo year must lie between 1990 and 2099; %1 was asked for.</source>
        <translation>El año de demostración debe estar entre 1990 y 2099; se pidió %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1: %2. Choose a folder you may write to.</source>
        <translation>No se puede escribir el archivo de demostración %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Writing the demo data set was cancelled.</source>
        <translation>Se canceló la escritura del conjunto de datos de demostración.</translation>
    </message>
    <message>
        <source>Writing the demo file %1 failed: %2. Is the disk full?</source>
        <translation>Falló la escritura del archivo de demostración %1: %2. ¿Está lleno el disco?</translation>
    </message>
    <message>
        <source>The demo data definition is invalid: %1. The program was built with a broken resources/demo/catalog.json.</source>
        <translation>La definición de los datos de demostración no es válida: %1. El programa se compiló con un resources/demo/catalog.json defectuoso.</translation>
    </message>
    <message>
        <source>office %1 has an unknown mode</source>
        <translation>la aduana %1 tiene un modo desconocido</translation>
    </message>
    <message>
        <source>no office for mode %1</source>
        <translation>ninguna aduana para el modo %1</translation>
    </message>
    <message>
        <source>no freight share band for %1</source>
        <translation>ninguna banda de proporción de flete para %1</translation>
    </message>
    <message>
        <source>country %1 has unknown mode %2</source>
        <translation>el país %1 tiene un modo desconocido %2</translation>
    </message>
    <message>
        <source>country %1 uses unknown currency %2</source>
        <translation>el país %1 usa una moneda desconocida %2</translation>
    </message>
    <message>
        <source>country %1 names unknown origin %2</source>
        <translation>el país %1 cita un origen desconocido %2</translation>
    </message>
    <message>
        <source>country %1 lacks a name style, legal forms or currencies</source>
        <translation>al país %1 le falta un estilo de nombres, formas jurídicas o monedas</translation>
    </message>
    <message>
        <source>the home country is also a partner</source>
        <translation>el país declarante también es un socio comercial</translation>
    </message>
    <message>
        <source>product %1 names unknown origin %2</source>
        <translation>el producto %1 cita un origen desconocido %2</translation>
    </message>
    <message>
        <source>product %1 is incomplete</source>
        <translation>el producto %1 está incompleto</translation>
    </message>
    <message>
        <source>sector %1 names unknown product %2</source>
        <translation>el sector %1 cita un producto desconocido %2</translation>
    </message>
    <message>
        <source>sector %1 names unknown country %2</source>
        <translation>el sector %1 cita un país desconocido %2</translation>
    </message>
    <message>
        <source>sector %1 is incomplete</source>
        <translation>el sector %1 está incompleto</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>ningún %1</translation>
    </message>
    <message>
        <source>a list of name parts is empty</source>
        <translation>una lista de partes de nombres está vacía</translation>
    </message>
    <message>
        <source>the resource :/clearsight/demo/catalog.json is missing</source>
        <translation>falta el recurso :/clearsight/demo/catalog.json</translation>
    </message>
</context>
<context>
    <name>DemoWorkspaceJob</name>
    <message>
        <source>Generating demo declarations: %1 of %2 records…</source>
        <translation>Generando las declaraciones de demostración: %1 de %2 registros…</translation>
    </message>
    <message>
        <source>Importing into the workspace: %1 of %2 records…</source>
        <translation>Importando en el espacio de trabajo: %1 de %2 registros…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The demo workspace could not be built.</source>
        <translation>No se pudo crear el espacio de trabajo de demostración.</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Unreadable number</source>
        <translation>Número ilegible</translation>
    </message>
    <message>
        <source>Value zero or negative</source>
        <translation>Valor cero o negativo</translation>
    </message>
    <message>
        <source>Quantity zero or negative</source>
        <translation>Cantidad cero o negativa</translation>
    </message>
    <message>
        <source>Net weight above gross weight</source>
        <translation>Peso neto superior al peso bruto</translation>
    </message>
    <message>
        <source>Customs value below FOB value</source>
        <translation>Valor en aduana inferior al valor FOB</translation>
    </message>
    <message>
        <source>Date out of range</source>
        <translation>Fecha fuera de rango</translation>
    </message>
    <message>
        <source>Malformed HS code</source>
        <translation>Código SA mal formado</translation>
    </message>
    <message>
        <source>HS code not in HS 2022</source>
        <translation>Código SA ausente del SA 2022</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Código de país desconocido</translation>
    </message>
    <message>
        <source>Unknown currency code</source>
        <translation>Código de moneda desconocido</translation>
    </message>
    <message>
        <source>Unknown Incoterm</source>
        <translation>Incoterm desconocido</translation>
    </message>
    <message>
        <source>Outdated Incoterm (mapped to 2020)</source>
        <translation>Incoterm obsoleto (convertido a 2020)</translation>
    </message>
    <message>
        <source>Unknown transport mode</source>
        <translation>Modo de transporte desconocido</translation>
    </message>
    <message>
        <source>Unknown flow</source>
        <translation>Flujo desconocido</translation>
    </message>
    <message>
        <source>Duplicate declaration item</source>
        <translation>Partida de declaración duplicada</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: error de lectura: %2</translation>
    </message>
    <message>
        <source>%1, line 1: the header has no %2 column, so this is not a canonical declaration file. Its columns are: %3.</source>
        <translation>%1, línea 1: la cabecera no tiene columna %2, así que no es un archivo de declaraciones en formato canónico. Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 no está disponible.</translation>
    </message>
    <message>
        <source>the declaration reference is missing</source>
        <translation>falta la referencia de la declaración</translation>
    </message>
    <message>
        <source>the acceptance date is missing</source>
        <translation>falta la fecha de admisión</translation>
    </message>
    <message>
        <source>the acceptance date &quot;%1&quot; is not a valid date</source>
        <translation>la fecha de admisión «%1» no es una fecha válida</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation>Importación de %1 cancelada; no se almacenó nada.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the record has %4 fields but the header has %5 (a separator inside an unquoted value?)</source>
        <translation>%1, línea %2, columna %3: el registro tiene %4 campos pero la cabecera tiene %5 (¿un separador dentro de un valor sin comillas?)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, línea %2, columna %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1: read error after line %2: %3</source>
        <translation>%1: error de lectura después de la línea %2: %3</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1 was already imported (batch %2, %3, same content); use --force to import it again.</source>
        <translation>%1 ya se importó (lote %2, %3, mismo contenido); use --force para importarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1, line 1: no header line could be read.</source>
        <translation>%1, línea 1: no se pudo leer ninguna línea de cabecera.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a declaration file (CSV text).</source>
        <translation>%1 es un archivo binario, no un archivo de declaraciones (texto CSV).</translation>
    </message>
    <message>
        <source>%1 has a header but no records; nothing was imported.</source>
        <translation>%1 tiene cabecera pero ningún registro; no se importó nada.</translation>
    </message>
    <message>
        <source>%1: none of its %2 records could be stored, so nothing was imported. The first: %3</source>
        <translation>%1: no se pudo almacenar ninguno de sus %2 registros, así que no se importó nada. El primero: %3</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window did not finish loading its data within %1 s.</source>
        <translation>La ventana no terminó de cargar sus datos en %1 s.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>No se puede escribir la captura de pantalla %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Building the demo workspace %1…</source>
        <translation>Creando el espacio de trabajo de demostración %1…</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. Known views: %2.</source>
        <translation>Vista «%1» desconocida. Vistas disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>Declaration items</source>
        <translation>Partidas de declaración</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>declaraciones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>declarants</source>
        <translation>declarantes</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>socios comerciales</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valor en aduana</translation>
    </message>
    <message>
        <source>Duties and taxes</source>
        <translation>Derechos e impuestos</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspeccionado</translation>
    </message>
    <message>
        <source>illicit</source>
        <translation>ilícitos</translation>
    </message>
    <message>
        <source>revenue recovered</source>
        <translation>ingresos recuperados</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <source>rows with findings</source>
        <translation>filas con hallazgos</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Lotes de importación</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leídos</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>almacenados</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Error de base de datos en %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: configuración: %2</translation>
    </message>
    <message>
        <source>%1: import batches: %2</source>
        <translation>%1: lotes de importación: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation>El controlador SQLite no proporcionó ningún descriptor.</translation>
    </message>
    <message>
        <source>%1: reference tables: %2</source>
        <translation>%1: tablas de referencia: %2</translation>
    </message>
    <message>
        <source>%1: indexing declarations: %2</source>
        <translation>%1: indexación de las declaraciones: %2</translation>
    </message>
    <message>
        <source>%1: statistics: %2</source>
        <translation>%1: estadísticas: %2</translation>
    </message>
    <message>
        <source>%1: reading declarations: %2</source>
        <translation>%1: lectura de las declaraciones: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 ya existe; elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1: no se puede crear: %2</translation>
    </message>
    <message>
        <source>%1: no such workspace file.</source>
        <translation>%1: el archivo de espacio de trabajo no existe.</translation>
    </message>
    <message>
        <source>%1 is not a ClearSight workspace. Open a .clearsight file, or create a new workspace and import the file into it.</source>
        <translation>%1 no es un espacio de trabajo de ClearSight. Abra un archivo .clearsight, o cree un espacio de trabajo nuevo e importe el archivo en él.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClearSight (schema %2; this version reads up to %3). Update ClearSight to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de ClearSight (esquema %2; esta versión lee hasta el %3). Actualice ClearSight para abrirlo.</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialogs</name>
    <message>
        <source>ClearSight workspaces (*.clearsight);;All files (*)</source>
        <translation>Espacios de trabajo ClearSight (*.clearsight);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Welcome to ClearSight</source>
        <translation>Bienvenido a ClearSight</translation>
    </message>
    <message>
        <source>No workspace is open yet.</source>
        <translation>Todavía no hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>The demo workspace holds a year of invented import and export declarations (%1 declaration items) with planted anomalies: a safe place to try every view. It is built once, in %2; that takes a minute or two.</source>
        <translation>El espacio de trabajo de demostración contiene un año de declaraciones ficticias de importación y exportación (%1 partidas de declaración) con anomalías introducidas a propósito: un lugar seguro para probar cada vista. Se crea una sola vez, en %2; tarda uno o dos minutos.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de demostración</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio-de-trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open workspace.</source>
        <translation>%1 ya existe. Elija otro nombre o ábralo con Archivo &gt; Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>The demo workspace could not be built.</source>
        <translation>No se pudo crear el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.</source>
        <translation>No se puede abrir el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>About ClearSight</source>
        <translation>Acerca de ClearSight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;A workbench for customs risk analysts and AEO auditors. It imports months of import and export declarations into a local workspace and lets you explore them: filter and sort millions of declaration items, follow traders, check valuation, Incoterms and weights against their peers, and see why each item was flagged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para analistas de riesgo aduanero y auditores OEA. Importa meses de declaraciones de importación y exportación en un espacio de trabajo local y permite explorarlas: filtrar y ordenar millones de partidas de declaración, seguir a los operadores, comparar el valor, los Incoterms y los pesos con los de sus pares, y ver por qué se señaló cada partida.&lt;/p&gt;</translation>
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
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Reading declarations…</source>
        <translation>Leyendo las declaraciones…</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationFilterBar</name>
    <message>
        <source>Declaration, trader or HS code…</source>
        <translation>Declaración, operador o código SA…</translation>
    </message>
    <message>
        <source>Declarations and trader IDs starting with the text, trader names containing it, HS codes starting with it</source>
        <translation>Declaraciones e ID de operadores que empiezan por el texto, nombres de operadores que lo contienen, códigos SA que empiezan por él</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Todos los flujos</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Customs flow</source>
        <translation>Flujo aduanero</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only declarations accepted on or after this date</source>
        <translation>Solo las declaraciones admitidas en esta fecha o después</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only declarations accepted on or before this date</source>
        <translation>Solo las declaraciones admitidas en esta fecha o antes</translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation>Solo filas con hallazgos</translation>
    </message>
    <message>
        <source>Only declaration items with data-quality findings</source>
        <translation>Solo las partidas de declaración con hallazgos de calidad de datos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove all criteria</source>
        <translation>Quitar todos los criterios</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationsView</name>
    <message>
        <source>No declaration items match</source>
        <translation>Ninguna partida de declaración coincide</translation>
    </message>
    <message>
        <source>1 declaration item matches</source>
        <translation>1 partida de declaración coincide</translation>
    </message>
    <message>
        <source>%1 declaration items match</source>
        <translation>%1 partidas de declaración coinciden</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The declarations could not be read: %1</source>
        <translation>No se pudieron leer las declaraciones: %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the demo workspace, building it first if needed</source>
        <translation>Abrir el espacio de trabajo de demostración, creándolo antes si hace falta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About ClearSight</source>
        <translation>&amp;Acerca de ClearSight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
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
        <translation>Vistas</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::RecentWorkspaces</name>
    <message>
        <source>No recent workspaces</source>
        <translation>Ningún espacio de trabajo reciente</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::WelcomePage</name>
    <message>
        <source>Open a workspace to explore its declarations, or start with the demo workspace.</source>
        <translation>Abra un espacio de trabajo para explorar sus declaraciones, o empiece con el espacio de demostración.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::WorkspaceStatus</name>
    <message>
        <source>Reading the workspace…</source>
        <translation>Leyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>The workspace figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>%1 declaration items</source>
        <translation>%1 partidas de declaración</translation>
    </message>
    <message>
        <source>%1 declarations</source>
        <translation>%1 declaraciones</translation>
    </message>
    <message>
        <source>%1 traders</source>
        <translation>%1 operadores</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Sin período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Period: first and last acceptance date</source>
        <translation>Período: primera y última fecha de admisión</translation>
    </message>
    <message>
        <source>Customs value %1 %2</source>
        <translation>Valor en aduana %1 %2</translation>
    </message>
    <message>
        <source>Sum of the customs value of all declaration items</source>
        <translation>Suma del valor en aduana de todas las partidas de declaración</translation>
    </message>
</context>
<context>
    <name>clearsight::workspace</name>
</context>
</TS>
