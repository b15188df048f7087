<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;A workbench for customs risk analysts and AEO auditors. It imports months of import and export declarations into a local workspace and lets you explore them: filter and sort millions of declaration items, follow traders, check valuation, Incoterms and weights against their peers, and see why each item was flagged.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), used under the GNU Lesser General Public License version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClearSight %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para analistas de riesgo aduanero y auditores OEA. Importa meses de declaraciones de importación y exportación en un espacio de trabajo local y permite explorarlas: filtrar y ordenar millones de partidas de declaración, seguir a los operadores, comparar el valor, los Incoterms y los pesos con los de sus pares, y ver por qué se señaló cada partida.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (en ejecución con Qt %3), usado según la GNU Lesser General Public License versión 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ClearSight</source>
        <translation>Acerca de ClearSight</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The analysis was cancelled; the previous results are kept.</source>
        <translation>Se canceló el análisis; se conservan los resultados anteriores.</translation>
    </message>
    <message>
        <source>Incoterm checks are off: they apply to a CIF-basis workspace, and this one values at FOB.</source>
        <translation>Los controles de Incoterm están desactivados: se aplican a un espacio de trabajo con base CIF, y este valora en FOB.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>AnalysisExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
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
    <message>
        <source>Show the view NAME, e.g. declarations, or one trader with trader:ID.</source>
        <translation>Mostrar la vista NOMBRE, p. ej. declarations, o un operador con trader:ID.</translation>
    </message>
    <message>
        <source>Use a dark palette (by default the platform&apos;s is followed).</source>
        <translation>Usar una paleta oscura (por defecto, la de la plataforma).</translation>
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
    <name>DashboardFilter</name>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
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
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Aduana %1</translation>
    </message>
    <message>
        <source>HS chapter %1</source>
        <translation>Capítulo SA %1</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Origen %1</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>Trader %1 (%2)</source>
        <translation>Operador %1 (%2)</translation>
    </message>
    <message>
        <source>Declarant %1</source>
        <translation>Declarante %1</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <source>All declarations</source>
        <translation>Todas las declaraciones</translation>
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
    <name>FlagKind</name>
    <message>
        <source>Undervalued</source>
        <translation>Infravalorado</translation>
    </message>
    <message>
        <source>Overvalued</source>
        <translation>Sobrevalorado</translation>
    </message>
    <message>
        <source>Related-party value</source>
        <translation>Valor entre partes vinculadas</translation>
    </message>
    <message>
        <source>Weight outlier</source>
        <translation>Peso atípico</translation>
    </message>
    <message>
        <source>Missing freight</source>
        <translation>Flete ausente</translation>
    </message>
    <message>
        <source>Double freight</source>
        <translation>Flete duplicado</translation>
    </message>
    <message>
        <source>Incoterm and mode mismatch</source>
        <translation>Incoterm incompatible con el modo</translation>
    </message>
    <message>
        <source>Unusual Incoterm</source>
        <translation>Incoterm inusual</translation>
    </message>
    <message>
        <source>Incoterm switch with value drop</source>
        <translation>Cambio de Incoterm con caída de valor</translation>
    </message>
</context>
<context>
    <name>FlagReason</name>
    <message>
        <source>unit value %1 %2/%3 is %4 % below the median of %5 declarations of %6</source>
        <translation>valor unitario %1 %2/%3 un %4 % por debajo de la mediana de %5 declaraciones de %6</translation>
    </message>
    <message>
        <source>unit value %1 %2/%3 is %4 % above the median of %5 declarations of %6</source>
        <translation>valor unitario %1 %2/%3 un %4 % por encima de la mediana de %5 declaraciones de %6</translation>
    </message>
    <message>
        <source>related-party unit value %1 %2/%3 is %4 % below the median of %5 arm&apos;s-length declarations of %6</source>
        <translation>valor unitario entre partes vinculadas %1 %2/%3 un %4 % por debajo de la mediana de %5 declaraciones en condiciones de plena competencia de %6</translation>
    </message>
    <message>
        <source>%1 kg gross per %2 is %3 times the median of %4 declarations of %5</source>
        <translation>%1 kg brutos por %2, %3 veces la mediana de %4 declaraciones de %5</translation>
    </message>
    <message>
        <source>under %1 the customs value adds %2 % to the invoice for freight and insurance, against %3 % usual on the lane %4</source>
        <translation>con %1, el valor en aduana añade un %2 % a la factura por flete y seguro, frente al %3 % habitual en la ruta %4</translation>
    </message>
    <message>
        <source>under %1 the invoice already pays the main carriage, yet %2 %3 freight (%4 % of the invoice) was added</source>
        <translation>con %1, la factura ya paga el transporte principal y, aun así, se añadieron %2 %3 de flete (%4 % de la factura)</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway transport, but the goods came by %2</source>
        <translation>%1 es una regla para el transporte marítimo y por vías navegables interiores, pero las mercancías llegaron por %2</translation>
    </message>
    <message>
        <source>switched from %1 to %2 on %3, and unit values against peers fell by %4 % at the same time</source>
        <translation>cambio de %1 a %2 el %3, y los valores unitarios frente a los pares cayeron un %4 % al mismo tiempo</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>SA %1</translation>
    </message>
    <message>
        <source>HS %1 (all origins and quarters, adjusted to the price level of %2 in %3)</source>
        <translation>SA %1 (todos los orígenes y trimestres, ajustado al nivel de precios de %2 en %3)</translation>
    </message>
    <message>
        <source>HS %1 from %2 in %3</source>
        <translation>SA %1 de %2 en %3</translation>
    </message>
    <message>
        <source>%1 where %2 usually uses %3 (%4 % of %5 declarations); the trader did so on %6 items</source>
        <translation>%1 cuando %2 suele usar %3 (%4 % de %5 declaraciones); el operador lo hizo en %6 partidas</translation>
    </message>
</context>
<context>
    <name>FlagReport</name>
    <message numerus="yes">
        <source>%1: %n flag(s)</source>
        <translation>
            <numerusform>%1: %n alerta</numerusform>
            <numerusform>%1: %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 at stake</source>
        <translation>, %1 en juego</translation>
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
    <message>
        <source>An import profile needs a name.</source>
        <translation>Un perfil de importación necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in profile; choose another.</source>
        <translation>«%1» es el nombre de un perfil integrado; elija otro.</translation>
    </message>
    <message>
        <source>The import profile is invalid: %1</source>
        <translation>El perfil de importación no es válido: %1</translation>
    </message>
    <message>
        <source>There is no import profile &quot;%1&quot;. Known profiles: %2.</source>
        <translation>No existe el perfil de importación «%1». Perfiles conocidos: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: the header matches no known declaration layout, so nothing was imported. Map its columns in the import wizard (and save the mapping as a profile), or name a profile with --profile. Its columns are: %2.</source>
        <translation>%1, línea 1: la cabecera no corresponde a ninguna estructura de declaración conocida, así que no se importó nada. Asigne sus columnas en el asistente de importación (y guarde la asignación como perfil), o indique un perfil con --profile. Sus columnas son: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: the header has no column for %2 (profile &quot;%3&quot;), so its records cannot become declarations. Its columns are: %4.</source>
        <translation>%1, línea 1: la cabecera no tiene columna para %2 (perfil «%3»), así que sus registros no pueden convertirse en declaraciones. Sus columnas son: %4.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>columna %1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1, línea %2, %3: %4</translation>
    </message>
    <message>
        <source>The workspace&apos;s national currency is now %1, the currency of this file&apos;s values.</source>
        <translation>La moneda nacional del espacio de trabajo es ahora %1, la moneda de los valores de este archivo.</translation>
    </message>
    <message>
        <source>This file&apos;s values are in %1 but the workspace&apos;s national currency is %2; they were stored as they are.</source>
        <translation>Los valores de este archivo están en %1, pero la moneda nacional del espacio de trabajo es %2; se guardaron tal cual.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, utf-16, latin1 or windows-1252.</source>
        <translation>Codificación «%1» desconocida; use utf-8, utf-16, latin1 o windows-1252.</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (coma)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (punto y coma)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>| (vertical bar)</source>
        <translation>| (barra vertical)</translation>
    </message>
    <message>
        <source>@ (at sign)</source>
        <translation>@ (arroba)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>ISO (2025-03-14)</source>
        <translation>ISO (2025-03-14)</translation>
    </message>
    <message>
        <source>Day/month/year (14/03/2025)</source>
        <translation>Día/mes/año (14/03/2025)</translation>
    </message>
    <message>
        <source>Month/day/year (03/14/2025)</source>
        <translation>Mes/día/año (03/14/2025)</translation>
    </message>
    <message>
        <source>Day, month name, year (14-Mar-2025)</source>
        <translation>Día, nombre del mes, año (14-Mar-2025)</translation>
    </message>
    <message>
        <source>Year and month (202503)</source>
        <translation>Año y mes (202503)</translation>
    </message>
    <message>
        <source>Short year-month-day (25-03-14)</source>
        <translation>Año corto-mes-día (25-03-14)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import ended without a result.</source>
        <translation>La importación terminó sin resultado.</translation>
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
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1 → %2 by %3</source>
        <translation>%1 → %2 por %3</translation>
    </message>
    <message>
        <source>lane %1 → %2 · %3</source>
        <translation>ruta %1 → %2 · %3</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <source>clients of %1</source>
        <translation>clientes de %1</translation>
    </message>
    <message>
        <source>the industry (HS chapter %1 from %2)</source>
        <translation>el sector (capítulo SA %1 procedente de %2)</translation>
    </message>
    <message>
        <source>HS chapter %1 · %2</source>
        <translation>capítulo SA %1 · %2</translation>
    </message>
    <message>
        <source>trader %1</source>
        <translation>operador %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>Calidad de los datos del lote %1</translation>
    </message>
    <message>
        <source>Data quality of the whole store</source>
        <translation>Calidad de los datos de toda la base</translation>
    </message>
    <message>
        <source>Rows stored: %1, with findings: %2, records rejected: %3</source>
        <translation>Filas guardadas: %1, con hallazgos: %2, registros rechazados: %3</translation>
    </message>
    <message>
        <source>Completeness and ranges:</source>
        <translation>Completitud y rangos:</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Rejected records:</source>
        <translation>Registros rechazados:</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>p. ej.</translation>
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
    <message>
        <source>The view &apos;%1&apos; takes no argument. Known views: %2.</source>
        <translation>La vista «%1» no admite argumentos. Vistas disponibles: %2.</translation>
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
    <message>
        <source>%1: data quality: %2</source>
        <translation>%1: calidad de los datos: %2</translation>
    </message>
    <message>
        <source>%1 has no import batch %2.</source>
        <translation>%1 no tiene el lote de importación %2.</translation>
    </message>
    <message>
        <source>%1: reading a declaration: %2</source>
        <translation>%1: lectura de una declaración: %2</translation>
    </message>
    <message>
        <source>%1 has no declaration row %2.</source>
        <translation>%1 no tiene la fila de declaración %2.</translation>
    </message>
    <message>
        <source>%1: import profiles: %2</source>
        <translation>%1: perfiles de importación: %2</translation>
    </message>
    <message>
        <source>%1: reading declarations for the analyses: %2</source>
        <translation>%1: lectura de las declaraciones para los análisis: %2</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Se canceló el análisis.</translation>
    </message>
    <message>
        <source>%1: analysis views: %2</source>
        <translation>%1: vistas de análisis: %2</translation>
    </message>
    <message>
        <source>%1: analysis results: %2</source>
        <translation>%1: resultados de análisis: %2</translation>
    </message>
    <message>
        <source>%1: reading a summary: %2</source>
        <translation>%1: lectura de un resumen: %2</translation>
    </message>
    <message>
        <source>%1: reading trader names: %2</source>
        <translation>%1: lectura de los nombres de operadores: %2</translation>
    </message>
    <message>
        <source>Summary update cancelled.</source>
        <translation>Actualización de los resúmenes cancelada.</translation>
    </message>
    <message>
        <source>%1: searching: %2</source>
        <translation>%1: búsqueda: %2</translation>
    </message>
    <message>
        <source>%1: unknown trader &apos;%2&apos;: no declaration carries this trader ID.</source>
        <translation>%1: operador «%2» desconocido: ninguna declaración lleva este ID de operador.</translation>
    </message>
    <message>
        <source>The period %1 to %2 is not a valid period: give ISO dates (YYYY-MM-DD), the first not after the second.</source>
        <translation>El periodo del %1 al %2 no es válido: indique fechas ISO (AAAA-MM-DD), la primera no posterior a la segunda.</translation>
    </message>
    <message>
        <source>%1: reading the trader profile (%2): %3</source>
        <translation>%1: lectura del perfil del operador (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 summary cells written.</source>
        <translation>%1: %2 de %3 celdas de resumen escritas.</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>robust z of the log unit value beyond which an item is under- or overvalued</source>
        <translation>z robusto del logaritmo del valor unitario a partir del cual una partida está infra- o sobrevalorada</translation>
    </message>
    <message>
        <source>robust z below arm&apos;s-length unit values for a related-party item</source>
        <translation>z robusto por debajo de los valores unitarios en plena competencia para una partida entre partes vinculadas</translation>
    </message>
    <message>
        <source>robust z of the log gross weight per unit for a weight outlier</source>
        <translation>z robusto del logaritmo del peso bruto por unidad para un peso atípico</translation>
    </message>
    <message>
        <source>freight and insurance added below this part of the lane&apos;s usual share: missing freight</source>
        <translation>flete y seguro añadidos por debajo de esta fracción de la proporción habitual de la ruta: flete ausente</translation>
    </message>
    <message>
        <source>freight added under a C- or D-rule above this share of the invoice: double freight</source>
        <translation>flete añadido con una regla C o D por encima de esta proporción de la factura: flete duplicado</translation>
    </message>
    <message>
        <source>share of declarations that makes an Incoterm the usual one of a supplier or industry</source>
        <translation>proporción de declaraciones que convierte un Incoterm en el habitual de un proveedor o sector</translation>
    </message>
    <message>
        <source>fall of unit values against peers at an Incoterm switch</source>
        <translation>caída de los valores unitarios frente a los pares en un cambio de Incoterm</translation>
    </message>
    <message>
        <source>fewest comparable declarations for a verdict</source>
        <translation>número mínimo de declaraciones comparables para un veredicto</translation>
    </message>
</context>
<context>
    <name>TraderBehaviour</name>
    <message>
        <source>HS chapter</source>
        <translation>Capítulo SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <source>Customs value rose by %1 from the first half of the period to the second.</source>
        <translation>El valor en aduana subió un %1 de la primera a la segunda mitad del periodo.</translation>
    </message>
    <message>
        <source>Customs value fell by %1 from the first half of the period to the second.</source>
        <translation>El valor en aduana bajó un %1 de la primera a la segunda mitad del periodo.</translation>
    </message>
    <message>
        <source>%1 mix changed by %2 between the halves; the largest move: %3 %4 points of share.</source>
        <translation>%1: la distribución cambió un %2 entre las mitades; mayor movimiento: %3 %4 puntos de cuota.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>HS %1: unit values against peers fell by %2 between the halves.</source>
        <translation>SA %1: los valores unitarios frente a los pares cayeron un %2 entre las mitades.</translation>
    </message>
    <message>
        <source>HS %1: median unit value at %2 of other traders&apos; median.</source>
        <translation>SA %1: valor unitario mediano al %2 de la mediana de los demás operadores.</translation>
    </message>
    <message>
        <source>Smoothed hit rate %1 against %2 for all traders.</source>
        <translation>Tasa de aciertos suavizada del %1, frente al %2 de todos los operadores.</translation>
    </message>
</context>
<context>
    <name>TraderProfileReport</name>
    <message>
        <source>The trader has no score in the last analysis run.</source>
        <translation>El operador no tiene puntuación en el último análisis.</translation>
    </message>
    <message>
        <source>The analyses have not been run on this workspace: no rank yet.</source>
        <translation>No se han ejecutado los análisis en este espacio de trabajo: todavía sin puesto.</translation>
    </message>
    <message>
        <source>Period %1 to %2 (second half from %3); active %4 to %5
</source>
        <translation>Periodo del %1 al %2 (segunda mitad desde el %3); activo del %4 al %5
</translation>
    </message>
    <message>
        <source>Standing: rank %1 of %2 (riskier than %3 % of traders), risk score %4%5
</source>
        <translation>Posición: puesto %1 de %2 (más riesgo que el %3 % de los operadores), puntuación de riesgo %4%5
</translation>
    </message>
    <message>
        <source> (results older than the last import)</source>
        <translation> (resultados anteriores a la última importación)</translation>
    </message>
    <message>
        <source>Standing: %1
</source>
        <translation>Posición: %1
</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>primera mitad</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>segunda mitad</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>items</source>
        <translation>partidas</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>declaraciones</translation>
    </message>
    <message>
        <source>customs value</source>
        <translation>valor en aduana</translation>
    </message>
    <message>
        <source>duty paid</source>
        <translation>derechos pagados</translation>
    </message>
    <message>
        <source>Mix shift between the halves (0 % same mix, 100 % nothing in common):
</source>
        <translation>Cambio de distribución entre las mitades (0 % misma distribución, 100 % nada en común):
</translation>
    </message>
    <message>
        <source>Inspections: %1, illicit %2, hit rate %3 (smoothed %4; all traders %5), revenue recovered %6
</source>
        <translation>Inspecciones: %1, ilícitas %2, tasa de aciertos %3 (suavizada %4; todos los operadores %5), ingresos recuperados %6
</translation>
    </message>
    <message>
        <source>What changed:
</source>
        <translation>Qué ha cambiado:
</translation>
    </message>
    <message>
        <source>Flags: %1, revenue at stake %2
</source>
        <translation>Alertas: %1, ingresos en juego %2
</translation>
    </message>
    <message>
        <source>Mixes by half, partners, Incoterms, spellings and unit values estimated from a sample of %1 items (one in %2); totals, months and inspections exact.
</source>
        <translation>Distribuciones por mitad, socios, Incoterms, grafías y valores unitarios estimados con una muestra de %1 partidas (una de cada %2); totales, meses e inspecciones exactos.
</translation>
    </message>
    <message>
        <source>Figures by half%1 estimated from the sample (item counts exact).
</source>
        <translation>Cifras por mitad%1 estimadas con la muestra (recuentos de partidas exactos).
</translation>
    </message>
    <message>
        <source>, totals and the months cut by the period</source>
        <translation>, totales y meses cortados por el periodo</translation>
    </message>
</context>
<context>
    <name>TransportMode</name>
    <message>
        <source>Sea</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Vía navegable interior</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Ferrocarril</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postal</translation>
    </message>
    <message>
        <source>Fixed installation</source>
        <translation>Instalación fija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Waterway</source>
        <translation>Fluvial</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
</context>
<context>
    <name>ValueScale</name>
    <message>
        <source>bn</source>
        <comment>billions</comment>
        <translation>MM</translation>
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
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>:&lt;id&gt;</source>
        <translation>:&lt;id&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Operador</translation>
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
</context>
<context>
    <name>WorkspaceOpenJob</name>
    <message>
        <source>Opening workspace</source>
        <translation>Abriendo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version: filling the dashboard&apos;s summary tables (%2 of %3 declaration items read)…</source>
        <translation>Actualizando %1 para esta versión: llenando las tablas de resumen del panel (%2 de %3 partidas de declaración leídas)…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::AnalysisFilterBar</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only declarations accepted on or after this date</source>
        <translation>Solo las declaraciones admitidas a partir de esta fecha</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only declarations accepted on or before this date</source>
        <translation>Solo las declaraciones admitidas hasta esta fecha incluida</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Aduana</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Customs office code, exactly</source>
        <translation>Código de la aduana, exacto</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Capítulo SA</translation>
    </message>
    <message>
        <source>The first two digits of the HS code</source>
        <translation>Los dos primeros dígitos del código SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Country of origin, ISO alpha-2 code</source>
        <translation>País de origen, código ISO alfa-2</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Trader ID, exactly</source>
        <translation>ID del operador, exacto</translation>
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
    <name>clearsight::ui::AnalysisRunAction</name>
    <message>
        <source>Analyses finished: %1 flags on %2 declaration items, %3 traders ranked, in %4 s</source>
        <translation>Análisis terminados: %1 alertas en %2 partidas de declaración, %3 operadores clasificados, en %4 s</translation>
    </message>
    <message>
        <source>&amp;Run analyses</source>
        <translation>&amp;Ejecutar los análisis</translation>
    </message>
    <message>
        <source>Run every analysis on the workspace: valuation, weight, Incoterms and the trader ranking</source>
        <translation>Ejecutar todos los análisis del espacio de trabajo: valoración, peso, Incoterms y clasificación de operadores</translation>
    </message>
    <message>
        <source>Running the analyses…</source>
        <translation>Ejecutando los análisis…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run analyses</source>
        <translation>Ejecutar los análisis</translation>
    </message>
    <message>
        <source>The analyses could not run: %1</source>
        <translation>No se pudieron ejecutar los análisis: %1</translation>
    </message>
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
    <name>clearsight::ui::ChannelPanel</name>
    <message>
        <source>Hit rate (%)</source>
        <translation>Tasa de aciertos (%)</translation>
    </message>
    <message>
        <source>Declarations by selectivity channel</source>
        <translation>Declaraciones por canal de selectividad</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ChartView</name>
    <message>
        <source>Save chart as image…</source>
        <translation>Guardar el gráfico como imagen…</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation>No se puede escribir el gráfico en %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::CompletenessModel</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Rellenas</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The months shown</source>
        <translation>Los meses mostrados</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Periodo elegido</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>The first month shown</source>
        <translation>El primer mes mostrado</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The last month shown</source>
        <translation>El último mes mostrado</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Imports, exports or both</source>
        <translation>Importaciones, exportaciones o ambas</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Import. y export.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The selectivity channel</source>
        <translation>El canal de selectividad</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Aduana</translation>
    </message>
    <message>
        <source>Customs office code</source>
        <translation>Código de la aduana</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Capítulo SA</translation>
    </message>
    <message>
        <source>The first two digits of the HS code</source>
        <translation>Los dos primeros dígitos del código SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Country of origin, ISO alpha-2 code</source>
        <translation>País de origen, código ISO alfa-2</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Trader ID or name</source>
        <translation>ID o nombre del operador</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <source>Declarant (broker) ID</source>
        <translation>ID del declarante (agente de aduanas)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show all declarations</source>
        <translation>Mostrar todas las declaraciones</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>primera fecha</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>última fecha</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardPanel</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>No declarations under this filter.</source>
        <translation>Ninguna declaración con este filtro.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Declarations: %1 (%2 items)</source>
        <translation>Declaraciones: %1 (%2 partidas)</translation>
    </message>
    <message>
        <source>Customs value: %1</source>
        <translation>Valor en aduana: %1</translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation>Derechos: %1</translation>
    </message>
    <message>
        <source>Inspected: %1, illicit: %2 (hit rate %3 %)</source>
        <translation>Inspeccionadas: %1, ilícitas: %2 (tasa de aciertos %3 %)</translation>
    </message>
    <message>
        <source>Revenue recovered: %1</source>
        <translation>Ingresos recuperados: %1</translation>
    </message>
    <message>
        <source>Flagged items: %1 (%2 %)</source>
        <translation>Partidas con alerta: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Click to filter by it; right-click for its declarations.</source>
        <translation>Clic para filtrar por él; clic derecho para sus declaraciones.</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>Show declarations</source>
        <translation>Ver las declaraciones</translation>
    </message>
    <message>
        <source>Open trader</source>
        <translation>Abrir el operador</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exportar los datos a CSV…</translation>
    </message>
    <message>
        <source>dashboard-%1.csv</source>
        <translation>cuadro-de-mando-%1.csv</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DashboardView</name>
    <message>
        <source>Top traders by customs value</source>
        <translation>Principales operadores por valor en aduana</translation>
    </message>
    <message>
        <source>Top HS chapters by customs value</source>
        <translation>Principales capítulos SA por valor en aduana</translation>
    </message>
    <message>
        <source>Top origins by customs value</source>
        <translation>Principales orígenes por valor en aduana</translation>
    </message>
    <message>
        <source>Top offices by customs value</source>
        <translation>Principales aduanas por valor en aduana</translation>
    </message>
    <message>
        <source>Top declarants by customs value</source>
        <translation>Principales declarantes por valor en aduana</translation>
    </message>
    <message>
        <source>Top trade lanes by customs value</source>
        <translation>Principales rutas por valor en aduana</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::DeclarationDetailsPanel</name>
    <message>
        <source>Row details</source>
        <translation>Detalle de la fila</translation>
    </message>
    <message>
        <source>Hide the row details</source>
        <translation>Ocultar el detalle de la fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Row details: reading…</source>
        <translation>Detalle de la fila: leyendo…</translation>
    </message>
    <message>
        <source>Row details: %1</source>
        <translation>Detalle de la fila: %1</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Línea de origen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Other source columns (%1)</source>
        <translation>Otras columnas de origen (%1)</translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation>No se pudo leer la fila: %1</translation>
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
    <message>
        <source>Show the rows outside this scope again</source>
        <translation>Volver a mostrar las filas fuera de este ámbito</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Solo: %1</translation>
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
    <message>
        <source>Row details</source>
        <translation>Detalle de la fila</translation>
    </message>
    <message>
        <source>Show the values, findings and lineage of the selected row</source>
        <translation>Mostrar los valores, los hallazgos y la procedencia de la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FilterChips</name>
    <message>
        <source>All declarations; click a bar or a period to narrow down.</source>
        <translation>Todas las declaraciones; haga clic en una barra o un periodo para acotar.</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Quitar este criterio</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FindingsModel</name>
    <message>
        <source>Double-click to see these declaration items</source>
        <translation>Haga doble clic para ver estas partidas de declaración</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FlagFilterProxy</name>
    <message>
        <source>trader %1</source>
        <translation>operador %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>no Incoterm</source>
        <translation>sin Incoterm</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FlagsModel</name>
    <message>
        <source>Double-click to open this declaration</source>
        <translation>Doble clic para abrir esta declaración</translation>
    </message>
    <message>
        <source>0-100: 50 at the analysis&apos; threshold, higher the further beyond it</source>
        <translation>0-100: 50 en el umbral del análisis, más alto cuanto más se aleja de él</translation>
    </message>
    <message>
        <source>The customs value the peer group or the lane suggests</source>
        <translation>El valor en aduana que sugiere el grupo de pares o la ruta</translation>
    </message>
    <message>
        <source>Duties and taxes the difference would carry</source>
        <translation>Derechos e impuestos que conllevaría la diferencia</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
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
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valor declarado</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valor esperado</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Ingresos en juego</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::FreightSharePanel</name>
    <message>
        <source>No import items with an Incoterm and values to compare.</source>
        <translation>No hay partidas importadas con un Incoterm y valores que comparar.</translation>
    </message>
    <message>
        <source>Added to the invoice (%)</source>
        <translation>Añadido a la factura (%)</translation>
    </message>
    <message>
        <source>%1: %2 items
median %3 %, quartiles %4 to %5 %, 10th to 90th percentile %6 to %7 %
%8 items (%9 %) add nothing to the invoice</source>
        <translation>%1: %2 partidas
mediana %3 %, cuartiles de %4 a %5 %, percentiles 10 a 90 de %6 a %7 %
%8 partidas (%9 %) no añaden nada a la factura</translation>
    </message>
    <message>
        <source>%1 item %2 · %3
%4: %5 % of the invoice added</source>
        <translation>%1 partida %2 · %3
%4: %5 % de la factura añadido</translation>
    </message>
    <message>
        <source>E- and F-rules: freight to be added</source>
        <translation>Reglas E y F: flete que debe añadirse</translation>
    </message>
    <message>
        <source>C- and D-rules: freight already in the price</source>
        <translation>Reglas C y D: flete ya incluido en el precio</translation>
    </message>
    <message>
        <source>items flagged for missing or double freight</source>
        <translation>partidas con alerta de flete ausente o duplicado</translation>
    </message>
    <message>
        <source>Boxes: quartiles and median; whiskers: 10th to 90th percentile.</source>
        <translation>Cajas: cuartiles y mediana; bigotes: percentiles 10 a 90.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportFilePage</name>
    <message>
        <source>Choose a declaration file</source>
        <translation>Elegir un archivo de declaraciones</translation>
    </message>
    <message>
        <source>A CSV or text file with one declaration item per line and a header line. Nothing is stored until the last step.</source>
        <translation>Un archivo CSV o de texto con una partida de declaración por línea y una línea de cabecera. No se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Ruta del archivo que se va a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>or drop a file here</source>
        <translation>o suelte un archivo aquí</translation>
    </message>
    <message>
        <source>Import declarations</source>
        <translation>Importar declaraciones</translation>
    </message>
    <message>
        <source>Declaration files (*.csv *.txt);;CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos de declaraciones (*.csv *.txt);;Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file.</source>
        <translation>Es una carpeta; elija un archivo.</translation>
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
        <translation>Asignar las columnas del archivo</translation>
    </message>
    <message>
        <source>For each ClearSight column, choose the column of the file that holds it. The declaration reference and the date are required; columns left unmapped are kept with each row as extra source columns.</source>
        <translation>Para cada columna de ClearSight, elija la columna del archivo que la contiene. La referencia de la declaración y la fecha son obligatorias; las columnas sin asignar se conservan con cada fila como columnas de origen adicionales.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>The mapping is saved in the workspace under this name: later files with the same columns are recognised, and the command line finds it with --profile NAME.</source>
        <translation>La asignación se guarda en el espacio de trabajo con este nombre: los archivos posteriores con las mismas columnas se reconocen, y la línea de comandos la encuentra con --profile NOMBRE.</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>&amp;Guardar como perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Give the mapping a name: it is saved in the workspace before the import.</source>
        <translation>Dé un nombre a la asignación: se guarda en el espacio de trabajo antes de la importación.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile; choose another.</source>
        <translation>«%1» es el nombre de un perfil integrado; elija otro.</translation>
    </message>
    <message>
        <source>Choose the columns holding the declaration reference and the date.</source>
        <translation>Elija las columnas que contienen la referencia de la declaración y la fecha.</translation>
    </message>
    <message>
        <source>The first records read with this mapping. Rejected records are shaded (%1 of %2; the reason is in their tooltip):</source>
        <translation>Los primeros registros leídos con esta asignación. Los registros rechazados aparecen sombreados (%1 de %2; el motivo está en su información emergente):</translation>
    </message>
    <message>
        <source>The first records read with this mapping:</source>
        <translation>Los primeros registros leídos con esta asignación:</translation>
    </message>
    <message>
        <source>Saving replaces the saved profile “%1”.</source>
        <translation>Al guardar se sustituye el perfil guardado «%1».</translation>
    </message>
    <message>
        <source>The mapping is saved as “%1” when the import starts.</source>
        <translation>La asignación se guarda como «%1» al empezar la importación.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”: later imports recognise files with these columns, and the command line finds it with --profile %1.</source>
        <translation>Guardado como «%1»: las importaciones posteriores reconocen los archivos con estas columnas, y la línea de comandos lo encuentra con --profile %1.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportPreviewModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Stop the import; nothing of this file is stored</source>
        <translation>Detener la importación; no se guarda nada de este archivo</translation>
    </message>
    <message>
        <source>Import &amp;again anyway</source>
        <translation>Importar de &amp;nuevo de todos modos</translation>
    </message>
    <message>
        <source>Change the &amp;settings</source>
        <translation>Cambiar los &amp;ajustes</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Reading and storing the records…</source>
        <translation>Leyendo y guardando los registros…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was stored…</source>
        <translation>Cancelando: deshaciendo lo guardado…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 leídos de %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 records/s (estimated from the size of the first records)</source>
        <translation> · unos %1 registros/s (estimación según el tamaño de los primeros registros)</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido: %1</translation>
    </message>
    <message>
        <source>Finishing: indexes, duplicates and the commit…</source>
        <translation>Finalizando: índices, duplicados y confirmación…</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · queda aprox. %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back: nothing was stored.</source>
        <translation>La importación se canceló y se deshizo: no se guardó nada.</translation>
    </message>
    <message>
        <source>Not imported: this file was imported before.</source>
        <translation>No importado: este archivo ya se importó antes.</translation>
    </message>
    <message>
        <source>%1
Importing it again stores its records a second time (they are marked as duplicates).</source>
        <translation>%1
Importarlo de nuevo guarda sus registros por segunda vez (se marcan como duplicados).</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored.</source>
        <translation>La importación falló; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportSettingsPage</name>
    <message>
        <source>How to read the file</source>
        <translation>Cómo leer el archivo</translation>
    </message>
    <message>
        <source>ClearSight has detected how the file is written. Change a setting if the preview looks wrong: it shows the first records as they will be stored.</source>
        <translation>ClearSight ha detectado cómo está escrito el archivo. Cambie un ajuste si la vista previa parece incorrecta: muestra los primeros registros tal como se guardarán.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Reading the first records…</source>
        <translation>Leyendo los primeros registros…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (guardado)</translation>
    </message>
    <message>
        <source>Map columns myself</source>
        <translation>Asignar las columnas yo mismo</translation>
    </message>
    <message>
        <source>none fits</source>
        <translation>ninguno encaja</translation>
    </message>
    <message>
        <source>The file has a header but no records.</source>
        <translation>El archivo tiene cabecera pero ningún registro.</translation>
    </message>
    <message>
        <source>The first records as written in the file:</source>
        <translation>Los primeros registros tal como están escritos en el archivo:</translation>
    </message>
    <message>
        <source>The first records as they will be stored:</source>
        <translation>Los primeros registros tal como se guardarán:</translation>
    </message>
    <message>
        <source>The first records as they will be stored. Rejected records are shaded (%1 of %2; the reason is in their tooltip):</source>
        <translation>Los primeros registros tal como se guardarán. Los registros rechazados aparecen sombreados (%1 de %2; el motivo está en su información emergente):</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>You map the file&apos;s columns on the next page.</source>
        <translation>Asignará las columnas del archivo en la página siguiente.</translation>
    </message>
    <message>
        <source>No known layout fits this file: you map its columns on the next page.</source>
        <translation>Ninguna estructura conocida encaja con este archivo: asignará sus columnas en la página siguiente.</translation>
    </message>
    <message>
        <source>The profile does not fit this file: %1</source>
        <translation>El perfil no encaja con este archivo: %1</translation>
    </message>
    <message>
        <source>The file will be read with the profile “%1” (%2).</source>
        <translation>El archivo se leerá con el perfil «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Open the &amp;quality view of this batch</source>
        <translation>Abrir la vista de &amp;calidad de este lote</translation>
    </message>
    <message>
        <source>Show the &amp;rejected records</source>
        <translation>Mostrar los registros &amp;rechazados</translation>
    </message>
    <message>
        <source>The quality view lists the rejected records by column, with an example reason</source>
        <translation>La vista de calidad enumera los registros rechazados por columna, con un motivo de ejemplo</translation>
    </message>
    <message>
        <source>Records read:</source>
        <translation>Registros leídos:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Guardados:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Declaration items:</source>
        <translation>Partidas de declaración:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>%1 is stored as import batch %2.</source>
        <translation>%1 se ha guardado como lote de importación %2.</translation>
    </message>
    <message>
        <source>%1, separator %2</source>
        <translation>%1, separador %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ImportWizard</name>
    <message>
        <source>Import declarations</source>
        <translation>Importar declaraciones</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::IncotermMatrixModel</name>
    <message>
        <source>%1, every mode: %2 items, %3 with Incoterm flags</source>
        <translation>%1, todos los modos: %2 partidas, %3 con alertas de Incoterm</translation>
    </message>
    <message>
        <source>No Incoterm</source>
        <translation>Sin Incoterm</translation>
    </message>
    <message>
        <source>%1 by %2: %3 items, %4 with Incoterm flags</source>
        <translation>%1 por %2: %3 partidas, %4 con alertas de Incoterm</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway only: always wrong by %2.</source>
        <translation>%1 es una regla solo para transporte marítimo y fluvial: siempre errónea por %2.</translation>
    </message>
    <message>
        <source>%1 is a rule for sea and inland waterway: by %2 only after a sea leg.</source>
        <translation>%1 es una regla para transporte marítimo y fluvial: por %2 solo tras un tramo marítimo.</translation>
    </message>
    <message>
        <source>Click to list the flags of these items.</source>
        <translation>Clic para listar las alertas de estas partidas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Los Incoterms de un operador frente a su sector</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID operador</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Type a trader ID, or select a flag, to compare the trader&apos;s Incoterms with those of its industry (same HS chapters and origins).</source>
        <translation>Escriba un ID de operador, o elija una alerta, para comparar los Incoterms del operador con los de su sector (mismos capítulos SA y orígenes).</translation>
    </message>
    <message>
        <source>The Incoterm usage could not be read: %1</source>
        <translation>No se pudo leer el uso de los Incoterms: %1</translation>
    </message>
    <message>
        <source>Trader %1 has no import items with an Incoterm.</source>
        <translation>El operador %1 no tiene partidas importadas con un Incoterm.</translation>
    </message>
    <message>
        <source>%1 (items: %2)</source>
        <translation>%1 (partidas: %2)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Share of items (%)</source>
        <translation>Proporción de partidas (%)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::IncotermsView</name>
    <message>
        <source>Freight and insurance added to the invoice, per rule</source>
        <translation>Flete y seguro añadidos a la factura, por regla</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Declaración %1</translation>
    </message>
    <message>
        <source>Import items by Incoterm and transport mode</source>
        <translation>Partidas importadas por Incoterm y modo de transporte</translation>
    </message>
    <message>
        <source>Incoterm flags</source>
        <translation>Alertas de Incoterm</translation>
    </message>
    <message>
        <source>List every Incoterm flag again</source>
        <translation>Volver a listar todas las alertas de Incoterm</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the listed flags as a CSV file for a spreadsheet</source>
        <translation>Guardar las alertas listadas en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>incoterm-flags.csv</source>
        <translation>alertas-incoterm.csv</translation>
    </message>
    <message>
        <source>Right: items; left, in red: items with Incoterm flags. Click a cell to list its flags.</source>
        <translation>A la derecha: partidas; a la izquierda, en rojo: partidas con alertas de Incoterm. Haga clic en una celda para listar sus alertas.</translation>
    </message>
    <message>
        <source>sea-only rule by air or post: always wrong</source>
        <translation>regla marítima por aire o correo: siempre errónea</translation>
    </message>
    <message>
        <source>by road or rail: only after a sea leg</source>
        <translation>por carretera o ferrocarril: solo tras un tramo marítimo</translation>
    </message>
    <message>
        <source>Import items: %1, of which %2 with Incoterm flags. Incoterm flags: %3.</source>
        <translation>Partidas importadas: %1, de ellas %2 con alertas de Incoterm. Alertas de Incoterm: %3.</translation>
    </message>
    <message>
        <source>The Incoterm analysis could not be read: %1</source>
        <translation>No se pudo leer el análisis de Incoterms: %1</translation>
    </message>
    <message>
        <source>No Incoterm flags.</source>
        <translation>Ninguna alerta de Incoterm.</translation>
    </message>
    <message>
        <source>Flags: %1, highest score first</source>
        <translation>Alertas: %1, la puntuación más alta primero</translation>
    </message>
    <message>
        <source>Only %1. Flags: %2</source>
        <translation>Solo %1. Alertas: %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::KpiTiles</name>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
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
        <source>Inspections</source>
        <translation>Inspecciones</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Ingresos recuperados</translation>
    </message>
    <message>
        <source>Flagged share</source>
        <translation>Proporción con alerta</translation>
    </message>
    <message>
        <source>Distinct declarations under the filter</source>
        <translation>Declaraciones distintas con el filtro</translation>
    </message>
    <message>
        <source>Sum of the customs value of the items</source>
        <translation>Suma del valor en aduana de las partidas</translation>
    </message>
    <message>
        <source>Import duties and taxes assessed at clearance</source>
        <translation>Derechos e impuestos de importación liquidados en el despacho</translation>
    </message>
    <message>
        <source>Items with a documentary or physical control with a recorded result</source>
        <translation>Partidas con un control documental o físico con resultado registrado</translation>
    </message>
    <message>
        <source>Share of inspected items found illicit</source>
        <translation>Proporción de partidas inspeccionadas halladas ilícitas</translation>
    </message>
    <message>
        <source>Extra duties and penalties assessed after inspection</source>
        <translation>Derechos adicionales y sanciones liquidados tras la inspección</translation>
    </message>
    <message>
        <source>Share of items with at least one analysis flag</source>
        <translation>Proporción de partidas con al menos una alerta de análisis</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 partidas</translation>
    </message>
    <message>
        <source>%1 of the value</source>
        <translation>%1 del valor</translation>
    </message>
    <message>
        <source>%1 of the items</source>
        <translation>%1 de las partidas</translation>
    </message>
    <message>
        <source>%1 illicit</source>
        <translation>%1 ilícitas</translation>
    </message>
    <message>
        <source>No inspections</source>
        <translation>Sin inspecciones</translation>
    </message>
    <message>
        <source>%1 flagged items</source>
        <translation>%1 partidas con alerta</translation>
    </message>
    <message>
        <source>Show declarations</source>
        <translation>Ver las declaraciones</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::LineageBox</name>
    <message>
        <source>Lineage</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Whole store: one import batch</source>
        <translation>Toda la base: un lote de importación</translation>
    </message>
    <message>
        <source>Whole store: %1 import batches</source>
        <translation>Toda la base: %1 lotes de importación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 read, %2 stored, %3 rejected; %4 declaration items, %5 findings</source>
        <translation>%1 leídos, %2 guardados, %3 rechazados; %4 partidas de declaración, %5 hallazgos</translation>
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
    <message>
        <source>&amp;Import declarations…</source>
        <translation>&amp;Importar declaraciones…</translation>
    </message>
    <message>
        <source>Import a declaration file into the open workspace</source>
        <translation>Importar un archivo de declaraciones en el espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Import declarations</source>
        <translation>Importar declaraciones</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop the file again to import it.</source>
        <translation>Abra o cree primero un espacio de trabajo y vuelva a soltar el archivo para importarlo.</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Declaración %1</translation>
    </message>
    <message>
        <source>No view is open. Choose one in the list on the left, or search the workspace with %1.</source>
        <translation>No hay ninguna vista abierta. Elija una en la lista de la izquierda o busque en el espacio de trabajo con %1.</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>This view has no list to export.</source>
        <translation>Esta vista no tiene ninguna lista que exportar.</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exportar la lista…</translation>
    </message>
    <message>
        <source>Save what the current view lists as a CSV file</source>
        <translation>Guardar lo que lista la vista actual en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar la pestaña</translation>
    </message>
    <message>
        <source>Close the current view</source>
        <translation>Cerrar la vista actual</translation>
    </message>
    <message>
        <source>Quit ClearSight</source>
        <translation>Salir de ClearSight</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous view and its filters</source>
        <translation>Volver a la vista anterior y a sus filtros</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Volver a avanzar</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the tab on the right</source>
        <translation>Mostrar la pestaña de la derecha</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>Show the tab on the left</source>
        <translation>Mostrar la pestaña de la izquierda</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find a trader, a declaration or an HS code</source>
        <translation>Buscar un operador, una declaración o un código SA</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Read how to use ClearSight</source>
        <translation>Leer cómo usar ClearSight</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>Listar las teclas de cada comando</translation>
    </message>
    <message>
        <source>Version, licence and purpose of ClearSight</source>
        <translation>Versión, licencia y finalidad de ClearSight</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>Avanzar a %1</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>%1 finds in the current view when it has a search of its own (the declarations&apos; filter), and goes to the search box everywhere else.</source>
        <translation>%1 busca en la vista actual si tiene su propia búsqueda (el filtro de las declaraciones), y lleva al cuadro de búsqueda en los demás casos.</translation>
    </message>
    <message>
        <source>The back and forward buttons of a mouse go back and forward as well.</source>
        <translation>Los botones atrás y adelante del ratón también sirven para retroceder y avanzar.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::MappingEditor</name>
    <message>
        <source>ClearSight column</source>
        <translation>Columna de ClearSight</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Cómo leerla</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoria)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation>Coma decimal (1.234,5)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal cual</translation>
    </message>
    <message>
        <source>“%1” → rejected: %2</source>
        <translation>«%1» → rechazado: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>“%1” → %2</source>
        <translation>«%1» → %2</translation>
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
        <translation>Elija una alerta para ver los valores unitarios de su grupo de pares.</translation>
    </message>
    <message>
        <source>HS %1, every origin and quarter (fewer than %2 items from %3 in %4; prices not adjusted for origin and period as the analysis does)</source>
        <translation>SA %1, todos los orígenes y trimestres (menos de %2 partidas de %3 en %4; precios no ajustados al origen y al periodo, a diferencia del análisis)</translation>
    </message>
    <message>
        <source>this origin</source>
        <translation>este origen</translation>
    </message>
    <message>
        <source>HS %1 from %2 in %3</source>
        <translation>SA %1 de %2 en %3</translation>
    </message>
    <message>
        <source>%1. Items: %2, unit values per %3.</source>
        <translation>%1. Partidas: %2, valores unitarios por %3.</translation>
    </message>
    <message>
        <source>Median %1 %2; normal band %3 to %4 (median ± %5 scaled MADs of the log unit values).</source>
        <translation>Mediana %1 %2; banda normal de %3 a %4 (mediana ± %5 MAD escaladas de los logaritmos de los valores unitarios).</translation>
    </message>
    <message>
        <source>Too few items for a verdict.</source>
        <translation>Demasiado pocas partidas para un veredicto.</translation>
    </message>
    <message>
        <source>This item has no unit value to compare.</source>
        <translation>Esta partida no tiene valor unitario que comparar.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Flagged for valuation</source>
        <translation>Alerta de valoración</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Esta partida</translation>
    </message>
    <message>
        <source>Customs value per %1 (logarithmic scale)</source>
        <translation>Valor en aduana por %1 (escala logarítmica)</translation>
    </message>
    <message>
        <source>Customs value per %1 in %2 (logarithmic scale)</source>
        <translation>Valor en aduana por %1 en %2 (escala logarítmica)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Normal band</source>
        <translation>Banda normal</translation>
    </message>
    <message>
        <source>%1 item %2 · %3 · %4
%5 %6 per %7</source>
        <translation>%1 partida %2 · %3 · %4
%5 %6 por %7</translation>
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
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>Double-click a finding to see the declaration items that carry it.</source>
        <translation>Haga doble clic en un hallazgo para ver las partidas de declaración que lo tienen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <source>Completeness and ranges</source>
        <translation>Completitud y rangos</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Toda la base</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 with findings, %3 records rejected</source>
        <translation>%1 filas guardadas, %2 con hallazgos, %3 registros rechazados</translation>
    </message>
    <message>
        <source>Batch %1: %2, %3</source>
        <translation>Lote %1: %2, %3</translation>
    </message>
    <message>
        <source>The data quality could not be read: %1</source>
        <translation>No se pudo leer la calidad de los datos: %1</translation>
    </message>
    <message>
        <source>%1 in batch %2</source>
        <translation>%1 en el lote %2</translation>
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
    <name>clearsight::ui::RejectsModel</name>
    <message>
        <source>(whole record)</source>
        <translation>(registro completo)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Example reason</source>
        <translation>Motivo de ejemplo</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::SearchBox</name>
    <message>
        <source>1 item</source>
        <translation>1 partida</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 partidas</translation>
    </message>
    <message>
        <source>Search traders, declarations, HS codes…</source>
        <translation>Buscar operadores, declaraciones, códigos SA…</translation>
    </message>
    <message>
        <source>Trader ID or part of a name, declaration reference, HS code</source>
        <translation>ID o parte del nombre de un operador, referencia de declaración, código SA</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No trader, declaration or HS code matches “%1”</source>
        <translation>Ningún operador, declaración ni código SA coincide con «%1»</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Operadores</translation>
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
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Códigos SA</translation>
    </message>
    <message>
        <source>%1 (no item in this workspace)</source>
        <translation>%1 (ninguna partida en este espacio de trabajo)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::StaleNotice</name>
    <message>
        <source>Run analyses</source>
        <translation>Ejecutar los análisis</translation>
    </message>
    <message>
        <source>Run every analysis on the workspace now (Ctrl+R)</source>
        <translation>Ejecutar ahora todos los análisis del espacio de trabajo (Ctrl+R)</translation>
    </message>
    <message>
        <source>No analysis has been run on this workspace yet: run the analyses to see flags and rankings.</source>
        <translation>Todavía no se ha ejecutado ningún análisis en este espacio de trabajo: ejecute los análisis para ver las alertas y las clasificaciones.</translation>
    </message>
    <message>
        <source>The results are stale: declarations were imported or thresholds changed after the last analysis run. Run the analyses to update them.</source>
        <translation>Los resultados están desfasados: se importaron declaraciones o se cambiaron umbrales después del último análisis. Vuelva a ejecutar los análisis para actualizarlos.</translation>
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
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID operador</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>Capítulo SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
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
        <source>Lane</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valor en aduana</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspeccionadas</translation>
    </message>
    <message>
        <source>Illicit</source>
        <translation>Ilícitas</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Ingresos recuperados</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Partidas con alerta</translation>
    </message>
    <message>
        <source>Flagged share</source>
        <translation>Proporción con alerta</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Ingresos en juego</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TimePanel</name>
    <message>
        <source>The figure the columns show</source>
        <translation>La cifra que muestran las columnas</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
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
        <source>Revenue recovered</source>
        <translation>Ingresos recuperados</translation>
    </message>
    <message>
        <source>The length of the periods</source>
        <translation>La duración de los periodos</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Automatic (by day)</source>
        <translation>Automático (por día)</translation>
    </message>
    <message>
        <source>Automatic (by week)</source>
        <translation>Automático (por semana)</translation>
    </message>
    <message>
        <source>Automatic (by month)</source>
        <translation>Automático (por mes)</translation>
    </message>
    <message>
        <source>No declarations in this period under this filter.</source>
        <translation>Ninguna declaración en este periodo con este filtro.</translation>
    </message>
    <message>
        <source>Flagged share (%)</source>
        <translation>Proporción con alerta (%)</translation>
    </message>
    <message>
        <source>Flagged %</source>
        <translation>% con alerta</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>1st half %1 – %2, 2nd half %3 – %4</source>
        <translation>1.ª mitad %1 – %2, 2.ª mitad %3 – %4</translation>
    </message>
    <message>
        <source>No marked change between the halves.</source>
        <translation>Ningún cambio marcado entre las mitades.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Mix shift between the halves: %1</source>
        <translation>Cambio de distribución entre las mitades: %1</translation>
    </message>
    <message>
        <source>Total variation distance between the shares of the two halves: 0 % for the same mix, 100 % when they have nothing in common</source>
        <translation>Distancia de variación total entre las proporciones de las dos mitades: 0 % con la misma distribución, 100 % si no tienen nada en común</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderDetailTabs</name>
    <message>
        <source>HS chapters</source>
        <translation>Capítulos SA</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Declarants</source>
        <translation>Declarantes</translation>
    </message>
    <message>
        <source>The trader&apos;s median unit value per HS6 as a share of other traders&apos; median (100 % = the same), over the period and in each half. Double-click a row to list the items.</source>
        <translation>Valor unitario mediano del operador por SA6, como proporción de la mediana de los demás operadores (100 % = igual), en el periodo y en cada mitad. Doble clic en una fila para listar las partidas.</translation>
    </message>
    <message>
        <source>Trader %1, HS %2</source>
        <translation>Operador %1, SA %2</translation>
    </message>
    <message>
        <source>Unit values vs peers</source>
        <translation>Valores unitarios / pares</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Declaración %1</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Filter: declaration reference or HS code…</source>
        <translation>Filtro: referencia de declaración o código SA…</translation>
    </message>
    <message>
        <source>Open in the declarations view</source>
        <translation>Abrir en la vista Declaraciones</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 partidas</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>Trader %1, %2 %3</source>
        <translation>Operador %1, %2 %3</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message>
        <source>Mixes by half and unit values: estimates from a sample of %1 items</source>
        <translation>Distribuciones por mitad y valores unitarios: estimaciones con una muestra de %1 partidas</translation>
    </message>
    <message>
        <source>The trader has too many items to read them all at once: one row in %1 is read. Exact: item counts, flags, inspections, and each HS chapter&apos;s, origin&apos;s and declarant&apos;s total. Scaled from the sample: how those split between the halves, the partners, the Incoterms and the unit values.</source>
        <translation>El operador tiene demasiadas partidas para leerlas todas a la vez: se lee una fila de cada %1. Exactos: el número de partidas, las alertas, las inspecciones y el total de cada capítulo SA, origen y declarante. Extrapolados a partir de la muestra: su reparto entre las mitades, los socios, los Incoterms y los valores unitarios.</translation>
    </message>
    <message>
        <source>The trader has too many items to read them all at once: one row in %1 is read. Exact: item counts, flags and inspections. Scaled from the sample: the mixes and the unit values.</source>
        <translation>El operador tiene demasiadas partidas para leerlas todas a la vez: se lee una fila de cada %1. Exactos: el número de partidas, las alertas y las inspecciones. Extrapolados a partir de la muestra: los repartos y los valores unitarios.</translation>
    </message>
    <message>
        <source>The period cuts months with too many items to read: the totals, those months and the halves are estimates too, their item counts excepted.</source>
        <translation>El periodo corta meses con demasiadas partidas para leer: los totales, esos meses y las mitades también son estimaciones, salvo el número de partidas.</translation>
    </message>
    <message>
        <source>The halves split a month with too many items to read: the halves&apos; figures are estimates too, their item counts excepted.</source>
        <translation>Las mitades cortan un mes con demasiadas partidas para leer: las cifras de las mitades también son estimaciones, salvo el número de partidas.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderFlagsPanel</name>
    <message>
        <source>Select a trader to see the flags behind its score.</source>
        <translation>Elija un operador para ver las alertas detrás de su puntuación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · rank %3 · risk score %4 · %5 declarations · %6 flags on %7 items · %8 at stake · %9 inspected, %10 illicit</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · puesto %3 · puntuación de riesgo %4 · %5 declaraciones · %6 alertas en %7 partidas · %8 en juego · %9 inspeccionadas, %10 ilícitas</translation>
    </message>
    <message>
        <source>The trader&apos;s flags could not be read: %1</source>
        <translation>No se pudieron leer las alertas del operador: %1</translation>
    </message>
    <message>
        <source>No flags on this trader&apos;s items.</source>
        <translation>Ninguna alerta en las partidas de este operador.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Flags by kind: click a bar to list only that kind, again to list them all</source>
        <translation>Alertas por tipo: clic en una barra para listar solo ese tipo, otra vez para listarlas todas</translation>
    </message>
    <message>
        <source>%1. Flags: %2, highest score first</source>
        <translation>%1. Alertas: %2, la puntuación más alta primero</translation>
    </message>
    <message>
        <source>Flags: %1, highest score first</source>
        <translation>Alertas: %1, la puntuación más alta primero</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderHeader</name>
    <message>
        <source>%1 in the 2nd half</source>
        <translation>%1 en la 2.ª mitad</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
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
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Revenue recovered</source>
        <translation>Ingresos recuperados</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exportaciones</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importaciones</translation>
    </message>
    <message>
        <source>active %1 – %2</source>
        <translation>activo %1 – %2</translation>
    </message>
    <message>
        <source>Also declared as: %1</source>
        <translation>También declarado como: %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 by risk, riskier than %3 % of traders · risk score %4</source>
        <translation>Puesto %1 de %2 por riesgo, más riesgo que el %3 % de los operadores · puntuación de riesgo %4</translation>
    </message>
    <message>
        <source> · top reasons: %1</source>
        <translation> · motivos principales: %1</translation>
    </message>
    <message>
        <source> (results older than the data)</source>
        <translation> (resultados anteriores a los datos)</translation>
    </message>
    <message>
        <source>Not ranked: the trader has no score in the last analysis run.</source>
        <translation>Sin clasificar: el operador no tiene puntuación en el último análisis.</translation>
    </message>
    <message>
        <source>Not ranked yet: the analyses have not been run on this workspace.</source>
        <translation>Aún sin clasificar: no se han ejecutado los análisis en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 at stake</source>
        <translation>%1 en juego</translation>
    </message>
    <message>
        <source>%1 inspected</source>
        <translation>%1 inspeccionadas</translation>
    </message>
    <message>
        <source>%1 in the 2nd half (estimate)</source>
        <translation>%1 en la 2.ª mitad (estimación)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderInspectionsPanel</name>
    <message>
        <source>Inspections</source>
        <translation>Inspecciones</translation>
    </message>
    <message>
        <source>Inspected items:</source>
        <translation>Partidas inspeccionadas:</translation>
    </message>
    <message>
        <source>Illicit:</source>
        <translation>Ilícitas:</translation>
    </message>
    <message>
        <source>Hit rate:</source>
        <translation>Tasa de aciertos:</translation>
    </message>
    <message>
        <source>Smoothed hit rate:</source>
        <translation>Tasa suavizada:</translation>
    </message>
    <message>
        <source>All traders:</source>
        <translation>Todos los operadores:</translation>
    </message>
    <message>
        <source>Revenue recovered:</source>
        <translation>Ingresos recuperados:</translation>
    </message>
    <message>
        <source>Illicit finds over inspections, pulled toward every trader&apos;s rate while the trader has few inspections (as if it had ten more at the population&apos;s rate)</source>
        <translation>Hallazgos ilícitos sobre inspecciones, acercados a la tasa de todos los operadores mientras el operador tenga pocas inspecciones (como si tuviera diez más a la tasa de la población)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— (no inspection)</source>
        <translation>— (ninguna inspección)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 inspected items)</source>
        <translation>%1 (%2 de %3 partidas inspeccionadas)</translation>
    </message>
    <message>
        <source>— (no inspection recorded)</source>
        <translation>— (ninguna inspección registrada)</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderMixModel</name>
    <message>
        <source>One of the biggest shifts between the halves</source>
        <translation>Uno de los mayores cambios entre las mitades</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Items, 1st half</source>
        <translation>Partidas, 1.ª mitad</translation>
    </message>
    <message>
        <source>Items, 2nd half</source>
        <translation>Partidas, 2.ª mitad</translation>
    </message>
    <message>
        <source>Value, 1st half</source>
        <translation>Valor, 1.ª mitad</translation>
    </message>
    <message>
        <source>Value, 2nd half</source>
        <translation>Valor, 2.ª mitad</translation>
    </message>
    <message>
        <source>Share, 1st half</source>
        <translation>Cuota, 1.ª mitad</translation>
    </message>
    <message>
        <source>Share, 2nd half</source>
        <translation>Cuota, 2.ª mitad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderScoreModel</name>
    <message>
        <source>%1: 1 flag</source>
        <translation>%1: 1 alerta</translation>
    </message>
    <message>
        <source>%1: %2 flags</source>
        <translation>%1: %2 alertas</translation>
    </message>
    <message>
        <source>, %1 at stake</source>
        <translation>, %1 en juego</translation>
    </message>
    <message>
        <source>%1 inspected, %2 illicit; smoothed toward the rate of all traders</source>
        <translation>%1 inspeccionadas, %2 ilícitas; suavizada hacia la tasa de todos los operadores</translation>
    </message>
    <message>
        <source>Double-click to see this trader&apos;s declarations</source>
        <translation>Doble clic para ver las declaraciones de este operador</translation>
    </message>
    <message>
        <source>0-100: how much more often than others the trader&apos;s items are flagged and its inspections hit, with the revenue at stake</source>
        <translation>0-100: cuánto más a menudo que los demás reciben alertas las partidas del operador y aciertan sus inspecciones, con los ingresos en juego</translation>
    </message>
    <message>
        <source>Illicit outcomes among the trader&apos;s inspected items</source>
        <translation>Resultados ilícitos entre las partidas inspeccionadas del operador</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Trader ID</source>
        <translation>ID operador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Puntuación de riesgo</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Partidas con alerta</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Ingresos en juego</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Motivos principales</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderSearchBox</name>
    <message>
        <source>Open a trader: ID or start of its name…</source>
        <translation>Abrir un operador: ID o inicio del nombre…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n partida)</numerusform>
            <numerusform>%1 — %2 (%n partidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderUnitValueModel</name>
    <message numerus="yes">
        <source>Median of a sample of %n item(s) of other traders, same HS6, flow and unit, in the period</source>
        <translation>
            <numerusform>Mediana de una muestra de %n partida de otros operadores, mismo SA6, flujo y unidad, en el periodo</numerusform>
            <numerusform>Mediana de una muestra de %n partidas de otros operadores, mismo SA6, flujo y unidad, en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>SA6</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valor en aduana</translation>
    </message>
    <message>
        <source>Median unit value</source>
        <translation>Valor unitario mediano</translation>
    </message>
    <message>
        <source>Peers&apos; median</source>
        <translation>Mediana de los pares</translation>
    </message>
    <message>
        <source>Against peers</source>
        <translation>Frente a los pares</translation>
    </message>
    <message>
        <source>1st half</source>
        <translation>1.ª mitad</translation>
    </message>
    <message>
        <source>2nd half</source>
        <translation>2.ª mitad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Peer sample</source>
        <translation>Muestra de pares</translation>
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
        <translation>%1 ptos.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TraderView</name>
    <message>
        <source>Whole period</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>The trader&apos;s whole active period</source>
        <translation>Todo el periodo de actividad del operador</translation>
    </message>
    <message>
        <source>All declarations of this trader</source>
        <translation>Todas sus declaraciones</translation>
    </message>
    <message>
        <source>Type a trader&apos;s ID or the start of its name above to open its profile: activity, changes in behaviour, flags, inspections and standing among peers.</source>
        <translation>Escriba arriba el ID de un operador o el inicio de su nombre para abrir su perfil: actividad, cambios de comportamiento, alertas, inspecciones y posición entre sus pares.</translation>
    </message>
    <message>
        <source>Customs value and items month by month; click a month to list its declarations</source>
        <translation>Valor en aduana y partidas mes a mes; haga clic en un mes para listar sus declaraciones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Trader %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>The trader&apos;s profile could not be read: %1</source>
        <translation>No se pudo leer el perfil del operador: %1</translation>
    </message>
    <message>
        <source>No declarations in the period.</source>
        <translation>Ninguna declaración en el periodo.</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Valor en aduana</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>miles</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>miles de millones</translation>
    </message>
    <message>
        <source>Customs value, 1st half</source>
        <translation>Valor en aduana, 1.ª mitad</translation>
    </message>
    <message>
        <source>Customs value, 2nd half</source>
        <translation>Valor en aduana, 2.ª mitad</translation>
    </message>
    <message>
        <source>Trader %1 in %2</source>
        <translation>Operador %1 en %2</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::TradersView</name>
    <message>
        <source>Find a trader by ID or name…</source>
        <translation>Buscar un operador por ID o nombre…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the listed traders as a CSV file for a spreadsheet</source>
        <translation>Guardar los operadores listados en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Flags behind the selected trader&apos;s score</source>
        <translation>Alertas detrás de la puntuación del operador elegido</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Declaración %1</translation>
    </message>
    <message>
        <source>trader-ranking.csv</source>
        <translation>clasificacion-operadores.csv</translation>
    </message>
    <message>
        <source>Traders ranked: %1, riskiest first</source>
        <translation>Operadores clasificados: %1, los de mayor riesgo primero</translation>
    </message>
    <message>
        <source>No trader has been ranked yet.</source>
        <translation>Todavía no se ha clasificado ningún operador.</translation>
    </message>
    <message>
        <source>The trader ranking could not be read: %1</source>
        <translation>No se pudo leer la clasificación de operadores: %1</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::UserGuideDialog</name>
    <message>
        <source>ClearSight user guide</source>
        <translation>Guía del usuario de ClearSight</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>La guía del usuario no está incluida en esta compilación.</translation>
    </message>
</context>
<context>
    <name>clearsight::ui::ValuationView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the listed flags as a CSV file for a spreadsheet</source>
        <translation>Guardar las alertas listadas en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Peer group of the selected item</source>
        <translation>Grupo de pares de la partida elegida</translation>
    </message>
    <message>
        <source>valuation-flags.csv</source>
        <translation>alertas-valoracion.csv</translation>
    </message>
    <message>
        <source>Valuation flags: %1, highest score first. Revenue at stake: %2 %3.</source>
        <translation>Alertas de valoración: %1, la puntuación más alta primero. Ingresos en juego: %2 %3.</translation>
    </message>
    <message>
        <source>No valuation flags to show.</source>
        <translation>Ninguna alerta de valoración que mostrar.</translation>
    </message>
    <message>
        <source>The peer group could not be read: %1</source>
        <translation>No se pudo leer el grupo de pares: %1</translation>
    </message>
    <message>
        <source>The valuation flags could not be read: %1</source>
        <translation>No se pudieron leer las alertas de valoración: %1</translation>
    </message>
    <message>
        <source>Declaration %1</source>
        <translation>Declaración %1</translation>
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
</TS>
