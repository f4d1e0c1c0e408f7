<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="68" />
      <source>About &amp;Qt</source>
      <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="69" />
      <source>About Qt</source>
      <translation>Acerca de Qt</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="39" />
      <source>About {app}</source>
      <translation>Acerca de {app}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="47" />
      <source>Data folder: {path}</source>
      <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="58" />
      <source>Licence of Qt and PySide6</source>
      <translation>Licencia de Qt y PySide6</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="48" />
      <source>Log file: {path}</source>
      <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="53" />
      <source>Made with Qt and PySide6 (Qt for Python), © The Qt Company, used under the GNU Lesser General Public License version 3. They are separate libraries in this app and can be replaced.</source>
      <translation>Hecho con Qt y PySide6 (Qt for Python), © The Qt Company, usados bajo la Licencia Pública General Reducida de GNU, versión 3. Son bibliotecas separadas dentro de esta aplicación y se pueden reemplazar.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="62" />
      <source>Open the &amp;data folder</source>
      <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="63" />
      <source>Open the data folder</source>
      <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="65" />
      <source>Read the &amp;licence</source>
      <translation>Leer la &amp;licencia</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="66" />
      <source>Read the GNU LGPL version 3</source>
      <translation>Leer la GNU LGPL versión 3</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="49" />
      <source>Run journal (every batch, kept so a run can be resumed): {path}</source>
      <translation>Diario de envíos (cada lote, guardado para poder reanudar un envío): {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="50" />
      <source>Saved mappings: {path}</source>
      <translation>Asignaciones guardadas: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="52" />
      <source>Where the app keeps its files</source>
      <translation>Dónde guarda la aplicación sus archivos</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="40" />
      <source>{app} {version}</source>
      <translation>{app} {version}</translation>
    </message>
  </context>
  <context>
    <name>AccountLoader</name>
    <message>
      <location filename="../../gui/connections/account_loader.py" line="66" />
      <source>reading the account's fields</source>
      <translation>leyendo los campos de la cuenta</translation>
    </message>
  </context>
  <context>
    <name>AfterRunBar</name>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="42" />
      <source>&amp;Undo this run…</source>
      <translation>&amp;Deshacer este envío…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="43" />
      <source>Archive the contacts this run created</source>
      <translation>Archivar los contactos que creó este envío</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="149" />
      <source>Archived {n} contacts this run created.</source>
      <translation>Se archivaron {n} contactos creados por este envío.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="132" />
      <source>Archiving…</source>
      <translation>Archivando…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="45" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="39" />
      <source>Check &amp;status in Virtuous</source>
      <translation>Comprobar el e&amp;stado en Virtuous</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="147" />
      <source>Check again later to follow the review.</source>
      <translation>Vuelva a comprobarlo más tarde para seguir la revisión.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="40" />
      <source>Check which rows are in Virtuous now</source>
      <translation>Comprobar qué filas están ya en Virtuous</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="111" />
      <source>Checking Virtuous…</source>
      <translation>Comprobando Virtuous…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="66" />
      <source>Stopped; what was checked so far is kept.</source>
      <translation>Detenido; se conserva lo comprobado hasta ahora.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="90" />
      <source>This archives the {n} contacts practice run {id} created in the practice HubSpot (contacts it updated are left as they are). Nothing leaves this computer.</source>
      <translation>Esto archiva los {n} contactos que creó la prueba {id} en el HubSpot de práctica (los contactos que actualizó quedan como están). Nada sale de este equipo.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="93" />
      <source>This archives the {n} contacts run {id} created in HubSpot (contacts it updated are left as they are). Archived contacts can be restored in HubSpot for 90 days.</source>
      <translation>Esto archiva los {n} contactos que creó el envío {id} en HubSpot (los contactos que actualizó quedan como están). Los contactos archivados se pueden restaurar en HubSpot durante 90 días.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="123" />
      <source>This run has no created contacts left to archive.</source>
      <translation>Este envío no tiene contactos creados que archivar.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="83" />
      <source>This was a practice run. The practice CRM it went to closed with the app and its contacts with it, so there is nothing there any more.</source>
      <translation>Fue un envío de práctica. El CRM de práctica al que fue se cerró con la aplicación, y sus contactos con él, así que allí ya no queda nada.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="125" />
      <source>Undo this run</source>
      <translation>Deshacer este envío</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="130" />
      <source>archiving the contacts</source>
      <translation>archivando los contactos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="109" />
      <source>checking Virtuous</source>
      <translation>comprobando Virtuous</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="143" />
      <source>{in_crm} in Virtuous, {waiting} still waiting for review.</source>
      <translation>{in_crm} en Virtuous, {waiting} aún esperan revisión.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="146" />
      <source>{n} could not be checked.</source>
      <translation>{n} no se pudieron comprobar.</translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message>
      <location filename="../../gui/widgets/banner.py" line="35" />
      <source>Notice</source>
      <translation>Aviso</translation>
    </message>
  </context>
  <context>
    <name>BatchBuilder</name>
    <message>
      <location filename="../../gui/session/batch_builder.py" line="72" />
      <source>preparing the batches</source>
      <translation>preparar los lotes</translation>
    </message>
  </context>
  <context>
    <name>BatchesModel</name>
    <message>
      <location filename="../../gui/models/batches_model.py" line="50" />
      <source>Add or update</source>
      <translation>Añadir o actualizar</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Contacts</source>
      <translation>Contactos</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="51" />
      <source>Create</source>
      <translation>Crear</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="52" />
      <source>Create or update</source>
      <translation>Crear o actualizar</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Rows in file</source>
      <translation>Filas del archivo</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="46" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="80" />
      <source>Spreadsheet rows in this batch: {rows}</source>
      <translation>Filas de la hoja en este lote: {rows}</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="53" />
      <source>Update chosen contacts</source>
      <translation>Actualizar los contactos elegidos</translation>
    </message>
  </context>
  <context>
    <name>CheckModel</name>
    <message>
      <location filename="../../gui/models/check_model.py" line="309" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="279" />
      <source>In your file: {value}</source>
      <translation>En su archivo: {value}</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="227" />
      <location filename="../../gui/models/check_model.py" line="310" />
      <source>Left out</source>
      <translation>Excluida</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="302" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="230" />
      <source>Not sent: fix its errors first (the coloured cells say what is wrong)</source>
      <translation>No se envía: corrija antes sus errores (las celdas coloreadas dicen qué está mal)</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="227" />
      <source>Not sent: it has errors</source>
      <translation>No se envía: tiene errores</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="309" />
      <source>OK</source>
      <translation>Correcta</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="189" />
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="187" />
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="191" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="198" />
      <source>The row number in your spreadsheet</source>
      <translation>El número de fila en su hoja de cálculo</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="196" />
      <source>Untick a row to leave it out of the import</source>
      <translation>Desmarque una fila para dejarla fuera de la importación</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="309" />
      <source>Warning</source>
      <translation>Advertencia</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="228" />
      <source>Will be sent</source>
      <translation>Se enviará</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="302" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../gui/pages/check_page.py" line="195" />
      <location filename="../../gui/pages/check_page.py" line="528" />
      <source>&amp;Fix all like this…</source>
      <translation>Co&amp;rregir todas así…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="527" />
      <source>&amp;Fix all {n} cells like this…</source>
      <translation>Co&amp;rregir las {n} celdas así…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="201" />
      <source>&amp;Undo fix</source>
      <translation>Des&amp;hacer corrección</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="129" />
      <source>Cells with a problem are coloured; point at one to see why. Double-click a cell to fix it here (your file is not changed). Rows with errors are not sent; untick a row to leave it out.</source>
      <translation>Las celdas con un problema están coloreadas; señale una para ver por qué. Haga doble clic en una celda para corregirla aquí (su archivo no cambia). Las filas con errores no se envían; desmarque una fila para dejarla fuera.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="128" />
      <source>Check the rows</source>
      <translation>Revise las filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="302" />
      <source>Checking {n} rows…</source>
      <translation>Revisando {n} filas…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="415" />
      <source>Choose a connection for {crm} on the Send step first (or use practice mode) to compare with its people.</source>
      <translation>Elija primero una conexión de {crm} en el paso Enviar (o use el modo de práctica) para comparar con sus personas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="171" />
      <source>Compare with the &amp;account</source>
      <translation>Comparar con la &amp;cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="360" />
      <source>Don't import this column</source>
      <translation>No importar esta columna</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="253" />
      <source>Duplicates</source>
      <translation>Duplicados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="461" />
      <source>Duplicates ({n})</source>
      <translation>Duplicados ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="198" />
      <source>F&amp;ind &amp;&amp; replace…</source>
      <translation>Buscar y reempla&amp;zar…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="173" />
      <source>Fetch the people already in the account once and label each row</source>
      <translation>Traer una vez las personas que ya están en la cuenta y etiquetar cada fila</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="421" />
      <source>Fetching the people in the account…</source>
      <translation>Trayendo las personas de la cuenta…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="167" />
      <source>Find &amp;duplicates</source>
      <translation>Buscar &amp;duplicados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="608" />
      <source>Find and replace in '{column}'</source>
      <translation>Buscar y reemplazar en '{column}'</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="587" />
      <source>Fix all cells like this</source>
      <translation>Corregir todas las celdas así</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="462" />
      <source>In the account</source>
      <translation>En la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="169" />
      <source>Look for rows that are probably the same person</source>
      <translation>Buscar filas que probablemente son la misma persona</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="406" />
      <source>Looking for rows that are the same person…</source>
      <translation>Buscando filas que son la misma persona…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="357" />
      <source>Map it to Full name</source>
      <translation>Asignarla a Nombre completo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="361" />
      <source>Map it to…</source>
      <translation>Asignarla a…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="187" />
      <source>Problems by cause</source>
      <translation>Problemas por causa</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="202" />
      <source>Put back every cell the last fix changed</source>
      <translation>Devolver cada celda que cambió la última corrección</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="199" />
      <source>Replace text in every cell of the selected column</source>
      <translation>Reemplazar texto en cada celda de la columna seleccionada</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="609" />
      <source>Replace text in the cells of column '{column}' (your file is not changed).</source>
      <translation>Reemplazar texto en las celdas de la columna '{column}' (su archivo no cambia).</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="666" />
      <source>Row {row}: no problems.</source>
      <translation>Fila {row}: sin problemas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="252" />
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="223" />
      <source>Rows of the file</source>
      <translation>Filas del archivo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="662" />
      <source>Select a row to see its problems here.</source>
      <translation>Seleccione una fila para ver aquí sus problemas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="192" />
      <location filename="../../gui/pages/check_page.py" line="530" />
      <source>Show &amp;rows</source>
      <translation>&amp;Mostrar filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="530" />
      <source>Show all &amp;rows</source>
      <translation>Mostrar todas las &amp;filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="159" />
      <source>Show only rows with &amp;problems</source>
      <translation>Mostrar solo filas con &amp;problemas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="160" />
      <source>Show only rows with problems</source>
      <translation>Mostrar solo filas con problemas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="193" />
      <source>Show only the rows of the selected problem</source>
      <translation>Mostrar solo las filas del problema seleccionado</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="296" />
      <source>checking the rows</source>
      <translation>revisar las filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="419" />
      <source>comparing with the account</source>
      <translation>comparando con la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="404" />
      <source>looking for duplicates</source>
      <translation>buscando duplicados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="421" />
      <source>people</source>
      <translation>personas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="302" />
      <source>rows</source>
      <translation>filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="406" />
      <source>steps</source>
      <translation>pasos</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="624" />
      <source>{n} cells changed</source>
      <translation>{n} celdas cambiadas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="588" />
      <source>{n} cells in column '{column}' have this problem: {problem}</source>
      <translation>{n} celdas de la columna '{column}' tienen este problema: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="473" />
      <source>{n} left out by you</source>
      <translation>{n} excluidas por usted</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="470" />
      <source>{n} ready</source>
      <translation>{n} listas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="472" />
      <source>{n} with errors (will be skipped)</source>
      <translation>{n} con errores (se omitirán)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="471" />
      <source>{n} with warnings (will be sent)</source>
      <translation>{n} con advertencias (se enviarán)</translation>
    </message>
  </context>
  <context>
    <name>ColumnOptionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="127" />
      <source>&amp;Dates in this column:</source>
      <translation>&amp;Fechas en esta columna:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="122" />
      <source>&amp;Join with column:</source>
      <translation>&amp;Unir con la columna:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="116" />
      <source>&amp;Replace values:</source>
      <translation>&amp;Reemplazar valores:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="75" />
      <source>(no other column)</source>
      <translation>(ninguna otra columna)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="49" />
      <source>Column “{column}” goes to {field}. Change its values on the way:</source>
      <translation>La columna “{column}” va a {field}. Cambie sus valores por el camino:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="108" />
      <source>Dates in this column</source>
      <translation>Fechas en esta columna</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="31" />
      <source>Day first (31/12/2024)</source>
      <translation>Día primero (31/12/2024)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="30" />
      <source>Decide from the column</source>
      <translation>Decidir según la columna</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="33" />
      <source>Don't split</source>
      <translation>No dividir</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="105" />
      <source>Join with column</source>
      <translation>Unir con la columna</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Keep as typed</source>
      <translation>Dejar como está escrito</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="72" />
      <source>Leave blank cells blank</source>
      <translation>Dejar vacías las celdas vacías</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="28" />
      <source>Leave the field empty for that row</source>
      <translation>Dejar el campo vacío en esa fila</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="113" />
      <source>Letter &amp;case:</source>
      <translation>&amp;Mayúsculas y minúsculas:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="102" />
      <source>Letter case</source>
      <translation>Mayúsculas y minúsculas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="32" />
      <source>Month first (12/31/2024)</source>
      <translation>Mes primero (12/31/2024)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="67" />
      <source>One per line, for example:
Y → Yes
N → No</source>
      <translation>Uno por línea, por ejemplo:
S → Sí
N → No</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="47" />
      <source>Options for “{column}”</source>
      <translation>Opciones de “{column}”</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="106" />
      <source>Put between joined values</source>
      <translation>Poner entre los valores unidos</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="83" />
      <source>Put between the two values (a space by default)</source>
      <translation>Poner entre los dos valores (un espacio por omisión)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="53" />
      <source>Remove spaces at the start and end</source>
      <translation>Quitar los espacios al principio y al final</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="104" />
      <source>Replace values</source>
      <translation>Reemplazar valores</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="29" />
      <source>Skip the row</source>
      <translation>Omitir la fila</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="59" />
      <source>Split a full name into first, middle and last name</source>
      <translation>Dividir un nombre completo en nombre, segundo nombre y apellido</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="103" />
      <source>Split full name</source>
      <translation>Dividir el nombre completo</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="115" />
      <source>Split into a &amp;list:</source>
      <translation>Dividir en una &amp;lista:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="103" />
      <source>Split into a list</source>
      <translation>Dividir en una lista</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="34" />
      <source>Split on ,</source>
      <translation>Dividir por ,</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="33" />
      <source>Split on ;</source>
      <translation>Dividir por ;</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="34" />
      <source>Split on ; or ,</source>
      <translation>Dividir por ; o ,</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Title Case</source>
      <translation>Iniciales En Mayúscula</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="102" />
      <source>Trim spaces</source>
      <translation>Quitar espacios</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="27" />
      <source>UPPER CASE</source>
      <translation>MAYÚSCULAS</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="104" />
      <source>Value when blank</source>
      <translation>Valor si está vacía</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="117" />
      <source>When &amp;blank, use:</source>
      <translation>Si está &amp;vacía, usar:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="125" />
      <source>When a value cannot be &amp;read:</source>
      <translation>Si un valor no se puede &amp;leer:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="107" />
      <source>When a value cannot be read</source>
      <translation>Si un valor no se puede leer</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="27" />
      <source>lower case</source>
      <translation>minúsculas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="120" />
      <source>with</source>
      <translation>con</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="94" />
      <source>{field} is needed: a row whose value cannot be read is not sent</source>
      <translation>{field} es necesario: una fila cuyo valor no se puede leer no se envía</translation>
    </message>
  </context>
  <context>
    <name>CompanyBox</name>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="31" />
      <source>&amp;Create companies that are not in HubSpot yet</source>
      <translation>&amp;Crear las empresas que aún no están en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="95" />
      <source>1 contact will be associated with its company.</source>
      <translation>1 contacto se asociará con su empresa.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="98" />
      <source>1 row names a company not found in HubSpot (sent without one).</source>
      <translation>1 fila nombra una empresa que no está en HubSpot (se envía sin empresa).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="102" />
      <source>1 row names a company that will be created when sending.</source>
      <translation>1 fila nombra una empresa que se creará al enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="100" />
      <source>1 row names several companies (not guessed: give the domain or the ID).</source>
      <translation>1 fila nombra varias empresas (no se adivina: indique el dominio o el ID).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="36" />
      <source>Associate as:</source>
      <translation>Asociar como:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="23" />
      <source>Companies</source>
      <translation>Empresas</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="75" />
      <source>Company (no label)</source>
      <translation>Empresa (sin etiqueta)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="33" />
      <source>Create missing companies</source>
      <translation>Crear las empresas que faltan</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="29" />
      <source>How each contact is associated with its company</source>
      <translation>Cómo se asocia cada contacto con su empresa</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="34" />
      <source>Without this, a company that is not found is left out and the row says so. Changing either prepares the batches again.</source>
      <translation>Sin esto, una empresa que no se encuentra se deja fuera y la fila lo dice. Cambiar cualquiera de los dos vuelve a preparar los lotes.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="96" />
      <source>{n} contacts will be associated with their company.</source>
      <translation>{n} contactos se asociarán con su empresa.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="99" />
      <source>{n} rows name a company not found in HubSpot (sent without one).</source>
      <translation>{n} filas nombran una empresa que no está en HubSpot (se envían sin empresa).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="103" />
      <source>{n} rows name a company that will be created when sending.</source>
      <translation>{n} filas nombran una empresa que se creará al enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="101" />
      <source>{n} rows name several companies (not guessed: give the domain or the ID).</source>
      <translation>{n} filas nombran varias empresas (no se adivina: indique el dominio o el ID).</translation>
    </message>
  </context>
  <context>
    <name>Connections</name>
    <message>
      <location filename="../../gui/connections/saved.py" line="110" />
      <source>Choose Virtuous or HubSpot.</source>
      <translation>Elija Virtuous o HubSpot.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="108" />
      <source>Give the connection a name, for example “Our HubSpot”.</source>
      <translation>Dé un nombre a la conexión, por ejemplo “Nuestro HubSpot”.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="229" />
      <source>The API key for “{name}” ({crm}) is not saved on this computer. Enter it under Connections, then resume.</source>
      <translation>La clave de API de “{name}” ({crm}) no está guardada en este equipo. Escríbala en Conexiones y luego reanude.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="123" />
      <source>The address must look like https://api.example.com (a port, if any, is one number).</source>
      <translation>La dirección debe tener la forma https://api.example.com (el puerto, si lo hay, es un solo número).</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="112" />
      <source>There is already a connection called “{name}”.</source>
      <translation>Ya hay una conexión llamada “{name}”.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="219" />
      <source>This was a practice run. The practice CRM it went to closed with the app, so there is nothing to resume it against. Its results are kept; start a new practice send instead.</source>
      <translation>Fue un envío de práctica. El CRM de práctica al que fue se cerró con la aplicación, así que no hay contra qué reanudarlo. Sus resultados se conservan; haga un nuevo envío de práctica.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="120" />
      <source>Use an https:// address: plain http:// would send the API key unencrypted (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
      <translation>Use una dirección https://: con http:// la clave de la API viajaría sin cifrar (http:// solo se permite para este equipo: localhost, 127.0.0.1 o ::1).</translation>
    </message>
  </context>
  <context>
    <name>ConnectionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="67" />
      <source>&amp;Add</source>
      <translation>&amp;Añadir</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="117" />
      <source>&amp;CRM:</source>
      <translation>&amp;CRM:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="116" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="70" />
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="131" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="128" />
      <source>&amp;Test connection</source>
      <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="260" />
      <source>A private app access token (or service key) from your HubSpot settings, allowed to read and write contacts.</source>
      <translation>Un token de acceso de aplicación privada (o clave de servicio) de la configuración de HubSpot, con permiso para leer y escribir contactos.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="112" />
      <source>API &amp;address:</source>
      <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="118" />
      <source>API &amp;key:</source>
      <translation>C&amp;lave de API:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="111" />
      <source>API address</source>
      <translation>Dirección de la API</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="91" />
      <source>API key or access token</source>
      <translation>Clave de API o token de acceso</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="68" />
      <source>Add a connection</source>
      <translation>Añadir una conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="104" />
      <source>Advanced</source>
      <translation>Avanzado</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="258" />
      <source>An API key made in Virtuous by someone allowed to manage its integrations.</source>
      <translation>Una clave de API creada en Virtuous por alguien con permiso para gestionar sus integraciones.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="356" />
      <source>Asking {crm}…</source>
      <translation>Preguntando a {crm}…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="84" />
      <source>CRM</source>
      <translation>CRM</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="363" />
      <source>Connected. {answer}</source>
      <translation>Conectado. {answer}</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="81" />
      <source>Connection name</source>
      <translation>Nombre de la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="136" />
      <source>Connection status</source>
      <translation>Estado de la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="55" />
      <source>Connections</source>
      <translation>Conexiones</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="82" />
      <source>For example: Our HubSpot</source>
      <translation>Por ejemplo: Nuestro HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="263" />
      <source>How do I get an API key for {crm}?</source>
      <translation>¿Cómo consigo una clave de API de {crm}?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="212" />
      <source>No API key is saved for this connection on this computer. Paste it above and press Save.</source>
      <translation>No hay ninguna clave de API guardada para esta conexión en este equipo. Péguela arriba y pulse Guardar.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="267" />
      <source>Opens {crm}'s instructions in your web browser</source>
      <translation>Abre las instrucciones de {crm} en su navegador</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="341" />
      <source>Paste the API key first.</source>
      <translation>Primero pegue la clave de API.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="313" />
      <source>Paste the API key for this connection.</source>
      <translation>Pegue la clave de API de esta conexión.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="205" />
      <location filename="../../gui/dialogs/connections_dialog.py" line="227" />
      <source>Paste the API key here</source>
      <translation>Pegue aquí la clave de API</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="238" />
      <source>Remove connection?</source>
      <translation>¿Quitar la conexión?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="71" />
      <source>Remove the selected connection</source>
      <translation>Quitar la conexión seleccionada</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="239" />
      <source>Remove “{name}”? Its API key is deleted from this computer too. Runs already made are kept.</source>
      <translation>¿Quitar “{name}”? Su clave de API también se borra de este equipo. Los envíos ya hechos se conservan.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="133" />
      <source>Save the connection</source>
      <translation>Guardar la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="202" />
      <source>Saved ({masked}); leave blank to keep it</source>
      <translation>Guardada ({masked}); déjelo vacío para conservarla</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="65" />
      <source>Saved connections</source>
      <translation>Conexiones guardadas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="328" />
      <source>Saved. The API key is kept in this computer's password store, not in the app's settings.</source>
      <translation>Guardada. La clave de API se guarda en el almacén de contraseñas de este equipo, no en la configuración de la aplicación.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="324" />
      <source>Saved. This computer has no password store the app can use, so the API key is kept only until the app closes; you will be asked for it again next time.</source>
      <translation>Guardada. Este equipo no tiene un almacén de contraseñas que la aplicación pueda usar, así que la clave de API se guarda solo hasta que se cierre la aplicación; se la pediremos de nuevo la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="108" />
      <source>Show advanced settings</source>
      <translation>Mostrar la configuración avanzada</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="129" />
      <source>Test the connection</source>
      <translation>Probar la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="209" />
      <source>This computer has no password store the app can use, so the key is kept only until the app closes.</source>
      <translation>Este equipo no tiene un almacén de contraseñas que la aplicación pueda usar, así que la clave se guarda solo hasta que se cierre la aplicación.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="294" />
      <source>This does not look like a whole API key (a real one is at least {n} characters, without spaces). Copy it again from the CRM's settings.</source>
      <translation>Esto no parece una clave de API completa (una real tiene al menos {n} caracteres, sin espacios). Cópiela de nuevo de la configuración del CRM.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="350" />
      <source>testing the connection</source>
      <translation>probar la conexión</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="248" />
      <source>“{name}” was removed.</source>
      <translation>Se quitó “{name}”.</translation>
    </message>
  </context>
  <context>
    <name>ConstantsForm</name>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="131" />
      <location filename="../../gui/widgets/constants_form.py" line="139" />
      <location filename="../../gui/widgets/constants_form.py" line="146" />
      <source>(not set)</source>
      <translation>(sin valor)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="39" />
      <source>Contact type</source>
      <translation>Tipo de contacto</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="33" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="42" />
      <location filename="../../gui/widgets/constants_form.py" line="44" />
      <source>Dates in the file</source>
      <translation>Fechas del archivo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="126" />
      <source>Day first: 03/04 is 3 April</source>
      <translation>Día primero: 03/04 es 3 de abril</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="39" />
      <source>Email type</source>
      <translation>Tipo de correo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="34" />
      <source>Evangelist</source>
      <translation>Promotor</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="26" />
      <source>Foundation</source>
      <translation>Fundación</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="26" />
      <source>Home</source>
      <translation>Casa</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="145" />
      <source>HubSpot's default stages; type your account's own stage if it has others</source>
      <translation>Etapas predeterminadas de HubSpot; escriba la etapa propia de su cuenta si tiene otras</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="30" />
      <source>Lead</source>
      <translation>Cliente potencial</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="43" />
      <source>Lifecycle stage</source>
      <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="31" />
      <source>Marketing qualified lead</source>
      <translation>Cliente potencial calificado para marketing</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <source>Mobile</source>
      <translation>Móvil</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="124" />
      <source>Month first, unless clear (US)</source>
      <translation>Mes primero, salvo que esté claro (EE. UU.)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="125" />
      <source>Month first: 03/04 is March 4</source>
      <translation>Mes primero: 03/04 es 4 de marzo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="33" />
      <source>Opportunity</source>
      <translation>Oportunidad</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Organization</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <location filename="../../gui/widgets/constants_form.py" line="34" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="40" />
      <source>Phone type</source>
      <translation>Tipo de teléfono</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="41" />
      <source>Reference source</source>
      <translation>Origen de referencia</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="32" />
      <source>Sales qualified lead</source>
      <translation>Cliente potencial calificado para ventas</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="115" />
      <source>Shown in Virtuous as where these contacts came from</source>
      <translation>Virtuous lo muestra como el origen de estos contactos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="30" />
      <source>Subscriber</source>
      <translation>Suscriptor</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <source>Work</source>
      <translation>Trabajo</translation>
    </message>
  </context>
  <context>
    <name>DestinationBox</name>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="38" />
      <source>Add or change CRM connections</source>
      <translation>Añadir o cambiar conexiones con el CRM</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="37" />
      <source>C&amp;onnections…</source>
      <translation>C&amp;onexiones…</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="81" />
      <source>Choose where to send…</source>
      <translation>Elija adónde enviar…</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="140" />
      <source>Its API key is not saved on this computer: enter it under Connections….</source>
      <translation>Su clave de API no está guardada en este equipo: escríbala en Conexiones….</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="82" />
      <source>Practice — nothing leaves this computer</source>
      <translation>Práctica: nada sale de este equipo</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="31" />
      <source>Send &amp;to:</source>
      <translation>Enviar &amp;a:</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="131" />
      <source>The contacts go to a pretend {crm} inside this app, so you can try everything safely. It forgets them when the app closes.</source>
      <translation>Los contactos van a un {crm} de mentira dentro de esta aplicación, para que pueda probarlo todo sin riesgo. Los olvida al cerrar la aplicación.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="138" />
      <source>The contacts go to {crm} at {url}.</source>
      <translation>Los contactos van a {crm} en {url}.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="134" />
      <source>To send to your real {crm}, add a connection with its API key under Connections….</source>
      <translation>Para enviar a su {crm} real, añada una conexión con su clave de API en Conexiones….</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="34" />
      <source>Where to send the contacts</source>
      <translation>Adónde enviar los contactos</translation>
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="30" />
      <source>&amp;Choose a file…</source>
      <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="34" />
      <source>&amp;Try it with a sample spreadsheet</source>
      <translation>&amp;Probar con una hoja de ejemplo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="32" />
      <source>Choose a file</source>
      <translation>Elegir un archivo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="24" />
      <source>Drop a spreadsheet here</source>
      <translation>Suelte aquí una hoja de cálculo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="27" />
      <source>Excel (.xlsx, .xlsm, .xlsb, .xls), LibreOffice (.ods) or CSV files</source>
      <translation>Archivos de Excel (.xlsx, .xlsm, .xlsb, .xls), LibreOffice (.ods) o CSV</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="35" />
      <source>Try it with a sample spreadsheet</source>
      <translation>Probar con una hoja de ejemplo</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="93" />
      <source>Agrees across the group</source>
      <translation>Coincide en todo el grupo</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="95" />
      <source>Differs within the group</source>
      <translation>Difiere dentro del grupo</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="43" />
      <source>In the account</source>
      <translation>En la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Match</source>
      <translation>Coincidencia</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="43" />
      <source>What happens</source>
      <translation>Qué pasa</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="71" />
      <source>account</source>
      <translation>cuenta</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesPanel</name>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="183" />
      <source>Create it anyway (a second contact)</source>
      <translation>Crearla de todos modos (un segundo contacto)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="155" />
      <source>Group {n}:</source>
      <translation>Grupo {n}:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="68" />
      <source>In the account:</source>
      <translation>En la cuenta:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="156" />
      <source>Keep all (they are different people)</source>
      <translation>Conservar todas (son personas distintas)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="158" />
      <source>Keep only row {row}</source>
      <translation>Conservar solo la fila {row}</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="184" />
      <source>Leave it out (it is already in the account)</source>
      <translation>Dejarla fuera (ya está en la cuenta)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="181" />
      <source>Leave it out (not to be reviewed in Virtuous)</source>
      <translation>Dejarla fuera (para no revisarla en Virtuous)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="159" />
      <source>Merge into one row (row {row}, most complete values win)</source>
      <translation>Unir en una fila (fila {row}, ganan los valores más completos)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="42" />
      <source>Probable duplicates</source>
      <translation>Duplicados probables</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="148" />
      <source>Row {row}:</source>
      <translation>Fila {row}:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="143" />
      <source>Select a group to choose what happens to it.</source>
      <translation>Seleccione un grupo para elegir qué pasa con él.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="180" />
      <source>Send it (Virtuous matches it on its side)</source>
      <translation>Enviarla (Virtuous la empareja por su cuenta)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="88" />
      <source>The merged row, field by field</source>
      <translation>La fila fusionada, campo por campo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="77" />
      <source>The merged row, field by field: tick the value to keep (the most complete row's value is ticked unless you pick another).</source>
      <translation>La fila fusionada, campo por campo: marque el valor que quiere conservar (se marca el de la fila más completa salvo que elija otro).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="187" />
      <source>Update contact {id} with this row</source>
      <translation>Actualizar el contacto {id} con esta fila</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="71" />
      <source>What to do with the contact found in the account</source>
      <translation>Qué hacer con el contacto encontrado en la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="64" />
      <source>What to do with the selected group</source>
      <translation>Qué hacer con el grupo seleccionado</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="141" />
      <source>Why: {evidence}</source>
      <translation>Por qué: {evidence}</translation>
    </message>
  </context>
  <context>
    <name>EmailReason</name>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="65" />
      <source>A bracketed IP address after the @-sign is not allowed here</source>
      <translation>Aquí no se permite una dirección IP entre corchetes después de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="63" />
      <source>A display name and angle brackets around the email address are not permitted here</source>
      <translation>Aquí no se permiten un nombre visible ni corchetes angulares alrededor de la dirección</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="55" />
      <source>An email address cannot end with a hyphen</source>
      <translation>Una dirección de correo no puede terminar con un guion</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="54" />
      <source>An email address cannot end with a period</source>
      <translation>Una dirección de correo no puede terminar con un punto</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="59" />
      <source>An email address cannot have a hyphen immediately after the @-sign</source>
      <translation>Una dirección de correo no puede tener un guion justo después de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="57" />
      <source>An email address cannot have a hyphen immediately before the @-sign</source>
      <translation>Una dirección de correo no puede tener un guion justo antes de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="51" />
      <source>An email address cannot have a period and a hyphen next to each other</source>
      <translation>Una dirección de correo no puede tener un punto y un guion juntos</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="58" />
      <source>An email address cannot have a period immediately after the @-sign</source>
      <translation>Una dirección de correo no puede tener un punto justo después de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="56" />
      <source>An email address cannot have a period immediately before the @-sign</source>
      <translation>Una dirección de correo no puede tener un punto justo antes de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="50" />
      <source>An email address cannot have two periods in a row</source>
      <translation>Una dirección de correo no puede tener dos puntos seguidos</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="53" />
      <source>An email address cannot start with a hyphen</source>
      <translation>Una dirección de correo no puede empezar con un guion</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="52" />
      <source>An email address cannot start with a period</source>
      <translation>Una dirección de correo no puede empezar con un punto</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="46" />
      <source>An email address must have an @-sign</source>
      <translation>Una dirección de correo debe tener una @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="45" />
      <source>Internationalized characters before the @-sign are not supported</source>
      <translation>No se admiten caracteres internacionales antes de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="44" />
      <source>Internationalized characters before the @-sign are not supported: {chars}</source>
      <translation>No se admiten caracteres internacionales antes de la @: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="64" />
      <source>Quoting the part before the @-sign is not allowed here</source>
      <translation>Aquí no se permite poner entre comillas la parte antes de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="62" />
      <source>The display name contains invalid characters when not quoted: {chars}</source>
      <translation>El nombre visible contiene caracteres no válidos sin comillas: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="36" />
      <source>The email address contains an invalid character</source>
      <translation>La dirección de correo contiene un carácter no válido</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="33" />
      <source>The email address contains invalid characters before the @-sign</source>
      <translation>La dirección de correo contiene caracteres no válidos antes de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="32" />
      <source>The email address contains invalid characters before the @-sign: {chars}</source>
      <translation>La dirección de correo contiene caracteres no válidos antes de la @: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="34" />
      <source>The email address contains invalid characters in quotes before the @-sign: {chars}</source>
      <translation>La dirección de correo contiene caracteres no válidos entre comillas antes de la @: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="35" />
      <source>The email address contains unsafe characters: {chars}</source>
      <translation>La dirección de correo contiene caracteres no seguros: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="60" />
      <source>The email address has the "full-width" at-sign (@) character instead of a regular at-sign</source>
      <translation>La dirección de correo tiene la arroba de ancho completo (＠) en lugar de una @ normal</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="61" />
      <source>The email address has the "small commercial at" character instead of a regular at-sign</source>
      <translation>La dirección de correo tiene la arroba pequeña (﹫) en lugar de una @ normal</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="43" />
      <source>The email address is not valid ASCII</source>
      <translation>La dirección de correo no es ASCII válido</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="41" />
      <source>The email address is too long ({n} character too many)</source>
      <translation>La dirección de correo es demasiado larga ({n} carácter de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="42" />
      <source>The email address is too long ({n} characters too many)</source>
      <translation>La dirección de correo es demasiado larga ({n} caracteres de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="39" />
      <source>The email address is too long after the @-sign ({n} character too many)</source>
      <translation>La dirección de correo es demasiado larga después de la @ ({n} carácter de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="40" />
      <source>The email address is too long after the @-sign ({n} characters too many)</source>
      <translation>La dirección de correo es demasiado larga después de la @ ({n} caracteres de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="37" />
      <source>The email address is too long before the @-sign ({n} character too many)</source>
      <translation>La dirección de correo es demasiado larga antes de la @ ({n} carácter de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="38" />
      <source>The email address is too long before the @-sign ({n} characters too many)</source>
      <translation>La dirección de correo es demasiado larga antes de la @ ({n} caracteres de más)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="29" />
      <source>The part after the @-sign contains invalid characters ({problem})</source>
      <translation>La parte después de la @ contiene caracteres no válidos ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="27" />
      <source>The part after the @-sign contains invalid characters after Unicode normalization: {chars}</source>
      <translation>La parte después de la @ contiene caracteres no válidos tras la normalización Unicode: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="28" />
      <source>The part after the @-sign contains invalid characters: {chars}</source>
      <translation>La parte después de la @ contiene caracteres no válidos: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="26" />
      <source>The part after the @-sign is a special-use or reserved name that cannot be used with email</source>
      <translation>La parte después de la @ es un nombre reservado o de uso especial que no se puede usar en el correo</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="31" />
      <source>The part after the @-sign is invalid ({problem})</source>
      <translation>La parte después de la @ no es válida ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="30" />
      <source>The part after the @-sign is not valid IDNA ({problem})</source>
      <translation>La parte después de la @ no es IDNA válido ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="25" />
      <source>The part after the @-sign is not valid. It is not within a valid top-level domain</source>
      <translation>La parte después de la @ no es válida. No está dentro de un dominio de nivel superior válido</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="24" />
      <source>The part after the @-sign is not valid. It should have a period</source>
      <translation>La parte después de la @ no es válida. Debería tener un punto</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="49" />
      <source>There can't be anything after the email address</source>
      <translation>No puede haber nada después de la dirección de correo</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="48" />
      <source>There must be something after the @-sign</source>
      <translation>Debe haber algo después de la @</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="47" />
      <source>There must be something before the @-sign</source>
      <translation>Debe haber algo antes de la @</translation>
    </message>
  </context>
  <context>
    <name>ExistingModel</name>
    <message>
      <location filename="../../gui/models/existing_model.py" line="55" />
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="57" />
      <source>Fills {fields}</source>
      <translation>Rellena {fields}</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>In HubSpot</source>
      <translation>En HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="57" />
      <source>Nothing to fill</source>
      <translation>Nada que rellenar</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="59" />
      <source>Reported as a conflict</source>
      <translation>Se informa como conflicto</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="58" />
      <source>Skipped, left as it is</source>
      <translation>Omitido, se deja como está</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="58" />
      <source>Updated</source>
      <translation>Actualizado</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="41" />
      <source>What sending does</source>
      <translation>Qué hace el envío</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>Would change (now → from the file)</source>
      <translation>Cambiaría (ahora → del archivo)</translation>
    </message>
  </context>
  <context>
    <name>ExistingPanel</name>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="38" />
      <source>&amp;Look up who is already in HubSpot</source>
      <translation>&amp;Buscar quién ya está en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="40" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="100" />
      <source>Look-up cancelled.</source>
      <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="107" />
      <source>Looking up who is already in HubSpot…</source>
      <translation>Buscando quién ya está en HubSpot…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="102" />
      <source>Looking up {done} of {total} emails in HubSpot…</source>
      <translation>Buscando {done} de {total} correos en HubSpot…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="93" />
      <source>Not looked up: choose a HubSpot connection on the Send step (or practise) to see who is already there.</source>
      <translation>No se buscó: elija una conexión de HubSpot en el paso Enviar (o practique) para ver quién ya está allí.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="51" />
      <source>Rows already in HubSpot</source>
      <translation>Filas que ya están en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="79" />
      <source>See which rows are new and which people are already in HubSpot, with what would change, before anything is sent.</source>
      <translation>Vea qué filas son nuevas y qué personas ya están en HubSpot, con lo que cambiaría, antes de enviar nada.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="97" />
      <source>looking up who is already in HubSpot</source>
      <translation>buscando quién ya está en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="121" />
      <source>{there} already in HubSpot ({changes} would change), {new} new.</source>
      <translation>{there} ya en HubSpot ({changes} cambiarían), {new} nuevas.</translation>
    </message>
  </context>
  <context>
    <name>FieldPicker</name>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="76" />
      <source>Fields</source>
      <translation>Campos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="128" />
      <source>New custom field…</source>
      <translation>Nuevo campo personalizado…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="72" />
      <source>Search fields</source>
      <translation>Buscar campos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="71" />
      <source>Search fields…</source>
      <translation>Buscar campos…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="106" />
      <source>don't import skip none ignore</source>
      <translation>no importar omitir ninguno ignorar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="130" />
      <source>new custom field add</source>
      <translation>nuevo campo personalizado añadir</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="104" />
      <source>— Don't import this column —</source>
      <translation>— No importar esta columna —</translation>
    </message>
  </context>
  <context>
    <name>FixCellsDialog</name>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="70" />
      <source>&amp;Change the value:</source>
      <translation>&amp;Cambiar el valor:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="47" />
      <source>&amp;Replace each with:</source>
      <translation>&amp;Reemplazar cada una por:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="135" />
      <source>(empty)</source>
      <translation>(vacía)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="49" />
      <source>(leave empty to empty the cells)</source>
      <translation>(deje en blanco para vaciar las celdas)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="76" />
      <source>Change it to</source>
      <translation>Cambiarlo por</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="73" />
      <source>Change the value</source>
      <translation>Cambiar el valor</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="54" />
      <source>Find</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="65" />
      <source>Read the &amp;dates:</source>
      <translation>Leer las &amp;fechas:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="69" />
      <source>Read the dates</source>
      <translation>Leer las fechas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="51" />
      <source>Replace &amp;text inside each:</source>
      <translation>Reemplazar &amp;texto dentro de cada una:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="50" />
      <source>Replace each with</source>
      <translation>Reemplazar cada una por</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="57" />
      <source>Replace with</source>
      <translation>Reemplazar por</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="133" />
      <source>Row {row}: '{old}' → {new}</source>
      <translation>Fila {row}: '{old}' → {new}</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="58" />
      <source>Take &amp;off the start:</source>
      <translation>&amp;Quitar del principio:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="64" />
      <source>Take off the end</source>
      <translation>Quitar del final</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="61" />
      <source>Take off the start</source>
      <translation>Quitar del principio</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="88" />
      <source>What each cell will become</source>
      <translation>En qué se convertirá cada celda</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="63" />
      <source>and the end, e.g. €</source>
      <translation>y del final, p. ej. €</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="67" />
      <source>day first (05/03/21 is 5 March 2021)</source>
      <translation>primero el día (05/03/21 es el 5 de marzo de 2021)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="60" />
      <source>e.g. USD or $</source>
      <translation>p. ej. USD o $</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="53" />
      <source>find, e.g. $</source>
      <translation>buscar, p. ej. $</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="68" />
      <source>month first (05/03/21 is 3 May 2021)</source>
      <translation>primero el mes (05/03/21 es el 3 de mayo de 2021)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="56" />
      <source>replace with (may be empty)</source>
      <translation>reemplazar por (puede quedar vacío)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="72" />
      <source>this value, e.g. oregon</source>
      <translation>este valor, p. ej. oregon</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="75" />
      <source>to, e.g. OR</source>
      <translation>por, p. ej. OR</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="132" />
      <source>{n} of {total} cells will change:</source>
      <translation>Cambiarán {n} de {total} celdas:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="137" />
      <source>… and {n} more</source>
      <translation>… y {n} más</translation>
    </message>
  </context>
  <context>
    <name>FrozenTableView</name>
    <message>
      <location filename="../../gui/widgets/frozen_table.py" line="25" />
      <source>The first columns, kept in view</source>
      <translation>Las primeras columnas, siempre a la vista</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="105" />
      <source>&amp;About {app}</source>
      <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="102" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="91" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="90" />
      <source>&amp;Settings</source>
      <translation>&amp;Configuración</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="124" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="115" />
      <source>Log file (what the app did, without any API key):
{path}</source>
      <translation>Archivo de registro (lo que hizo la aplicación, sin ninguna clave de API):
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="89" />
      <source>Menu bar</source>
      <translation>Barra de menús</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="119" />
      <source>Results files are saved where you choose on the Results step.</source>
      <translation>Los archivos de resultados se guardan donde usted elija en el paso Resultados.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="116" />
      <source>Run journals (every batch sent, so an interrupted run can be resumed):
{path}</source>
      <translation>Diarios de envíos (cada lote enviado, para poder reanudar un envío interrumpido):
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="94" />
      <source>Same as the system</source>
      <translation>El del sistema</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="118" />
      <source>Saved mappings:
{path}</source>
      <translation>Asignaciones guardadas:
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="125" />
      <source>The new language is used the next time Contact Importer starts.</source>
      <translation>El nuevo idioma se usará la próxima vez que se abra Contact Importer.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="108" />
      <source>Version {version}</source>
      <translation>Versión {version}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="103" />
      <location filename="../../gui/shell/help_menu.py" line="114" />
      <source>Where are my files?</source>
      <translation>¿Dónde están mis archivos?</translation>
    </message>
  </context>
  <context>
    <name>HelpNote</name>
    <message>
      <location filename="../../gui/widgets/help_note.py" line="24" />
      <location filename="../../gui/widgets/help_note.py" line="43" />
      <source>Shows or hides a short explanation of this step</source>
      <translation>Muestra u oculta una breve explicación de este paso</translation>
    </message>
  </context>
  <context>
    <name>HoldDialog</name>
    <message>
      <location filename="../../gui/dialogs/hold_dialog.py" line="31" />
      <source>Have you checked that run's rows in the CRM? Sending again may add people who are already there.</source>
      <translation>¿Ha comprobado las filas de ese envío en el CRM? Enviar de nuevo puede añadir personas que ya están allí.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/hold_dialog.py" line="30" />
      <source>Send again?</source>
      <translation>¿Enviar de nuevo?</translation>
    </message>
  </context>
  <context>
    <name>InputError</name>
    <message>
      <location filename="../../gui/basics/language.py" line="216" />
      <source>column '{column}'</source>
      <translation>columna '{column}'</translation>
    </message>
    <message>
      <location filename="../../gui/basics/language.py" line="214" />
      <source>row {row}</source>
      <translation>fila {row}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/language.py" line="212" />
      <source>sheet '{sheet}'</source>
      <translation>hoja '{sheet}'</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <location filename="../../gui/session/workers.py" line="142" />
      <source>Something went wrong while {what}: {detail}</source>
      <translation>Algo salió mal al {what}: {detail}</translation>
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="144" />
      <source>Something went wrong: {detail}</source>
      <translation>Algo salió mal: {detail}</translation>
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="124" />
      <source>There is not enough memory for this file. Close other programs or split the file.</source>
      <translation>No hay memoria suficiente para este archivo. Cierre otros programas o divida el archivo.</translation>
    </message>
  </context>
  <context>
    <name>LegalBasisBox</name>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="26" />
      <source>Choose…</source>
      <translation>Elija…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="32" />
      <source>Consent to process and store</source>
      <translation>Consentimiento para tratar y guardar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="27" />
      <source>Consent with notice</source>
      <translation>Consentimiento con aviso</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="39" />
      <source>How the people gave it</source>
      <translation>Cómo lo dieron las personas</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="40" />
      <source>How they gave it, e.g. ticked the newsletter box at the gala</source>
      <translation>Cómo lo dieron, p. ej. marcaron la casilla del boletín en la gala</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="25" />
      <source>Legal basis for the subscriptions</source>
      <translation>Base legal de las suscripciones</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="28" />
      <source>Legitimate interest (existing supporter)</source>
      <translation>Interés legítimo (simpatizante actual)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="29" />
      <source>Legitimate interest (other)</source>
      <translation>Interés legítimo (otro)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="30" />
      <source>Legitimate interest (product use)</source>
      <translation>Interés legítimo (uso del producto)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="33" />
      <source>Not under GDPR</source>
      <translation>Fuera del RGPD</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="31" />
      <source>Performance of a contract</source>
      <translation>Ejecución de un contrato</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="35" />
      <source>Subscriptions: legal &amp;basis</source>
      <translation>Suscripciones: &amp;base legal</translation>
    </message>
  </context>
  <context>
    <name>ListBox</name>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="25" />
      <source>&amp;Add these people to a list:</source>
      <translation>&amp;Añadir estas personas a una lista:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="27" />
      <source>Add these people to a list</source>
      <translation>Añadir estas personas a una lista</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="31" />
      <source>Every contact this run creates or updates goes into this list in HubSpot. A list by this name is made when there is none.</source>
      <translation>Cada contacto que este envío crea o actualiza entra en esta lista de HubSpot. Si no hay ninguna lista con este nombre, se crea.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="30" />
      <source>List name</source>
      <translation>Nombre de la lista</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="38" />
      <source>Marketing contacts can get your marketing email in HubSpot. HubSpot sets this through an import after the contacts are in (needs the crm.import scope).</source>
      <translation>Los contactos de marketing pueden recibir su correo de marketing en HubSpot. HubSpot lo marca mediante una importación después de enviar los contactos (requiere el permiso crm.import).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="35" />
      <source>Set them as &amp;marketing contacts</source>
      <translation>Marcarlos como contactos de &amp;marketing</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="37" />
      <source>Set them as marketing contacts</source>
      <translation>Marcarlos como contactos de marketing</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="60" />
      <source>Setting people as marketing contacts lets your organisation send them marketing email.

Confirm that these contacts expect to hear from your organisation: they gave their consent to receive marketing email from you. Your confirmation, your name and the time are kept with the run.</source>
      <translation>Marcar a las personas como contactos de marketing permite a su organización enviarles correo de marketing.

Confirme que estos contactos esperan noticias de su organización: dieron su consentimiento para recibir correo de marketing de ustedes. Su confirmación, su nombre y la hora se guardan con el envío.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="59" />
      <source>These contacts expect to hear from you?</source>
      <translation>¿Estos contactos esperan noticias suyas?</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/shell/main_window.py" line="202" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="203" />
      <source>Back to the previous step</source>
      <translation>Volver al paso anterior</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="78" />
      <source>Check</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="180" />
      <source>Connections…</source>
      <translation>Conexiones…</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="167" />
      <location filename="../../gui/shell/main_window.py" line="299" />
      <source>Contact Importer</source>
      <translation>Contact Importer</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="76" />
      <source>Map</source>
      <translation>Asignar</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="211" />
      <source>Next step (Alt+Right)</source>
      <translation>Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="309" />
      <source>Next: {step}</source>
      <translation>Siguiente: {step}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="354" />
      <source>No, thanks</source>
      <translation>No, gracias</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="75" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="77" />
      <location filename="../../gui/shell/main_window.py" line="79" />
      <source>Open a spreadsheet to go on.</source>
      <translation>Abra una hoja de cálculo para continuar.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="171" />
      <source>PRACTICE</source>
      <translation>PRÁCTICA</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="173" />
      <source>Practice mode: nothing leaves this computer</source>
      <translation>Modo de práctica: nada sale de este equipo</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="322" />
      <source>Practice — nothing leaves this computer. Contacts go to a pretend {crm} inside this app, so you can try every step safely.</source>
      <translation>Práctica: nada sale de este equipo. Los contactos van a un {crm} de mentira dentro de esta aplicación, para que pueda probar cada paso sin riesgo.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="80" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="204" />
      <source>Previous step (Alt+Left)</source>
      <translation>Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="84" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="85" />
      <source>Results appear after sending.</source>
      <translation>Los resultados aparecen después de enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="180" />
      <source>Run history…</source>
      <translation>Historial de envíos…</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="82" />
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="317" />
      <source>Sending to {crm}</source>
      <translation>Envío a {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="350" />
      <source>This file has the same columns as your saved mapping “{name}”. Use it?</source>
      <translation>Este archivo tiene las mismas columnas que su asignación guardada “{name}”. ¿Usarla?</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="352" />
      <source>Use “{name}”</source>
      <translation>Usar “{name}”</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="83" />
      <source>Wait for the batches to be prepared.</source>
      <translation>Espere a que se preparen los lotes.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="81" />
      <source>Wait for the check to finish.</source>
      <translation>Espere a que termine la revisión.</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="232" />
      <source>A guess from the column's name and values: please check it</source>
      <translation>Una suposición a partir del nombre y los valores de la columna: revísela</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="225" />
      <source>Click (or press Enter) to choose the field this column goes to</source>
      <translation>Haga clic (o pulse Intro) para elegir el campo al que va esta columna</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Column in your file</source>
      <translation>Su columna</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Goes to</source>
      <translation>Va a</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Match</source>
      <translation>Coincidencia</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="227" />
      <source>Not imported: {reason}</source>
      <translation>No se importa: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="209" />
      <location filename="../../gui/models/mapping_model.py" line="219" />
      <source>Options ({n})…</source>
      <translation>Opciones ({n})…</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="171" />
      <source>Options for column {name}</source>
      <translation>Opciones de la columna {name}</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="209" />
      <location filename="../../gui/models/mapping_model.py" line="219" />
      <source>Options…</source>
      <translation>Opciones…</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Sample values</source>
      <translation>Valores de ejemplo</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="233" />
      <source>The column's name and values match this field</source>
      <translation>El nombre y los valores de la columna coinciden con este campo</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="235" />
      <source>Trim, change case, split names or lists, translate values, fill blanks, join columns</source>
      <translation>Quitar espacios, cambiar mayúsculas, dividir nombres o listas, traducir valores, rellenar vacíos, unir columnas</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="230" />
      <source>You picked this field</source>
      <translation>Usted eligió este campo</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="195" />
      <source>{field} (joined with {others})</source>
      <translation>{field} (unida con {others})</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="157" />
      <source>— Don't import —</source>
      <translation>— No importar —</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="203" />
      <location filename="../../gui/models/mapping_model.py" line="214" />
      <source>▲ {percent} guess</source>
      <translation>▲ {percent} suposición</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="199" />
      <location filename="../../gui/models/mapping_model.py" line="215" />
      <source>○ Not taken</source>
      <translation>○ No elegida</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="201" />
      <location filename="../../gui/models/mapping_model.py" line="214" />
      <source>● Your choice</source>
      <translation>● Su elección</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="80" />
      <source>&amp;Refresh from the account</source>
      <translation>&amp;Actualizar desde la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="94" />
      <source>&amp;Use a saved mapping</source>
      <translation>&amp;Usar una asignación guardada</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="114" />
      <source>Columns and the fields they go to</source>
      <translation>Columnas y los campos a los que van</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="245" />
      <source>Dates in column “{column}” could be day-first or month-first (is {example} the {day_first} or the {month_first}?). Which does your file use?</source>
      <translation>Las fechas de la columna “{column}” pueden tener el día o el mes primero (¿{example} es el {day_first} o el {month_first}?). ¿Cuál usa su archivo?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="255" />
      <source>Day first</source>
      <translation>Día primero</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="67" />
      <source>Each row of this table is a column of your file. “Goes to” is the CRM field its values are put in: click it (or press Enter) to choose another, or “Don't import” to leave the column out. Options… changes the values on the way (trim spaces, split a full name, Y → Yes). “Same for every row” fills a field for every contact, such as the contact type. Nothing is sent yet: the Check step shows each row's problems first.</source>
      <translation>Cada fila de esta tabla es una columna de su archivo. “Va a” es el campo del CRM donde se ponen sus valores: haga clic (o pulse Intro) para elegir otro, o “No importar” para dejar fuera la columna. Opciones… cambia los valores por el camino (quitar espacios, dividir un nombre completo, S → Sí). “Igual para todas las filas” rellena un campo para cada contacto, como el tipo de contacto. Todavía no se envía nada: el paso Revisar muestra antes los problemas de cada fila.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="273" />
      <source>Every contact needs {what}, and nothing fills it yet. Pick a column for it, or set a value for every row on the right.</source>
      <translation>Cada contacto necesita {what}, y todavía nada lo rellena. Elija una columna para ello o ponga un valor para todas las filas a la derecha.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="102" />
      <source>Forget every choice you made for a column name, and suggest this file's mapping afresh</source>
      <translation>Olvidar todas las elecciones que hizo para un nombre de columna y volver a sugerir la asignación de este archivo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="67" />
      <source>How does mapping work?</source>
      <translation>¿Cómo funciona la asignación?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="199" />
      <source>Match your columns to {crm} fields</source>
      <translation>Asigne sus columnas a campos de {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="256" />
      <source>Month first</source>
      <translation>Mes primero</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="436" />
      <source>Name it so you can use it again for the next file like this one:</source>
      <translation>Póngale un nombre para usarla de nuevo con el próximo archivo como este:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="379" />
      <source>Name of the field in {crm}:</source>
      <translation>Nombre del campo en {crm}:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="378" />
      <source>New custom field</source>
      <translation>Nuevo campo personalizado</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="448" />
      <source>No saved mappings yet</source>
      <translation>Todavía no hay asignaciones guardadas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="476" />
      <source>Reading the fields and options of your account…</source>
      <translation>Leyendo los campos y opciones de su cuenta…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="81" />
      <source>Refresh the fields from the account</source>
      <translation>Actualizar los campos desde la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="100" />
      <source>Reset su&amp;ggestions</source>
      <translation>Restablecer su&amp;gerencias</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="101" />
      <source>Reset suggestions</source>
      <translation>Restablecer sugerencias</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="97" />
      <source>Sa&amp;ve this mapping…</source>
      <translation>Guar&amp;dar esta asignación…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="155" />
      <source>Same for every row</source>
      <translation>Igual para todas las filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="98" />
      <location filename="../../gui/pages/mapping_page.py" line="435" />
      <source>Save this mapping</source>
      <translation>Guardar esta asignación</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="467" />
      <source>The saved mapping “{name}” names columns this file does not have: {cols}</source>
      <translation>La asignación guardada “{name}” nombra columnas que este archivo no tiene: {cols}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="95" />
      <source>Use a saved mapping</source>
      <translation>Usar una asignación guardada</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="283" />
      <source>Using your saved mapping “{name}”.</source>
      <translation>Se usa su asignación guardada “{name}”.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="158" />
      <source>Values every contact gets, whatever the file says.</source>
      <translation>Valores que recibe cada contacto, diga lo que diga el archivo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="194" />
      <source>We matched what we could from the column names and what they hold. Look at the guesses marked in amber, and pick a field for any other column you want to bring in.</source>
      <translation>Emparejamos lo que pudimos a partir de los nombres de las columnas y de lo que contienen. Revise las suposiciones marcadas en ámbar y elija un campo para cualquier otra columna que quiera traer.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="197" />
      <source>We matched what we could from the column names and what they hold. Pick a field for any other column you want to bring in, or choose “Don't import” for one you don't.</source>
      <translation>Emparejamos lo que pudimos a partir de los nombres de las columnas y de lo que contienen. Elija un campo para cualquier otra columna que quiera traer, o elija “No importar” para la que no.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="272" />
      <source>one of {fields}</source>
      <translation>uno de {fields}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="287" />
      <source>{used} of {total} columns will be brought in.</source>
      <translation>Se traerán {used} de {total} columnas.</translation>
    </message>
  </context>
  <context>
    <name>MergeFieldsModel</name>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="93" />
      <source> (most complete row)</source>
      <translation> (fila más completa)</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="94" />
      <source>Click to use this value instead</source>
      <translation>Haga clic para usar este valor en su lugar</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="60" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="60" />
      <source>Row {row}</source>
      <translation>Fila {row}</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="92" />
      <source>The merged row takes this value</source>
      <translation>La fila fusionada toma este valor</translation>
    </message>
  </context>
  <context>
    <name>ModeBox</name>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="59" />
      <source>Changing this prepares the batches again.</source>
      <translation>Si lo cambia, los lotes se preparan de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="38" />
      <source>Create new contacts only</source>
      <translation>Crear solo contactos nuevos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="32" />
      <source>Create new contacts only (a contact already there is reported, not changed)</source>
      <translation>Crear solo contactos nuevos (un contacto que ya existe se informa, no se cambia)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="41" />
      <source>Fill blanks only</source>
      <translation>Solo rellenar vacíos</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="36" />
      <source>Fill blanks only: for people already there send only what is empty in HubSpot</source>
      <translation>Solo rellenar vacíos: para quienes ya están, enviar solo lo que está vacío en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="49" />
      <source>People not in HubSpot yet:</source>
      <translation>Personas que aún no están en HubSpot:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="52" />
      <source>People not in HubSpot yet: add them</source>
      <translation>Personas que aún no están en HubSpot: añadirlas</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="53" />
      <source>People not in HubSpot yet: leave them out</source>
      <translation>Personas que aún no están en HubSpot: dejarlas fuera</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="40" />
      <source>Skip existing contacts</source>
      <translation>Omitir contactos existentes</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="35" />
      <source>Skip people already there (leave them as they are), create the rest</source>
      <translation>Omitir a quienes ya están (dejarlos como están) y crear el resto</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="39" />
      <source>Update existing contacts by email</source>
      <translation>Actualizar los contactos existentes por correo</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="34" />
      <source>Update the contact with the same email, create the rest</source>
      <translation>Actualizar el contacto con el mismo correo, crear el resto</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="30" />
      <source>When an email is already in HubSpot</source>
      <translation>Cuando un correo ya está en HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="50" />
      <source>add them</source>
      <translation>añadirlas</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="51" />
      <source>leave them out</source>
      <translation>dejarlas fuera</translation>
    </message>
  </context>
  <context>
    <name>OpenPage</name>
    <message>
      <location filename="../../gui/pages/open_page.py" line="97" />
      <source>&amp;Practice mode: use a pretend CRM on this computer</source>
      <translation>Modo de &amp;práctica: usar un CRM de mentira en este equipo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="153" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Hoja:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="74" />
      <source>Choose the file with the people you want to add. Nothing is sent anywhere until the Send step, and you can look at everything before that.</source>
      <translation>Elija el archivo con las personas que quiere añadir. No se envía nada hasta el paso Enviar, y antes puede revisarlo todo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="116" />
      <source>Click a file to open it again.</source>
      <translation>Haga clic en un archivo para abrirlo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="175" />
      <source>Column &amp;names are in row:</source>
      <translation>Los &amp;nombres de columna están en la fila:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="124" />
      <source>Files you open will be listed here.</source>
      <translation>Aquí aparecerán los archivos que abra.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="191" />
      <source>First rows of the file</source>
      <translation>Primeras filas del archivo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="183" />
      <source>Here are the first rows as they are in the file. If the column names are not in the highlighted row, click the row that has them.</source>
      <translation>Estas son las primeras filas tal como están en el archivo. Si los nombres de columna no están en la fila resaltada, haga clic en la fila que los tiene.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="167" />
      <source>How the file's letters were saved. If names look wrong (JosÃ©, JosŽ), pick another; the file is read again.</source>
      <translation>Cómo se guardaron las letras del archivo. Si los nombres se ven mal (JosÃ©, JosŽ), elija otra; el archivo se vuelve a leer.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="73" />
      <location filename="../../gui/pages/open_page.py" line="224" />
      <source>Open a spreadsheet</source>
      <translation>Abra una hoja de cálculo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="98" />
      <source>Practice mode</source>
      <translation>Modo de práctica</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="260" />
      <source>Reading {name}…</source>
      <translation>Leyendo {name}…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="109" />
      <location filename="../../gui/pages/open_page.py" line="111" />
      <source>Recent files</source>
      <translation>Archivos recientes</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="177" />
      <source>Row with the column names</source>
      <translation>Fila con los nombres de columna</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="84" />
      <source>Send the people to</source>
      <translation>Enviar las personas a</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="91" />
      <source>Send to {crm}</source>
      <translation>Enviar a {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="155" />
      <source>Sheet</source>
      <translation>Hoja</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="225" />
      <source>Spreadsheets ({patterns});;All files (*)</source>
      <translation>Hojas de cálculo ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="161" />
      <source>Te&amp;xt encoding:</source>
      <translation>Codificación del te&amp;xto:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="166" />
      <source>Text encoding</source>
      <translation>Codificación del texto</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="99" />
      <source>Try every step safely: nothing leaves this computer.</source>
      <translation>Pruebe cada paso sin riesgo: nada sale de este equipo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="255" />
      <source>reading {name}</source>
      <translation>leer {name}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="260" />
      <source>rows</source>
      <translation>filas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="347" />
      <source>{name} (hidden)</source>
      <translation>{name} (oculta)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="406" />
      <source>{name} (the practice sample)</source>
      <translation>{name} (el ejemplo de práctica)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="316" />
      <source>{name} is still open.</source>
      <translation>{name} sigue abierto.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="341" />
      <source>{name}: {rows} row, {cols} columns</source>
      <translation>{name}: {rows} fila, {cols} columnas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="342" />
      <source>{name}: {rows} rows, {cols} columns</source>
      <translation>{name}: {rows} filas, {cols} columnas</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../gui/pages/base.py" line="25" />
      <source>Page title</source>
      <translation>Título de la página</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="24" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="14" />
      <source>Password needed</source>
      <translation>Se necesita una contraseña</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="16" />
      <source>That password did not open “{name}”. Passwords are case-sensitive; try again:</source>
      <translation>Esa contraseña no abrió «{name}». Las contraseñas distinguen mayúsculas y minúsculas; inténtelo de nuevo:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="18" />
      <source>“{name}” is protected by a password. Enter it to open the file (it is used only to read the file here and is not saved):</source>
      <translation>«{name}» está protegido con contraseña. Escríbala para abrir el archivo (solo se usa para leerlo aquí y no se guarda):</translation>
    </message>
  </context>
  <context>
    <name>PeekModel</name>
    <message>
      <location filename="../../gui/models/peek_model.py" line="71" />
      <source>Column names are taken from this row</source>
      <translation>Los nombres de columna se toman de esta fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/peek_model.py" line="73" />
      <source>This row looked like the column names</source>
      <translation>Esta fila parecía tener los nombres de columna</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="266" />
      <source>1 batch</source>
      <translation>1 lote</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="264" />
      <source>1 contact</source>
      <translation>1 contacto</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="278" />
      <source>1 row goes without a value that could not be read (the Check step lists it)</source>
      <translation>1 fila se envía sin un valor que no se pudo leer (el paso Revisar la muestra)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="286" />
      <source>1 row will update the contact you chose in the account</source>
      <translation>1 fila actualizará el contacto que eligió en la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="271" />
      <source>1 row with errors will be skipped</source>
      <translation>1 fila con errores se omitirá</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="274" />
      <source>1 row you left out will not be sent</source>
      <translation>1 fila que usted excluyó no se enviará</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="231" />
      <source>Batch {n} of {total}: {contacts} contacts, {size}</source>
      <translation>Lote {n} de {total}: {contacts} contactos, {size}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="83" />
      <source>Batches</source>
      <translation>Lotes</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="107" />
      <source>C&amp;opy</source>
      <translation>C&amp;opiar</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="108" />
      <source>Copy this batch's JSON</source>
      <translation>Copiar el JSON de este lote</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="109" />
      <source>Copy this batch's JSON to the clipboard</source>
      <translation>Copiar el JSON de este lote al portapapeles</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="205" />
      <source>Duplicates: {words}</source>
      <translation>Duplicados: {words}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="116" />
      <source>Exact JSON of the selected batch</source>
      <translation>JSON exacto del lote seleccionado</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="262" />
      <source>No contacts are ready to send</source>
      <translation>No hay contactos listos para enviar</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="51" />
      <source>Nothing has been sent yet. This is exactly what the Send step will send, batch by batch.</source>
      <translation>Todavía no se ha enviado nada. Esto es exactamente lo que enviará el paso Enviar, lote por lote.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="158" />
      <location filename="../../gui/pages/preview_page.py" line="159" />
      <source>Preparing the batches…</source>
      <translation>Preparando los lotes…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="50" />
      <source>Preview what will be sent</source>
      <translation>Vista previa de lo que se enviará</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="159" />
      <source>contacts</source>
      <translation>contactos</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="283" />
      <source>contacts whose email is already in {crm} will be updated</source>
      <translation>se actualizarán los contactos cuyo correo ya está en {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="260" />
      <source>the practice {crm} on this computer</source>
      <translation>{crm} de práctica de este equipo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="267" />
      <source>{contacts} will be sent to {crm} in {batches}</source>
      <translation>{contacts} se enviarán a {crm} en {batches}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="266" />
      <source>{n} batches</source>
      <translation>{n} lotes</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="264" />
      <source>{n} contacts</source>
      <translation>{n} contactos</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="280" />
      <source>{n} rows go without a value that could not be read (the Check step lists them)</source>
      <translation>{n} filas se envían sin un valor que no se pudo leer (el paso Revisar las muestra)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="287" />
      <source>{n} rows will update the contacts you chose in the account</source>
      <translation>{n} filas actualizarán los contactos que eligió en la cuenta</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="272" />
      <source>{n} rows with errors will be skipped</source>
      <translation>{n} filas con errores se omitirán</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="275" />
      <source>{n} rows you left out will not be sent</source>
      <translation>{n} filas que usted excluyó no se enviarán</translation>
    </message>
  </context>
  <context>
    <name>ProgressRow</name>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="23" />
      <location filename="../../gui/widgets/progress_row.py" line="24" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="20" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
  </context>
  <context>
    <name>ResultsFilter</name>
    <message>
      <location filename="../../gui/models/results_model.py" line="699" />
      <source>All rows ({n})</source>
      <translation>Todas las filas ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="705" />
      <source>Needs attention ({n})</source>
      <translation>Necesitan atención ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="703" />
      <source>Sent ({n})</source>
      <translation>Enviadas ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="644" />
      <source>sorting the results</source>
      <translation>ordenando los resultados</translation>
    </message>
  </context>
  <context>
    <name>ResultsFilterBar</name>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="32" />
      <source>&amp;Show:</source>
      <translation>&amp;Mostrar:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="39" />
      <source>Search names, emails, messages…</source>
      <translation>Nombre, correo, mensaje…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="38" />
      <source>Search the results</source>
      <translation>Buscar en los resultados</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="34" />
      <source>Show rows with this result</source>
      <translation>Mostrar las filas con este resultado</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="106" />
      <source>searching the results</source>
      <translation>buscando en los resultados</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <location filename="../../gui/models/results_model.py" line="422" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>CRM ID</source>
      <translation>ID en el CRM</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="422" />
      <source>Reference ID</source>
      <translation>ID de referencia</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="427" />
      <source>The ID the CRM can use to find this row again</source>
      <translation>El ID con el que el CRM puede volver a encontrar esta fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="425" />
      <source>The contact's ID in the CRM</source>
      <translation>El ID del contacto en el CRM</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="426" />
      <source>The request it was sent in</source>
      <translation>La solicitud en la que se envió</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="424" />
      <source>The row's number in your spreadsheet</source>
      <translation>El número de la fila en su hoja de cálculo</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="425" />
      <source>What happened to the row</source>
      <translation>Qué pasó con la fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="426" />
      <source>What the CRM said, or why the row was not sent</source>
      <translation>Lo que dijo el CRM, o por qué no se envió la fila</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="424" />
      <source>Who the row is</source>
      <translation>De quién es la fila</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../gui/pages/results_page.py" line="69" />
      <source>&amp;Export results…</source>
      <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="405" />
      <source>&amp;Resume</source>
      <translation>&amp;Reanudar</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="82" />
      <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet program (*.csv)</source>
      <translation>Libro de Excel (*.xlsx);;CSV, para cualquier programa de hojas de cálculo (*.csv)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="81" />
      <source>Export results</source>
      <translation>Exportar resultados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="71" />
      <source>Export the results to a file</source>
      <translation>Exportar los resultados a un archivo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="407" />
      <source>Open the file</source>
      <translation>Abrir el archivo</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="283" />
      <source>Preparing the failed rows…</source>
      <translation>Preparando las filas que fallaron…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="424" />
      <source>Read these rows from your file again (fix them there first) and send them to the same place</source>
      <translation>Volver a leer estas filas de su archivo (corríjalas allí primero) y enviarlas al mismo sitio</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="166" />
      <source>Reading the results…</source>
      <translation>Leyendo los resultados…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="93" />
      <source>Result of every row</source>
      <translation>Resultado de cada fila</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="45" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="284" />
      <source>Resuming…</source>
      <translation>Reanudando…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="76" />
      <location filename="../../gui/pages/results_page.py" line="423" />
      <source>Retry &amp;failed rows</source>
      <translation>Reintentar las filas &amp;fallidas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="422" />
      <source>Retry &amp;failed rows ({n})</source>
      <translation>Reintentar las filas &amp;fallidas ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="79" />
      <source>Run &amp;history…</source>
      <translation>&amp;Historial de envíos…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="333" />
      <source>Saved the results to {path}</source>
      <translation>Resultados guardados en {path}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="77" />
      <source>Send the failed rows again</source>
      <translation>Enviar de nuevo las filas fallidas</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="80" />
      <source>Show earlier runs</source>
      <translation>Mostrar envíos anteriores</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="339" />
      <source>The results file could not be written: {why} If it is open in a spreadsheet program, close it and try again.</source>
      <translation>No se pudo escribir el archivo de resultados: {why} Si está abierto en un programa de hojas de cálculo, ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="395" />
      <source>This practice run did not finish, and the practice CRM it went to closed with the app, so it cannot be resumed. Its results are kept; start a new practice send instead.</source>
      <translation>Este envío de práctica no terminó y el CRM de práctica al que fue se cerró con la aplicación, así que no se puede reanudar. Sus resultados se conservan; empiece otro envío de práctica.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="392" />
      <source>This run did not finish (the app closed while sending). Resume checks what reached the CRM, then sends the rest.</source>
      <translation>Este envío no terminó (la aplicación se cerró mientras enviaba). Reanudar comprueba lo que llegó al CRM y luego envía el resto.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="45" />
      <source>What happened to every row. Export a file to keep, and send the rows that failed again once they are fixed.</source>
      <translation>Qué pasó con cada fila. Exporte un archivo para guardarlo y envíe de nuevo las filas fallidas una vez corregidas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="375" />
      <source>includes {n} earlier run(s): each row shows its latest result</source>
      <translation>incluye {n} envío(s) anterior(es): cada fila muestra su último resultado</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="162" />
      <source>reading the results</source>
      <translation>leer los resultados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="92" />
      <source>writing the results file</source>
      <translation>escribir el archivo de resultados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="368" />
      <source>{file} sent to the practice {crm} on {when} (run {id})</source>
      <translation>{file} enviado al {crm} de práctica el {when} (envío {id})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="372" />
      <source>{file} sent to {where} on {when} (run {id})</source>
      <translation>{file} enviado a {where} el {when} (envío {id})</translation>
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="87" />
      <source>&amp;Don't ask again</source>
      <translation>&amp;No volver a preguntar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="86" />
      <source>&amp;Not now</source>
      <translation>&amp;Ahora no</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="84" />
      <source>&amp;Resume now</source>
      <translation>&amp;Reanudar ahora</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="89" />
      <source>C&amp;onnections…</source>
      <translation>C&amp;onexiones…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="48" />
      <source>Finish the last import?</source>
      <translation>¿Terminar la última importación?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="107" />
      <source>OK</source>
      <translation>Correcta</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="71" />
      <source>Resume first asks {crm} which contacts already arrived, then sends the rest, so nobody is added twice.</source>
      <translation>Reanudar primero pregunta a {crm} qué contactos ya llegaron y luego envía el resto, para que nadie se añada dos veces.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="56" />
      <source>Sending {file} to the practice {crm} was cut off before it finished: {left} of {total} rows have no result yet.</source>
      <translation>El envío de {file} al {crm} de práctica se cortó antes de terminar: {left} de {total} filas aún no tienen resultado.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="61" />
      <source>Sending {file} to {where} was cut off before it finished: {left} of {total} rows have no result yet.</source>
      <translation>El envío de {file} a {where} se cortó antes de terminar: {left} de {total} filas aún no tienen resultado.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="78" />
      <source>{n} other unfinished run(s) are in the run history on the Results step.</source>
      <translation>Hay {n} envío(s) sin terminar más en el historial de envíos del paso Resultados.</translation>
    </message>
  </context>
  <context>
    <name>RowKeyBox</name>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="35" />
      <source>&amp;Keep track of people without an email (creates one contact property in HubSpot, once)</source>
      <translation>Se&amp;guir a las personas sin correo electrónico (crea una propiedad de contacto en HubSpot, una sola vez)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="42" />
      <source>HubSpot finds people by email: with this, someone without one is found again if sending is interrupted, instead of ending “Unknown”.</source>
      <translation>HubSpot busca a las personas por su correo: así, a quien no lo tiene se le encuentra de nuevo si el envío se interrumpe, sin quedar “Desconocido”.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="38" />
      <source>Keep track of people without an email</source>
      <translation>Seguir a las personas sin correo electrónico</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="39" />
      <source>The app creates the contact property “Contact Importer row key” in HubSpot once (needs the crm.schemas.contacts.write scope) and sets it on every contact it creates.</source>
      <translation>La aplicación crea una vez la propiedad de contacto “Contact Importer row key” en HubSpot (necesita el permiso crm.schemas.contacts.write) y la pone en cada contacto que crea.</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <location filename="../../gui/sending/progress.py" line="42" />
      <location filename="../../gui/sending/progress.py" line="110" />
      <source>&amp;Cancel sending</source>
      <translation>&amp;Cancelar el envío</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="43" />
      <source>Cancel sending</source>
      <translation>Cancelar el envío</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="87" />
      <source>Cancel sending?</source>
      <translation>¿Cancelar el envío?</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="156" />
      <source>Checking batch {n} against the CRM before sending anything again ({rows} contacts)</source>
      <translation>Comprobando el lote {n} con el CRM antes de volver a enviar nada ({rows} contactos)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="39" />
      <source>Contacts sent</source>
      <translation>Contactos enviados</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="176" />
      <source>Getting ready to send…</source>
      <translation>Preparando el envío…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="37" />
      <source>Sending progress</source>
      <translation>Progreso del envío</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="44" />
      <source>Stop after the batches already on their way; the rest can be sent later with Resume</source>
      <translation>Parar tras los lotes que ya van de camino; el resto se puede enviar después con Reanudar</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="88" />
      <source>Stop sending now?

Contacts already sent stay in the CRM. The rest are not sent; you can send them later with Resume.</source>
      <translation>¿Dejar de enviar ahora?

Los contactos ya enviados se quedan en el CRM. El resto no se envía; puede enviarlos después con Reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="118" />
      <source>Stopping: the batches already on their way are getting their answer. Nothing more will be sent.</source>
      <translation>Parando: los lotes que ya van de camino están recibiendo su respuesta. No se enviará nada más.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="117" />
      <source>Stopping…</source>
      <translation>Parando…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="49" />
      <source>Waiting</source>
      <translation>Esperando</translation>
    </message>
  </context>
  <context>
    <name>RunText</name>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>1 accepted for review</source>
      <translation>1 aceptado para revisión</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>1 already exists</source>
      <translation>1 ya existe</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>1 created</source>
      <translation>1 creado</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>1 failed</source>
      <translation>1 fallido</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="52" />
      <source>1 left out (your choice or a duplicate)</source>
      <translation>1 dejada fuera (por usted o por ser un duplicado)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="49" />
      <source>1 not sent yet</source>
      <translation>1 aún sin enviar</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="93" />
      <source>1 row</source>
      <translation>1 fila</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="50" />
      <source>1 skipped because it did not pass the checks</source>
      <translation>1 omitido porque no pasó la revisión</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="48" />
      <source>1 unknown</source>
      <translation>1 desconocido</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>1 updated</source>
      <translation>1 actualizado</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="171" />
      <source>Cancelled: {sent} sent, {left} not sent yet</source>
      <translation>Cancelado: {sent} enviados, {left} aún sin enviar</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="142" />
      <source>Contacts already sent will not be sent twice.</source>
      <translation>Los contactos ya enviados no se enviarán dos veces.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="179" />
      <source>Every contact had been sent before the cancel: nothing is left to resume.</source>
      <translation>Todos los contactos se habían enviado antes de cancelar: no queda nada por reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="90" />
      <source>No rows yet.</source>
      <translation>Todavía no hay filas.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="183" />
      <source>Nothing is lost; press Resume to send the rest.</source>
      <translation>No se pierde nada; pulse Reanudar para enviar el resto.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="165" />
      <source>Sending stopped because the app's data folder ({folder}) can no longer be written (read-only or no permission). Make it writable, then press Resume.</source>
      <translation>El envío se detuvo porque ya no se puede escribir en la carpeta de datos de la aplicación ({folder}) (es de solo lectura o falta permiso). Permita escribir en ella y pulse Reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="163" />
      <source>Sending stopped because the disk holding the app's run journal ({folder}) is full. Free some space there, then press Resume.</source>
      <translation>El envío se detuvo porque el disco donde está el diario de envíos de la aplicación ({folder}) está lleno. Libere espacio en él y pulse Reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="155" />
      <source>Sending stopped before every contact was sent. Press Resume to try again.</source>
      <translation>El envío se detuvo antes de enviar todos los contactos. Pulse Reanudar para intentarlo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="140" />
      <source>The CRM</source>
      <translation>El CRM</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="135" />
      <source>The CRM did not answer; trying again ({time})</source>
      <translation>El CRM no respondió; reintentando ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="134" />
      <source>The answer was lost; checking what arrived ({time})</source>
      <translation>Se perdió la respuesta; comprobando lo que llegó ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="140" />
      <source>The practice CRM</source>
      <translation>El CRM de práctica</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="181" />
      <source>This was a practice run and the practice CRM it went to has closed, so the rest cannot be resumed; start a new practice send instead.</source>
      <translation>Fue un envío de práctica y el CRM de práctica al que fue se ha cerrado, así que el resto no se puede reanudar; empiece otro envío de práctica.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="132" />
      <source>Waiting for the rate limit ({time})</source>
      <translation>Esperando por el límite de solicitudes ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="124" />
      <source>about {time} left</source>
      <translation>quedan unos {time}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="36" />
      <source>the CRM</source>
      <translation>el CRM</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="144" />
      <source>{crm} refused the API key of “{name}”. It may have been changed or may not be allowed to write contacts. Check it under Connections, then press Resume.</source>
      <translation>{crm} rechazó la clave de API de “{name}”. Puede que haya cambiado o que no tenga permiso para escribir contactos. Revísela en Conexiones y luego pulse Reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="150" />
      <source>{crm} stopped answering. Check the internet connection and press Resume in a few minutes; the app first checks which contacts arrived.</source>
      <translation>{crm} dejó de responder. Compruebe la conexión a internet y pulse Reanudar en unos minutos; la aplicación primero comprueba qué contactos llegaron.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="147" />
      <source>{crm} will take no more requests today: the account's daily limit is used up. Press Resume tomorrow to send the rest.</source>
      <translation>{crm} no aceptará más solicitudes hoy: se agotó el límite diario de la cuenta. Pulse Reanudar mañana para enviar el resto.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="118" />
      <source>{done} of {total} contacts sent</source>
      <translation>{done} de {total} contactos enviados</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="113" />
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="122" />
      <source>{n} a minute</source>
      <translation>{n} por minuto</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="120" />
      <source>{n} a second</source>
      <translation>{n} por segundo</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>{n} accepted for review</source>
      <translation>{n} aceptados para revisión</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>{n} already exist</source>
      <translation>{n} ya existen</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>{n} created</source>
      <translation>{n} creados</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>{n} failed</source>
      <translation>{n} fallidos</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="52" />
      <source>{n} left out (your choice or a duplicate)</source>
      <translation>{n} dejadas fuera (por usted o por ser duplicados)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="112" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="49" />
      <source>{n} not sent yet</source>
      <translation>{n} aún sin enviar</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="93" />
      <source>{n} rows</source>
      <translation>{n} filas</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="110" />
      <source>{n} s</source>
      <translation>{n} s</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="51" />
      <source>{n} skipped because they did not pass the checks</source>
      <translation>{n} omitidos porque no pasaron la revisión</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="48" />
      <source>{n} unknown</source>
      <translation>{n} desconocidos</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>{n} updated</source>
      <translation>{n} actualizados</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="94" />
      <source>{rows}: {parts}.</source>
      <translation>{rows}: {parts}.</translation>
    </message>
  </context>
  <context>
    <name>RunsDialog</name>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="53" />
      <source>&amp;Show its rows</source>
      <translation>&amp;Mostrar sus filas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="32" />
      <source>Every import sent from this computer, newest first. Choose one to see what happened to its rows.</source>
      <translation>Cada importación enviada desde este equipo, la más reciente primero. Elija una para ver qué pasó con sus filas.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="48" />
      <source>No runs yet: the imports you send appear here.</source>
      <translation>Todavía no hay envíos: aquí aparecen las importaciones que envíe.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="38" />
      <source>Past runs</source>
      <translation>Envíos anteriores</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="27" />
      <source>Run history</source>
      <translation>Historial de envíos</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="54" />
      <source>Show the rows of the selected run</source>
      <translation>Mostrar las filas del envío seleccionado</translation>
    </message>
  </context>
  <context>
    <name>RunsModel</name>
    <message>
      <location filename="../../gui/models/runs_model.py" line="90" />
      <source> (retry)</source>
      <translation> (reintento)</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="69" />
      <source>Cancelled</source>
      <translation>Cancelado</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="66" />
      <source>Finished</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>How it ended</source>
      <translation>Cómo terminó</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="67" />
      <source>Interrupted (the app closed)</source>
      <translation>Interrumpido (la aplicación se cerró)</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="70" />
      <source>Not started</source>
      <translation>Sin empezar</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="77" />
      <source>Practice {crm}</source>
      <translation>{crm} de práctica</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="60" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="118" />
      <source>Run {id}</source>
      <translation>Envío {id}</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="71" />
      <source>Sending now</source>
      <translation>Enviando ahora</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>Sent to</source>
      <translation>Enviado a</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="68" />
      <source>Stopped</source>
      <translation>Detenido</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <location filename="../../gui/pages/send_page.py" line="83" />
      <source>&amp;Resume</source>
      <translation>&amp;Reanudar</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>1 batch</source>
      <translation>1 lote</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>1 contact</source>
      <translation>1 contacto</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="130" />
      <source>1 row names a contact owner HubSpot does not have; it is sent without one.</source>
      <translation>1 fila indica un propietario de contacto que HubSpot no tiene; se envía sin propietario.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="31" />
      <source>1 row will not be sent (errors or left out).</source>
      <translation>1 fila no se enviará (errores o excluida).</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="204" />
      <source>A column gives email subscriptions: choose their legal basis (under the options above), then press Send.</source>
      <translation>Una columna indica suscripciones de correo: elija su base legal (en las opciones de arriba) y pulse Enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="378" />
      <source>Another send is going on; wait for it to end.</source>
      <translation>Hay otro envío en curso; espere a que termine.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="246" />
      <source>Checking the connection to {crm}…</source>
      <translation>Comprobando la conexión con {crm}…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="386" />
      <source>Choose where to send the contacts.</source>
      <translation>Elija adónde enviar los contactos.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="38" />
      <source>Contacts are being sent right now.

Stop and close the app? Contacts already sent stay in the CRM; the rest can be sent later with Resume.</source>
      <translation>Se están enviando contactos en este momento.

¿Parar y cerrar la aplicación? Los contactos ya enviados se quedan en el CRM; el resto se puede enviar después con Reanudar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="34" />
      <source>Contacts are being sent to the practice CRM right now.

Stop and close the app? The practice CRM closes with the app, so the contacts not sent yet cannot be resumed later; you can start a new practice send any time.</source>
      <translation>Ahora mismo se están enviando contactos al CRM de práctica.

¿Detener y cerrar la aplicación? El CRM de práctica se cierra con la aplicación, así que los contactos aún sin enviar no se podrán reanudar después; puede empezar otro envío de práctica cuando quiera.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="45" />
      <source>Done. {counts} The Results step has every row and a file to keep.</source>
      <translation>Hecho. {counts} El paso Resultados tiene cada fila y un archivo para guardar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="41" />
      <source>Finished, but some rows need attention. {counts} The Results step says why; fix them in your file and retry the failed rows.</source>
      <translation>Terminado, pero algunas filas necesitan atención. {counts} El paso Resultados dice por qué; corríjalas en su archivo y reintente las filas fallidas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="245" />
      <source>Getting ready to send…</source>
      <translation>Preparando el envío…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_hold.py" line="30" />
      <source>I have checked: allow sending again…</source>
      <translation>Ya lo he comprobado: permitir enviar de nuevo…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="25" />
      <source>No contacts are ready to send.</source>
      <translation>No hay contactos listos para enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="145" />
      <source>Preparing the batches…</source>
      <translation>Preparando los lotes…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="103" />
      <source>Results as they arrive</source>
      <translation>Resultados a medida que llegan</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="85" />
      <source>Resume the run: send the contacts not sent yet</source>
      <translation>Reanudar el envío: enviar los contactos aún no enviados</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="262" />
      <source>Resuming…</source>
      <translation>Reanudando…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="50" />
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="408" />
      <source>Send 1 contact to {where}</source>
      <translation>Enviar 1 contacto a {where}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="50" />
      <source>Send the contacts you previewed. You can cancel at any time and resume later; no contact is ever sent twice.</source>
      <translation>Envíe los contactos que revisó en la vista previa. Puede cancelar en cualquier momento y reanudar después; ningún contacto se envía dos veces.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="219" />
      <source>Send to {crm}?</source>
      <translation>¿Enviar a {crm}?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="220" />
      <source>Send {n} contacts to {crm} now?

They go to “{name}” ({url}). You can cancel part-way and resume later.</source>
      <translation>¿Enviar {n} contactos a {crm} ahora?

Van a “{name}” ({url}). Puede cancelar a medio camino y reanudar después.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="409" />
      <source>Send {n} contacts to {where}</source>
      <translation>Enviar {n} contactos a {where}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_hold.py" line="35" />
      <source>Sending is allowed again.</source>
      <translation>Ya se puede volver a enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="378" />
      <source>Sending…</source>
      <translation>Enviando…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="388" />
      <source>Sent. To send these contacts again, change something on an earlier step first.</source>
      <translation>Enviado. Para enviar estos contactos de nuevo, cambie primero algo en un paso anterior.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="43" />
      <source>Stop sending and close?</source>
      <translation>¿Dejar de enviar y cerrar?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="214" />
      <source>The API key for “{name}” is not saved on this computer. Enter it under Connections…, then press Send.</source>
      <translation>La clave de API de “{name}” no está guardada en este equipo. Escríbala en Conexiones… y luego pulse Enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="382" />
      <source>The batches could not be prepared. Go back to the Preview step to try again.</source>
      <translation>No se pudieron preparar los lotes. Vuelva al paso Vista previa para intentarlo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="52" />
      <source>The contacts go in batches. Each batch is written to the run journal on this computer before it is sent, so if the connection drops or the app closes, Resume checks what arrived and sends only the rest: nobody is added twice. Cancel stops after the batches already on their way. In practice mode nothing leaves this computer. The Results step then shows what happened to every row.</source>
      <translation>Los contactos van en lotes. Cada lote se anota en el diario de envíos de este equipo antes de enviarse, así que si se corta la conexión o se cierra la aplicación, Reanudar comprueba lo que llegó y envía solo el resto: nadie se añade dos veces. Cancelar para tras los lotes que ya van de camino. En modo de práctica nada sale de este equipo. Después, el paso Resultados muestra qué pasó con cada fila.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="384" />
      <source>There is nothing to send: go back and fix or include some rows.</source>
      <translation>No hay nada que enviar: vuelva atrás y corrija o incluya algunas filas.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="390" />
      <source>This run did not finish: Resume sends the contacts not sent yet.</source>
      <translation>Este envío no terminó: Reanudar envía los contactos aún no enviados.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="380" />
      <source>Wait for the batches to be prepared.</source>
      <translation>Espere a que se preparen los lotes.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="52" />
      <source>What happens when I press Send?</source>
      <translation>¿Qué pasa al pulsar Enviar?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="145" />
      <source>contacts</source>
      <translation>contactos</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="406" />
      <source>practice {crm}</source>
      <translation>{crm} de práctica</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="29" />
      <source>{contacts} ready to send in {batches}.</source>
      <translation>{contacts} listos para enviar en {batches}.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>{n} batches</source>
      <translation>{n} lotes</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>{n} contacts</source>
      <translation>{n} contactos</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="132" />
      <source>{n} rows name a contact owner HubSpot does not have; they are sent without one.</source>
      <translation>{n} filas indican un propietario de contacto que HubSpot no tiene; se envían sin propietario.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="32" />
      <source>{n} rows will not be sent (errors or left out).</source>
      <translation>{n} filas no se enviarán (errores o excluidas).</translation>
    </message>
  </context>
  <context>
    <name>StepBar</name>
    <message>
      <location filename="../../gui/widgets/step_bar.py" line="31" />
      <source>Step {n}: {title}</source>
      <translation>Paso {n}: {title}</translation>
    </message>
  </context>
  <context>
    <name>SubmitWorker</name>
    <message>
      <location filename="../../gui/sending/worker.py" line="310" />
      <source>Cancelled before anything was sent.</source>
      <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="173" />
      <source>Could not reach {crm} at {url} ({error}).</source>
      <translation>No se pudo contactar con {crm} en {url} ({error}).</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="167" />
      <source>Could not reach {crm} at {url}. Check the address and the internet connection.</source>
      <translation>No se pudo contactar con {crm} en {url}. Compruebe la dirección y la conexión a internet.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="385" />
      <source>HubSpot did not let the app create its row-key property ({detail}). Untick “Keep track of people without an email” to send without it.</source>
      <translation>HubSpot no dejó que la aplicación creara su propiedad de clave de fila ({detail}). Desmarque “Seguir a las personas sin correo electrónico” para enviar sin ella.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="315" />
      <location filename="../../gui/sending/worker.py" line="324" />
      <source>Nothing was sent: {reason}</source>
      <translation>No se envió nada: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="393" />
      <source>Sending stopped because of an unexpected problem: {detail}. Nothing already sent is lost; resume the run to go on.</source>
      <translation>El envío se detuvo por un problema inesperado: {detail}. No se pierde nada de lo ya enviado; reanude el envío para continuar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="322" />
      <source>That run is no longer in the run history.</source>
      <translation>Ese envío ya no está en el historial de envíos.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="275" />
      <source>The address saved for “{name}” ({url}) is not a web address the app can use. Correct it under Connections (it looks like https://api.example.com), then send again.</source>
      <translation>La dirección guardada para «{name}» ({url}) no es una dirección web que la aplicación pueda usar. Corríjala en Conexiones (tiene la forma https://api.example.com) y vuelva a enviar.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="326" />
      <location filename="../../gui/sending/worker.py" line="329" />
      <source>The failed rows cannot be sent again from this file: {reason}</source>
      <translation>Las filas fallidas no se pueden enviar de nuevo desde este archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="332" />
      <source>There are no failed rows to send again.</source>
      <translation>No hay filas fallidas que enviar de nuevo.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="334" />
      <source>This run did not finish; resume it instead of retrying.</source>
      <translation>Este envío no terminó; reanúdelo en lugar de reintentarlo.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="319" />
      <source>This run is being sent by another Contact Importer window right now. Wait for it to finish there.</source>
      <translation>Otra ventana de Contact Importer está enviando este envío ahora mismo. Espere a que termine allí.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="163" />
      <source>{crm} refused this API key. Check that it was copied in full and that it may read and write contacts.</source>
      <translation>{crm} rechazó esta clave de API. Compruebe que se copió completa y que puede leer y escribir contactos.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/submit/journal_open.py" line="325" />
      <source> (unfinished, resume it: {runs})</source>
      <translation> (sin terminar, reanúdelo: {runs})</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="324" />
      <source> (unfinished, resume them: {runs})</source>
      <translation> (sin terminar, reanúdelos: {runs})</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="329" />
      <source> with the {n} run that could still be read{more}</source>
      <translation> con {n} envío que aún se podía leer{more}</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="328" />
      <source> with the {n} runs that could still be read{more}</source>
      <translation> con los {n} envíos que aún se podían leer{more}</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="77" />
      <source>'{name}' is not a text encoding; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</source>
      <translation>'{name}' no es una codificación de texto; pruebe p. ej. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 o Shift-JIS.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="74" />
      <source>'{name}' is not an encoding this app knows; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</source>
      <translation>'{name}' no es una codificación que esta aplicación conozca; pruebe p. ej. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 o Shift-JIS.</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="169" />
      <source>1 blank row skipped</source>
      <translation>1 fila vacía omitida</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="226" />
      <source>; other sheets: {sheets}</source>
      <translation>; otras hojas: {sheets}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="229" />
      <source>; {sheets} has no table{more}</source>
      <translation>; {sheets} no tiene tabla{more}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="229" />
      <source>; {sheets} have no table{more}</source>
      <translation>; {sheets} no tienen tabla{more}</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="93" />
      <source>A damaged run journal held a run that had not finished, so some of its rows may already be in the CRM; nothing was sent. Check that run's rows in the CRM, then delete {hold} to send again.</source>
      <translation>Un registro de envíos dañado contenía un envío sin terminar, así que algunas de sus filas pueden estar ya en el CRM; no se envió nada. Compruebe las filas de ese envío en el CRM y luego borre {hold} para volver a enviar.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="32" />
      <source>A new contact was created in {crm}.</source>
      <translation>Se creó un contacto nuevo en {crm}.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="23" />
      <source>Accepted for review</source>
      <translation>Aceptado para revisión</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="33" />
      <source>Accepted into a Virtuous import after the answer to an earlier send was lost and the same batch was sent again (safe: Virtuous matches it on its reference id, so it is not doubled)</source>
      <translation>Aceptado en una importación de Virtuous después de que se perdiera la respuesta a un envío anterior y se enviara de nuevo el mismo lote (seguro: Virtuous lo reconoce por su id de referencia, así que no se duplica)</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="32" />
      <source>Accepted into a Virtuous import; it is matched and reviewed there</source>
      <translation>Aceptado en una importación de Virtuous; allí se empareja y se revisa</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="33" />
      <source>Added to the list “{name}”</source>
      <translation>Añadido a la lista «{name}»</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="21" />
      <location filename="../../core/mapping/catalog.py" line="121" />
      <location filename="../../core/mapping/catalog.py" line="122" />
      <location filename="../../core/mapping/catalog.py" line="123" />
      <location filename="../../core/mapping/catalog.py" line="124" />
      <location filename="../../core/mapping/catalog.py" line="125" />
      <location filename="../../core/mapping/catalog.py" line="126" />
      <location filename="../../core/mapping/catalog.py" line="163" />
      <location filename="../../core/mapping/catalog.py" line="164" />
      <location filename="../../core/mapping/catalog.py" line="165" />
      <location filename="../../core/mapping/catalog.py" line="166" />
      <location filename="../../core/mapping/catalog.py" line="167" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="121" />
      <source>Address line 1</source>
      <translation>Dirección, línea 1</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="122" />
      <source>Address line 2</source>
      <translation>Dirección, línea 2</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="24" />
      <source>Already exists</source>
      <translation>Ya existe</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="350" />
      <source>Already exists (ID {id})</source>
      <translation>Ya existe (ID {id})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="354" />
      <source>Already exists ({detail})</source>
      <translation>Ya existe ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="190" />
      <source>Already in HubSpot (ID {id}) with those fields filled in; nothing sent (your choice: {what})</source>
      <translation>Ya está en HubSpot (ID {id}) con esos campos rellenos; no se envió nada (su elección: {what})</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="187" />
      <source>Already in HubSpot (ID {id}); left as it is (your choice: {what})</source>
      <translation>Ya está en HubSpot (ID {id}); se deja como está (su elección: {what})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="52" />
      <source>Already in HubSpot before this run (ID {id}); not created again</source>
      <translation>Ya estaba en HubSpot antes de este envío (ID {id}); no se crea otra vez</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/undo.py" line="66" />
      <source>Archived again by undo on {when}</source>
      <translation>Archivado de nuevo al deshacer el {when}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="173" />
      <source>Associated company ID</source>
      <translation>ID de la empresa asociada</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="37" />
      <source>Associated with company {id}</source>
      <translation>Asociado con la empresa {id}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="38" />
      <source>Associated with company {id} as {label}</source>
      <translation>Asociado con la empresa {id} como {label}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="133" />
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>CRM ID</source>
      <translation>ID en el CRM</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="249" />
      <source>Cancelled ({problem})</source>
      <translation>Cancelado ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="150" />
      <source>Cancelled before this batch was sent</source>
      <translation>Cancelado antes de enviar este lote</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/status.py" line="43" />
      <source>Cancelled while checking Virtuous</source>
      <translation>Cancelado mientras se comprobaba Virtuous</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="165" />
      <source>Cancelled while fetching the account's people</source>
      <translation>Cancelado mientras se traían las personas de la cuenta</translation>
    </message>
    <message>
      <location filename="../../core/account/existing.py" line="71" />
      <source>Cancelled while looking up who already exists</source>
      <translation>Cancelado mientras se buscaba quién existe ya</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="256" />
      <source>Cancelled while waiting ({problem})</source>
      <translation>Cancelado durante la espera ({problem})</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="378" />
      <source>Cancelled; the rows not sent can be sent by resuming the run</source>
      <translation>Cancelado; las filas no enviadas se pueden enviar reanudando el envío</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="54" />
      <source>Cannot use the run journal: {path} is not a file (a link to a device, a folder or a link to nothing); move it aside, or set CONTACT_IMPORTER_HOME to another folder.</source>
      <translation>No se puede usar el registro de envíos: {path} no es un archivo (un enlace a un dispositivo, una carpeta o un enlace a nada); muévalo a otro sitio o indique otra carpeta en CONTACT_IMPORTER_HOME.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="74" />
      <source>Cannot use the run journal: {problem}.</source>
      <translation>No se puede usar el registro de envíos: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="123" />
      <location filename="../../core/mapping/catalog.py" line="164" />
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <location filename="../../core/column_findings.py" line="46" />
      <source>Column '{column}' does not look like {what}: {failing} of {total} values fail its check. Is it on the right field?</source>
      <translation>La columna '{column}' no parece {what}: {failing} de {total} valores no pasan su revisión. ¿Está en el campo correcto?</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="43" />
      <source>Company (by its domain)</source>
      <translation>Empresa (por su dominio)</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="45" />
      <source>Company (by its exact name)</source>
      <translation>Empresa (por su nombre exacto)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="168" />
      <source>Company name</source>
      <translation>Nombre de la empresa</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="255" />
      <source>Compared rows sharing {fields} instead of {looser} (too many rows share the looser value).</source>
      <translation>Se compararon las filas que comparten {fields} en lugar de {looser} (demasiadas filas comparten el valor más amplio).</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Comparing rows</source>
      <translation>Comparando filas</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="48" />
      <source>Confirmed in HubSpot after a lost connection</source>
      <translation>Confirmado en HubSpot tras una conexión perdida</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="109" />
      <source>Contact name (household / organization)</source>
      <translation>Nombre del contacto (hogar / organización)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="108" />
      <source>Contact type</source>
      <translation>Tipo de contacto</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="101" />
      <source>Could not read the settings of account '{name}' and none are saved yet: {problem}</source>
      <translation>No se pudo leer la configuración de la cuenta '{name}' y aún no hay ninguna guardada: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Counting comparisons</source>
      <translation>Contando comparaciones</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="126" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="167" />
      <source>Country/Region</source>
      <translation>País/Región</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="25" />
      <source>Create anyway</source>
      <translation>Crear de todos modos</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="21" />
      <source>Created</source>
      <translation>Creado</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="53" />
      <source>Created by a try whose answer was lost; confirmed in HubSpot</source>
      <translation>Creado por un intento cuya respuesta se perdió; confirmado en HubSpot</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="26" />
      <location filename="../../core/mapping/catalog.py" line="218" />
      <source>Custom fields</source>
      <translation>Campos personalizados</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="182" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="544" />
      <source>Delimiter: {delimiter}</source>
      <translation>Separador: {delimiter}</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="543" />
      <source>Delimiter: {delimiter} (from the file's sep= line)</source>
      <translation>Separador: {delimiter} (de la línea sep= del archivo)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="19" />
      <location filename="../../core/mapping/catalog.py" line="117" />
      <location filename="../../core/mapping/catalog.py" line="118" />
      <location filename="../../core/mapping/catalog.py" line="118" />
      <location filename="../../core/mapping/catalog.py" line="159" />
      <location filename="../../core/mapping/catalog.py" line="159" />
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="143" />
      <source>Email lists</source>
      <translation>Listas de correo</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="117" />
      <source>Email type</source>
      <translation>Tipo de correo</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="23" />
      <location filename="../../core/mapping/catalog.py" line="127" />
      <location filename="../../core/mapping/catalog.py" line="128" />
      <location filename="../../core/mapping/catalog.py" line="129" />
      <location filename="../../core/mapping/catalog.py" line="131" />
      <location filename="../../core/mapping/catalog.py" line="132" />
      <location filename="../../core/mapping/catalog.py" line="133" />
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="127" />
      <source>Event ID</source>
      <translation>ID del evento</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="128" />
      <source>Event name</source>
      <translation>Nombre del evento</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>Exists</source>
      <translation>Existe</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>Exists, would change</source>
      <translation>Existe, cambiaría</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="69" />
      <source>Exists{where}: nothing empty to fill, not sent</source>
      <translation>Existe{where}: nada vacío que rellenar, no se envía</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="64" />
      <source>Exists{where}: skipped, left as it is</source>
      <translation>Existe{where}: se omite, se deja como está</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="66" />
      <source>Exists{where}: will be reported as a conflict (Create anyway)</source>
      <translation>Existe{where}: se informará como conflicto (Crear de todos modos)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="72" />
      <source>Exists{where}: will be updated (no field changes)</source>
      <translation>Existe{where}: se actualizará (sin cambios de campos)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="74" />
      <source>Exists{where}: will be updated — {changes}</source>
      <translation>Existe{where}: se actualizará — {changes}</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="70" />
      <source>Exists{where}: will fill {fields}</source>
      <translation>Existe{where}: se rellenará {fields}</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="25" />
      <source>Failed</source>
      <translation>Fallido</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="162" />
      <source>Fax number</source>
      <translation>Número de fax</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="121" />
      <source>Fewer than two rows with names, emails or phones: nothing to compare.</source>
      <translation>Menos de dos filas con nombres, correos o teléfonos: nada que comparar.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="104" />
      <source>Fields and options of account '{name}' as of {when}, from the saved copy (could not refresh: {problem}).</source>
      <translation>Campos y opciones de la cuenta '{name}' a fecha de {when}, de la copia guardada (no se pudo actualizar: {problem}).</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="28" />
      <source>Fields and options of account '{name}' as of {when}, from the saved copy.</source>
      <translation>Campos y opciones de la cuenta '{name}' a fecha de {when}, de la copia guardada.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="27" />
      <source>Fields and options of account '{name}' as of {when}.</source>
      <translation>Campos y opciones de la cuenta '{name}' a fecha de {when}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="73" />
      <source>Files with {what} can't be read; use one of {formats}.</source>
      <translation>Los archivos con {what} no se pueden leer; use uno de {formats}.</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Fill blanks only</source>
      <translation>Rellenar solo lo vacío</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="113" />
      <location filename="../../core/mapping/catalog.py" line="157" />
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="155" />
      <source>Full name (split into first/last)</source>
      <translation>Nombre completo (dividido en nombre/apellido)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="111" />
      <source>Full name (split into first/middle/last)</source>
      <translation>Nombre completo (dividido en nombre/segundo nombre/apellido)</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="166" />
      <source>Header found in row {row}</source>
      <translation>Encabezado encontrado en la fila {row}</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="166" />
      <source>Header taken from row {row}</source>
      <translation>Encabezado tomado de la fila {row}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="228" />
      <source>HubSpot answered HTTP {status} ({detail}); check the connection settings.</source>
      <translation>HubSpot respondió HTTP {status} ({detail}); revise la configuración de la conexión.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="222" />
      <source>HubSpot answered HTTP {status} without a readable body; check HubSpot before sending this row again</source>
      <translation>HubSpot respondió HTTP {status} sin un contenido legible; compruebe HubSpot antes de enviar esta fila otra vez</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="393" />
      <source>HubSpot could not look contacts up by email (HTTP {status}: {detail}).</source>
      <translation>HubSpot no pudo buscar contactos por correo (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/existing.py" line="46" />
      <source>HubSpot could not look the file's emails up (HTTP {status}: {detail}).</source>
      <translation>HubSpot no pudo buscar los correos del archivo (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="104" />
      <source>HubSpot could not {what} (HTTP {status}: {detail}).</source>
      <translation>HubSpot no pudo {what} (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/undo.py" line="64" />
      <source>HubSpot did not archive the contacts (HTTP {status}: {detail}); {n} were archived before that.</source>
      <translation>HubSpot no archivó los contactos (HTTP {status}: {detail}); antes de eso se archivaron {n}.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="193" />
      <source>HubSpot did not associate the contacts with their companies (HTTP {status}: {detail}).</source>
      <translation>HubSpot no asoció los contactos con sus empresas (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/row_key.py" line="17" />
      <source>HubSpot did not let the app create its row-key property ({detail}); rows without an email are sent without it, and one whose answer is lost stays 'Unknown' for you to check</source>
      <translation>HubSpot no dejó que la aplicación creara su propiedad de clave de fila ({detail}); las filas sin correo electrónico se envían sin ella, y una cuya respuesta se pierda queda como 'Desconocido' para que la compruebe</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="445" />
      <source>HubSpot did not list its contact properties (HTTP {status}: {detail}); check the server address.</source>
      <translation>HubSpot no mostró sus propiedades de contacto (HTTP {status}: {detail}); revise la dirección del servidor.</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="89" />
      <source>HubSpot did not list its contacts</source>
      <translation>HubSpot no mostró sus contactos</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="59" />
      <source>HubSpot did not list the account's owners (HTTP {status}: {detail}); the app needs the crm.objects.owners.read scope to set contact owners.</source>
      <translation>HubSpot no devolvió los propietarios de la cuenta (HTTP {status}: {detail}); la aplicación necesita el permiso crm.objects.owners.read para asignar propietarios de contacto.</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="54" />
      <source>HubSpot did not list the account's owners ({detail}); the app needs the crm.objects.owners.read scope to set contact owners.</source>
      <translation>HubSpot no devolvió los propietarios de la cuenta ({detail}); la aplicación necesita el permiso crm.objects.owners.read para asignar propietarios de contacto.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="70" />
      <source>HubSpot did not update the contact list (HTTP {status}: {detail}); the app needs the crm.lists.write scope for lists.</source>
      <translation>HubSpot no actualizó la lista de contactos (HTTP {status}: {detail}); la aplicación necesita el permiso crm.lists.write para las listas.</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="152" />
      <source>HubSpot did not write the subscription statuses (HTTP {status}: {detail}); the app needs the communication_preferences.statuses.batch.write scope.</source>
      <translation>HubSpot no guardó los estados de suscripción (HTTP {status}: {detail}); la aplicación necesita el permiso communication_preferences.statuses.batch.write.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="85" />
      <source>HubSpot did not {what} (HTTP {status}: {detail}); setting marketing contacts needs the crm.import scope.</source>
      <translation>HubSpot no pudo {what} (HTTP {status}: {detail}); marcar contactos de marketing requiere el permiso crm.import.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="142" />
      <source>HubSpot kept losing the connection after {n} tries. This batch's rows may or may not be in HubSpot; resuming the import checks before re-sending.</source>
      <translation>HubSpot siguió perdiendo la conexión después de {n} intentos. Las filas de este lote pueden estar o no en HubSpot; al reanudar la importación se comprueba antes de reenviar.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="63" />
      <source>HubSpot refused the contact list ({detail}); the app needs the crm.lists.write and crm.lists.read scopes for lists.</source>
      <translation>HubSpot rechazó la lista de contactos ({detail}); la aplicación necesita los permisos crm.lists.write y crm.lists.read para las listas.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_parsing.py" line="71" />
      <source>HubSpot rejected this row</source>
      <translation>HubSpot rechazó esta fila</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="55" />
      <source>HubSpot's answer did not mention this row; check HubSpot before sending it again</source>
      <translation>La respuesta de HubSpot no mencionó esta fila; compruebe HubSpot antes de enviarla otra vez</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="290" />
      <source>HubSpot's answer did not mention this row; check HubSpot before sending it again (HubSpot also said: {detail})</source>
      <translation>La respuesta de HubSpot no mencionó esta fila; compruebe HubSpot antes de enviarla otra vez (HubSpot también dijo: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="49" />
      <source>HubSpot's answer was lost after sending and this row has no email to look it up by, so it was not sent again (it may be there already). Check HubSpot for {what}, created at about {at}; send it again only if it is not there</source>
      <translation>La respuesta de HubSpot se perdió tras el envío y esta fila no tiene correo con el que buscarla, así que no se envió otra vez (puede que ya esté allí). Busque en HubSpot a {what}, creado hacia las {at}; envíelo de nuevo solo si no está</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="93" />
      <source>HubSpot's contact property list had no 'results'; check the server address.</source>
      <translation>La lista de propiedades de contacto de HubSpot no tenía 'results'; revise la dirección del servidor.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="162" />
      <source>HubSpot's marketing-contacts import {id} is still running; resume the run later to see how it went.</source>
      <translation>La importación de contactos de marketing {id} sigue en curso en HubSpot; reanude el envío más tarde para ver cómo terminó.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="146" />
      <source>HubSpot: the answer was lost; checking which contacts were created</source>
      <translation>HubSpot: la respuesta se perdió; comprobando qué contactos se crearon</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="450" />
      <source>HubSpot: {n} contact properties</source>
      <translation>HubSpot: {n} propiedades de contacto</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="172" />
      <source>Industry</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="330" />
      <source>Interrupted; resume the run to finish it</source>
      <translation>Interrumpido; reanude el envío para terminarlo</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="129" />
      <source>Invited</source>
      <translation>Invitado</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="406" />
      <source>It renews at about {at} (in {hours} h)</source>
      <translation>Se renueva hacia las {at} (dentro de {hours} h)</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="408" />
      <source>It renews at midnight in the CRM account's time zone</source>
      <translation>Se renueva a medianoche en la zona horaria de la cuenta del CRM</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="170" />
      <source>Job title</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="34" />
      <source>Keep all (different people)</source>
      <translation>Conservar todas (personas distintas)</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="34" />
      <source>Keep one row</source>
      <translation>Conservar una fila</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="71" />
      <source>Kept</source>
      <translation>Conservada</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="70" />
      <source>Kept (a different person)</source>
      <translation>Conservada (otra persona)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="115" />
      <location filename="../../core/mapping/catalog.py" line="158" />
      <source>Last name</source>
      <translation>Apellido</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="177" />
      <source>Lead status</source>
      <translation>Estado del cliente potencial</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Learning from the file</source>
      <translation>Aprendiendo del archivo</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="71" />
      <source>Left out by you</source>
      <translation>Excluida por usted</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="282" />
      <source>Left out: probably already in the account</source>
      <translation>Excluida: probablemente ya está en la cuenta</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="262" />
      <source>Left out: same person as row {row}, which was kept</source>
      <translation>Excluida: la misma persona que la fila {row}, que se conservó</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="175" />
      <source>Lifecycle stage</source>
      <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="393" />
      <source>Line {line} of the file is longer than {size} MB without a line break, more than a row of people can be; this may not be a text export of a list, or its line breaks were lost.</source>
      <translation>La línea {line} del archivo tiene más de {size} MB sin un salto de línea, más de lo que puede ocupar una fila de personas; puede que no sea una exportación de texto de una lista o que se hayan perdido sus saltos de línea.</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="35" />
      <source>Merge into one row</source>
      <translation>Unir en una fila</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="259" />
      <source>Merged into row {row} (same person); its own values are kept on this line</source>
      <translation>Unida a la fila {row} (la misma persona); sus propios valores se conservan en esta línea</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="254" />
      <source>Merged with row {rows} (same person)</source>
      <translation>Unida con la fila {rows} (la misma persona)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="253" />
      <source>Merged with rows {rows} (same person)</source>
      <translation>Unida con las filas {rows} (la misma persona)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="185" />
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="114" />
      <source>Middle name</source>
      <translation>Segundo nombre</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="161" />
      <source>Mobile phone number</source>
      <translation>Número de móvil</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="18" />
      <location filename="../../core/mapping/catalog.py" line="108" />
      <location filename="../../core/mapping/catalog.py" line="109" />
      <location filename="../../core/mapping/catalog.py" line="111" />
      <location filename="../../core/mapping/catalog.py" line="112" />
      <location filename="../../core/mapping/catalog.py" line="113" />
      <location filename="../../core/mapping/catalog.py" line="114" />
      <location filename="../../core/mapping/catalog.py" line="115" />
      <location filename="../../core/mapping/catalog.py" line="116" />
      <location filename="../../core/mapping/catalog.py" line="155" />
      <location filename="../../core/mapping/catalog.py" line="156" />
      <location filename="../../core/mapping/catalog.py" line="157" />
      <location filename="../../core/mapping/catalog.py" line="158" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="62" />
      <source>New: will be created</source>
      <translation>Nuevo: se creará</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="26" />
      <source>No connection: using the built-in field list (your account may have other fields and options).</source>
      <translation>Sin conexión: se usa la lista de campos incorporada (su cuenta puede tener otros campos y opciones).</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="157" />
      <source>No email to find this person in HubSpot by; left out (your choice: update only people already there)</source>
      <translation>Sin correo para buscar a esta persona en HubSpot; se deja fuera (su elección: actualizar solo a quienes ya están)</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="325" />
      <source>No rows share an email, phone, date of birth, surname or postal code closely enough to be compared within the memory this computer can spare.</source>
      <translation>Ninguna fila comparte un correo, teléfono, fecha de nacimiento, apellido o código postal lo bastante parecido como para compararlas con la memoria que este equipo puede dedicar.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="114" />
      <source>No saved settings for account '{name}'; give --base-url (or --sandbox) once to read them from the account.</source>
      <translation>No hay configuración guardada para la cuenta '{name}'; indique --base-url (o --sandbox) una vez para leerla de la cuenta.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="203" />
      <source>No visible sheet has data, only the hidden sheet(s) {sheets}; choose one of them.</source>
      <translation>Ninguna hoja visible tiene datos, solo las hojas ocultas {sheets}; elija una de ellas.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="208" />
      <source>Not associated with company {id}</source>
      <translation>No asociado con la empresa {id}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="165" />
      <source>Not associated with company {id}: HubSpot did not say which contact this is</source>
      <translation>No asociado a la empresa {id}: HubSpot no dijo qué contacto es</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="207" />
      <source>Not associated with company {id}: {why}</source>
      <translation>No asociado a la empresa {id}: {why}</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="70" />
      <source>Not decided: all rows are kept</source>
      <translation>Sin decidir: se conservan todas las filas</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="433" />
      <source>Not found in HubSpot; it will be sent again</source>
      <translation>No se encontró en HubSpot; se enviará de nuevo</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="154" />
      <source>Not in HubSpot yet; left out (your choice: update only people already there)</source>
      <translation>Aún no está en HubSpot; se deja fuera (su elección: actualizar solo a quienes ya están)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="29" />
      <source>Not looked up</source>
      <translation>No consultado</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="72" />
      <location filename="../../core/submit/runs.py" line="74" />
      <location filename="../../core/submit/runs.py" line="116" />
      <location filename="../../core/targets/outcomes.py" line="27" />
      <source>Not sent</source>
      <translation>No enviado</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="38" />
      <source>Not sent yet: resume the run to send it.</source>
      <translation>Aún sin enviar: reanude el envío para enviarlo.</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="71" />
      <source>Not sent yet: the run did not finish (resume it to send these rows)</source>
      <translation>Aún no enviada: el envío no terminó (reanúdelo para enviar estas filas)</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="37" />
      <source>Not sent: it did not pass the checks, or you left it out.</source>
      <translation>No enviado: no pasó la revisión o usted lo excluyó.</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="68" />
      <source>Not sent: the run stopped ({problem}); resume it to send these rows</source>
      <translation>No enviada: el envío se detuvo ({problem}); reanúdelo para enviar estas filas</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="69" />
      <source>Not sent: the run stopped; resume it to send these rows</source>
      <translation>No enviada: el envío se detuvo; reanúdelo para enviar estas filas</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="66" />
      <source>Not sent: the run was cancelled (resume it to send these rows)</source>
      <translation>No enviada: el envío se canceló (reanúdelo para enviar estas filas)</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="41" />
      <source>Not set as a marketing contact: HubSpot's import said {why}</source>
      <translation>No se marcó como contacto de marketing: la importación de HubSpot indicó {why}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="261" />
      <source>Not written: HubSpot rejected its batch because of another row</source>
      <translation>No se escribió: HubSpot rechazó su lote por culpa de otra fila</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="17" />
      <source>Nothing in this file identifies a person (no names, emails, phones or dates of birth that differ from row to row), so duplicates cannot be looked for.</source>
      <translation>Nada en este archivo identifica a una persona (no hay nombres, correos, teléfonos ni fechas de nacimiento que cambien de una fila a otra), así que no se pueden buscar duplicados.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="22" />
      <location filename="../../core/mapping/catalog.py" line="168" />
      <location filename="../../core/mapping/catalog.py" line="170" />
      <location filename="../../core/mapping/catalog.py" line="171" />
      <location filename="../../core/mapping/catalog.py" line="172" />
      <location filename="../../core/mapping/catalog.py" line="173" />
      <source>Organization</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Origin segment code</source>
      <translation>Código de segmento de origen</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="27" />
      <location filename="../../core/mapping/catalog.py" line="106" />
      <location filename="../../core/mapping/catalog.py" line="175" />
      <location filename="../../core/mapping/catalog.py" line="177" />
      <location filename="../../core/mapping/catalog.py" line="182" />
      <location filename="../../core/mapping/catalog.py" line="185" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="20" />
      <location filename="../../core/mapping/catalog.py" line="119" />
      <location filename="../../core/mapping/catalog.py" line="120" />
      <location filename="../../core/mapping/catalog.py" line="120" />
      <location filename="../../core/mapping/catalog.py" line="160" />
      <location filename="../../core/mapping/catalog.py" line="161" />
      <location filename="../../core/mapping/catalog.py" line="162" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="160" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="119" />
      <source>Phone type</source>
      <translation>Tipo de teléfono</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="125" />
      <location filename="../../core/mapping/catalog.py" line="166" />
      <source>Postal code</source>
      <translation>Código postal</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Preparing</source>
      <translation>Preparando</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="132" />
      <source>RSVP response (yes/no)</source>
      <translation>Respuesta RSVP (sí/no)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="131" />
      <source>RSVP'd</source>
      <translation>Confirmó asistencia</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="545" />
      <source>Read as {encoding}</source>
      <translation>Leído como {encoding}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="231" />
      <source>Read sheet '{sheet}' ({n} sheets in the workbook){more}</source>
      <translation>Se leyó la hoja '{sheet}' ({n} hojas en el libro){more}</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="63" />
      <source>Reading results</source>
      <translation>Leyendo resultados</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Reference ID</source>
      <translation>ID de referencia</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="106" />
      <source>Reference ID (your own ID for the contact)</source>
      <translation>ID de referencia (su propio ID del contacto)</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="547" />
      <source>Removed {n} NUL character (an invisible zero byte a damaged export leaves) from the file</source>
      <translation>Se quitó {n} carácter NUL (un byte cero invisible que deja una exportación dañada) del archivo</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="549" />
      <source>Removed {n} NUL characters (invisible zero bytes a damaged export leaves) from the file</source>
      <translation>Se quitaron {n} caracteres NUL (bytes cero invisibles que deja una exportación dañada) del archivo</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="26" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="356" />
      <source>Row {row} can't be read as CSV ({detail}).</source>
      <translation>La fila {row} no se puede leer como CSV ({detail}).</translation>
    </message>
    <message>
      <location filename="../../core/readers/__init__.py" line="82" />
      <source>Row {row} can't be the header row: choose a row from 1 to {last}.</source>
      <translation>La fila {row} no puede ser la fila de encabezados: elija una fila del 1 al {last}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="456" />
      <source>Row {row} can't be the header row: the file has {n} rows.</source>
      <translation>La fila {row} no puede ser la fila de encabezado: el archivo tiene {n} filas.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="437" />
      <source>Row {row} can't be the header row: the sheet has rows 1 to {last}.</source>
      <translation>La fila {row} no puede ser la fila de encabezado: la hoja tiene las filas 1 a {last}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="353" />
      <source>Row {row} has a quoted value that never ends (an unmatched " character), so the rest of the file can't be split into columns.</source>
      <translation>La fila {row} tiene un valor entre comillas que nunca termina (un carácter " sin pareja), así que el resto del archivo no se puede dividir en columnas.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="349" />
      <source>Row {row} holds a value longer than {limit} characters, more than one cell can hold; the file may not be a list of people, or its lines may have lost their line breaks.</source>
      <translation>La fila {row} contiene un valor de más de {limit} caracteres, más de lo que cabe en una celda; puede que el archivo no sea una lista de personas o que sus líneas hayan perdido los saltos de línea.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="459" />
      <location filename="../../core/readers/excel.py" line="440" />
      <source>Row {row} is empty, so it can't be the header row.</source>
      <translation>La fila {row} está vacía, así que no puede ser la fila de encabezado.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="367" />
      <source>Row {row} splits into {n} values, more than a sheet has columns ({limit}); check the delimiter, or whether this is really a list of people.</source>
      <translation>La fila {row} se divide en {n} valores, más columnas de las que tiene una hoja ({limit}); revise el delimitador o si esto es de verdad una lista de personas.</translation>
    </message>
    <message>
      <location filename="../../core/account/segments.py" line="48" />
      <source>Row {row}, column '{column}': '{code}' is not a segment code in the account (Virtuous may leave it out)</source>
      <translation>Fila {row}, columna '{column}': '{code}' no es un código de segmento de la cuenta (Virtuous puede omitirlo)</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="30" />
      <source>Row {row}, column '{column}': '{value}' is also in row {first}</source>
      <translation>Fila {row}, columna '{column}': '{value}' también está en la fila {first}</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="123" />
      <source>Row {row}, column '{column}': '{value}' lost its leading zero in Excel ({problem}); sent as '{fixed}'</source>
      <translation>Fila {row}, columna '{column}': '{value}' perdió su cero inicial en Excel ({problem}); se envía como '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="166" />
      <source>Row {row}, column '{column}': '{value}' {problem}</source>
      <translation>Fila {row}, columna '{column}': '{value}' {problem}</translation>
    </message>
    <message>
      <location filename="../../core/validation/cells.py" line="35" />
      <source>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; fix it in the file</source>
      <translation>Fila {row}, columna '{column}': la celda {cell} contiene {what}, así que se lee como vacía; corríjala en el archivo</translation>
    </message>
    <message>
      <location filename="../../core/validation/cells.py" line="33" />
      <source>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; recalculate and save it in Excel</source>
      <translation>Fila {row}, columna '{column}': la celda {cell} contiene {what}, así que se lee como vacía; vuelva a calcularla y guárdela en Excel</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="199" />
      <source>Row {row}, column '{column}': the account has no custom field '{field}'</source>
      <translation>Fila {row}, columna '{column}': la cuenta no tiene el campo personalizado '{field}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="201" />
      <source>Row {row}, column '{column}': the account has no field '{field}'</source>
      <translation>Fila {row}, columna '{column}': la cuenta no tiene el campo '{field}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="90" />
      <source>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} are not (a contact takes one email here)</source>
      <translation>Fila {row}, columna '{column}': la celda contiene {n} correos; se envía '{first}', {others} no (aquí un contacto lleva un solo correo)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="88" />
      <source>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} is not (a contact takes one email here)</source>
      <translation>Fila {row}, columna '{column}': la celda contiene {n} correos; se envía '{first}', {others} no (aquí un contacto lleva un solo correo)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="99" />
      <source>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} are not (a contact takes one number here)</source>
      <translation>Fila {row}, columna '{column}': la celda tiene {n} números de teléfono; se envía '{first}', {others} no (un contacto admite un solo número aquí)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="97" />
      <source>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} is not (a contact takes one number here)</source>
      <translation>Fila {row}, columna '{column}': la celda tiene {n} números de teléfono; se envía '{first}', {others} no (un contacto admite un solo número aquí)</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="74" />
      <source>Row {row}: '{value}' for {name} is not yes, no or unsubscribed; that subscription is left as it is</source>
      <translation>Fila {row}: '{value}' para {name} no es sí, no ni baja; esa suscripción se deja como está</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="111" />
      <source>Row {row}: contact owner '{owner}' is not an owner in this HubSpot account; sent without an owner</source>
      <translation>Fila {row}: el propietario de contacto '{owner}' no es propietario en esta cuenta de HubSpot; se envía sin propietario</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="107" />
      <source>Row {row}: contact owner '{owner}' matches several owners in HubSpot (give the owner's email); sent without an owner</source>
      <translation>Fila {row}: el propietario de contacto '{owner}' coincide con varios propietarios en HubSpot (indique su correo); se envía sin propietario</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="254" />
      <source>Row {row}: {what} is required and is empty</source>
      <translation>Fila {row}: {what} es obligatorio y está vacío</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="156" />
      <source>Salutation</source>
      <translation>Tratamiento</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="22" />
      <source>Sent, but its answer was not recorded; resume the run to check it against the CRM</source>
      <translation>Enviada, pero su respuesta no quedó registrada; reanude el envío para comprobarla en el CRM</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="50" />
      <source>Sent, but the answer was lost and the CRM could not confirm this row; look it up in the CRM</source>
      <translation>Enviado, pero se perdió la respuesta y el CRM no pudo confirmar esta fila; búsquela en el CRM</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="39" />
      <source>Sent, but the answer was lost and {crm} could not confirm it. Look it up in {crm}.</source>
      <translation>Enviado, pero se perdió la respuesta y {crm} no pudo confirmarlo. Búsquelo en {crm}.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="40" />
      <source>Set as a marketing contact</source>
      <translation>Marcado como contacto de marketing</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Skip</source>
      <translation>Omitir</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="26" />
      <source>Skipped</source>
      <translation>Omitido</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="259" />
      <source>Skipped comparing rows that only share {fields}: it would make too many pairs.</source>
      <translation>No se compararon las filas que solo comparten {fields}: saldrían demasiados pares.</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="379" />
      <source>Some answers were lost and could not be checked yet; resume the run to check them</source>
      <translation>Algunas respuestas se perdieron y aún no se han podido comprobar; reanude el envío para comprobarlas</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="124" />
      <source>State</source>
      <translation>Estado/Provincia</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="165" />
      <source>State/Region</source>
      <translation>Estado/Región</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="163" />
      <source>Street address</source>
      <translation>Dirección postal</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="163" />
      <source>Subscribed (legal basis: {basis})</source>
      <translation>Suscrito (base legal: {basis})</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="166" />
      <source>Subscribed and unsubscribed as the file says (legal basis: {basis})</source>
      <translation>Suscrito y dado de baja según indica el archivo (base legal: {basis})</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="119" />
      <source>Subscription not changed: {why}</source>
      <translation>Suscripción sin cambios: {why}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="116" />
      <source>Suffix (Jr., III)</source>
      <translation>Sufijo (Jr., III)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="142" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="25" />
      <location filename="../../core/mapping/catalog.py" line="142" />
      <location filename="../../core/mapping/catalog.py" line="143" />
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Tags &amp; lists</source>
      <translation>Etiquetas y listas</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="34" />
      <source>Taken out of the list “{name}” by undo</source>
      <translation>Quitado de la lista «{name}» al deshacer</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="199" />
      <source>The API key holds a character no API key has (keys are plain letters, digits and punctuation); copy the whole key again from the CRM's settings.</source>
      <translation>La clave de la API contiene un carácter que ninguna clave tiene (las claves son letras, dígitos y signos de puntuación simples); vuelva a copiar la clave completa desde la configuración del CRM.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="158" />
      <source>The connection was lost and the batch could not be rebuilt; check HubSpot for this row before sending it again</source>
      <translation>Se perdió la conexión y el lote no se pudo rehacer; busque esta fila en HubSpot antes de enviarla otra vez</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="33" />
      <source>The contact with this email was updated in {crm}.</source>
      <translation>Se actualizó en {crm} el contacto con este correo.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="169" />
      <source>The file can't be read as {encoding}; choose another encoding.</source>
      <translation>El archivo no se puede leer como {encoding}; elija otra codificación.</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="476" />
      <source>The file could not be learned from; standard matching parameters were used.</source>
      <translation>No se pudo aprender del archivo; se usaron los parámetros de comparación estándar.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="302" />
      <location filename="../../core/readers/excel.py" line="102" />
      <location filename="../../core/readers/files.py" line="66" />
      <location filename="../../core/readers/files.py" line="98" />
      <source>The file could not be read ({detail}).</source>
      <translation>No se pudo leer el archivo ({detail}).</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="62" />
      <source>The file does not exist; it may have been moved, renamed or deleted.</source>
      <translation>El archivo no existe; puede que se haya movido, renombrado o borrado.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="452" />
      <source>The file has no rows with any values in them.</source>
      <translation>El archivo no tiene ninguna fila con valores.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="76" />
      <source>The file is empty (0 bytes).</source>
      <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="30" />
      <source>The file is open in another program, such as Excel, or you have no permission to read it: close it there and try again.</source>
      <translation>El archivo está abierto en otro programa, como Excel, o no tiene permiso para leerlo: ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="453" />
      <source>The first {n} rows are empty; choose the header row yourself.</source>
      <translation>Las primeras {n} filas están vacías; elija usted la fila de encabezado.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="80" />
      <source>The list “{name}” in HubSpot is an active list (its members follow its filters), so people cannot be added to it; choose another name.</source>
      <translation>La lista «{name}» de HubSpot es una lista activa (sus miembros siguen sus filtros), así que no se pueden añadir personas; elija otro nombre.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="95" />
      <source>The run could not start because {problem}; nothing was sent</source>
      <translation>El envío no pudo empezar porque {problem}; no se envió nada</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="251" />
      <source>The run journal {path} is damaged ({detail}) and could not be replaced: {problem}.</source>
      <translation>El registro de envíos {path} está dañado ({detail}) y no se pudo sustituir: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="282" />
      <source>The run journal {path} is damaged ({detail}) and could not be set aside: {problem}.</source>
      <translation>El registro de envíos {path} está dañado ({detail}) y no se pudo apartar: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="301" />
      <source>The run journal {path} is damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. A copy is kept as {copy}. Check that run's rows in the CRM, then move {name} out of its folder to start a fresh journal.</source>
      <translation>El registro de envíos {path} está dañado ({detail}) y el envío {run} que contiene no había terminado, así que algunas de sus filas pueden estar ya en el CRM; no se envió nada. Se guarda una copia como {copy}. Compruebe las filas de ese envío en el CRM y luego saque {name} de su carpeta para empezar un registro nuevo.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="293" />
      <source>The run journal {path} was damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. The damaged journal is kept as {copy}. Check that run's rows in the CRM, then delete {hold} to send again.</source>
      <translation>El registro de envíos {path} estaba dañado ({detail}) y el envío {run} que contenía no había terminado, así que algunas de sus filas pueden estar ya en el CRM; no se envió nada. El registro dañado se guarda como {copy}. Compruebe las filas de ese envío en el CRM y luego borre {hold} para volver a enviar.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="331" />
      <source>The run journal {path} was damaged ({detail}); it is kept as {copy} and a fresh journal was started{more}.</source>
      <translation>El registro de envíos {path} estaba dañado ({detail}); se guarda como {copy} y se empezó un registro nuevo{more}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="86" />
      <source>The run stopped because {problem}; then resume the run (nothing was sent that the journal does not know about)</source>
      <translation>El envío se detuvo porque {problem}; después reanude el envío (no se envió nada que el registro no conozca)</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="67" />
      <source>The saved copy of the account's people ({name}) belongs to another account ({crm} at {address})</source>
      <translation>La copia guardada de las personas de la cuenta ({name}) pertenece a otra cuenta ({crm} en {address})</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="66" />
      <source>The saved copy of the account's people ({name}) is damaged</source>
      <translation>La copia guardada de las personas de la cuenta ({name}) está dañada</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="62" />
      <source>The saved settings of account '{name}' ({path}) are damaged ({detail}); refresh them from the account, or delete that file.</source>
      <translation>La configuración guardada de la cuenta '{name}' ({path}) está dañada ({detail}); actualícela desde la cuenta o borre ese archivo.</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="49" />
      <source>The service's answer did not mention this row; resume checks whether the CRM holds it</source>
      <translation>La respuesta del servicio no mencionó esta fila; al reanudar se comprueba si el CRM la tiene</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="352" />
      <source>The sheet is empty.</source>
      <translation>La hoja está vacía.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="46" />
      <source>The sheet's cells reach {cell} ({cells} million cells), more than this app can read at once (at most {limit} million); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>Las celdas de la hoja llegan hasta {cell} ({cells} millones de celdas), más de lo que esta aplicación puede leer de una vez (como mucho {limit} millones); guarde la hoja como CSV (Archivo &gt; Guardar como) o divídala en archivos más pequeños.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="43" />
      <source>The sheet's cells reach {cell}, far beyond the data in it: reading up to there would take {cells} million cells. Delete the cells beyond your table (Ctrl+End in Excel jumps to the last one) and save again, or save the sheet as CSV.</source>
      <translation>Las celdas de la hoja llegan hasta {cell}, mucho más allá de sus datos: leer hasta allí supondría {cells} millones de celdas. Borre las celdas que quedan fuera de su tabla (Ctrl+Fin en Excel salta a la última) y guarde de nuevo, o guarde la hoja como CSV.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="205" />
      <source>The workbook has no data in any sheet.</source>
      <translation>El libro no tiene datos en ninguna hoja.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="39" />
      <source>The workbook holds {size} of sheet data once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>El libro contiene {size} de datos de hoja una vez descomprimido, más de lo que esta aplicación puede leer de una vez (como mucho {limit}); guarde la hoja como CSV (Archivo &gt; Guardar como) o divídala en archivos más pequeños.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="41" />
      <source>The workbook holds {size} of text once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>El libro contiene {size} de texto una vez descomprimido, más de lo que esta aplicación puede leer de una vez (como mucho {limit}); guarde la hoja como CSV (Archivo &gt; Guardar como) o divídala en archivos más pequeños.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="32" />
      <source>The workbook is damaged or incomplete and could not be opened; open it in Excel and save a fresh copy.</source>
      <translation>El libro está dañado o incompleto y no se pudo abrir; ábralo en Excel y guarde una copia nueva.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="31" />
      <source>The workbook is encrypted in a way that can't be opened here; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
      <translation>El libro está cifrado de una forma que no se puede abrir aquí; ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro) y guárdelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="25" />
      <source>The workbook is password-protected and the password given is not right (passwords are case-sensitive).</source>
      <translation>El libro está protegido con contraseña y la contraseña indicada no es correcta (se distinguen mayúsculas y minúsculas).</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="24" />
      <source>The workbook is password-protected; enter its password to open it.</source>
      <translation>El libro está protegido con contraseña; escriba su contraseña para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="36" />
      <source>The workbook is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
      <translation>El libro está protegido con contraseña; quite la contraseña en Excel (Archivo &gt; Información &gt; Proteger libro) y guárdelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="539" />
      <location filename="../../core/readers/excel.py" line="402" />
      <source>There are no rows of data under the header in row {row}.</source>
      <translation>No hay filas de datos bajo el encabezado de la fila {row}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="151" />
      <source>There is no sheet named '{sheet}'; the sheets are: {sheets}.</source>
      <translation>No hay ninguna hoja llamada '{sheet}'; las hojas son: {sheets}.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="42" />
      <source>These contacts expect to hear from us: they gave their consent to receive marketing email from our organisation.</source>
      <translation>Estos contactos esperan noticias nuestras: dieron su consentimiento para recibir correo de marketing de nuestra organización.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="179" />
      <source>This is a PDF document, not a spreadsheet, despite its {ext} name.</source>
      <translation>Esto es un documento PDF, no una hoja de cálculo, a pesar de su nombre {ext}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="217" />
      <source>This is a binary file, not text, despite its {ext} name.</source>
      <translation>Esto es un archivo binario, no texto, a pesar de su nombre {ext}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="29" />
      <source>This is a folder, not a spreadsheet file; choose a file inside it.</source>
      <translation>Esto es una carpeta, no un archivo de hoja de cálculo; elija un archivo de su interior.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="188" />
      <source>This is a plain text file saved with a {ext} name, not a real workbook; rename it to .csv (or .txt) and import that.</source>
      <translation>Esto es un archivo de texto guardado con un nombre {ext}, no un libro de verdad; cámbiele el nombre a .csv (o .txt) e importe ese.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="185" />
      <source>This is a web page or XML file saved with a {ext} name, not a real workbook; open it in Excel and save it as .xlsx.</source>
      <translation>Esto es una página web o un archivo XML guardado con un nombre {ext}, no un libro de verdad; ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="27" />
      <source>This is an old Excel format (Excel 5.0/95 or earlier) that can't be read; open it in Excel and save it as .xlsx.</source>
      <translation>Este es un formato antiguo de Excel (Excel 5.0/95 o anterior) que no se puede leer; ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="190" />
      <source>This is not a spreadsheet: its contents don't look like an Excel or OpenDocument workbook despite its {ext} name.</source>
      <translation>Esto no es una hoja de cálculo: su contenido no parece un libro de Excel ni de OpenDocument a pesar de su nombre {ext}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="175" />
      <source>This is {what}, not a spreadsheet, despite its {ext} name.</source>
      <translation>Esto es {what}, no una hoja de cálculo, aunque su nombre acabe en {ext}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="84" />
      <source>This is {what}, not a text file, despite its {ext} name.</source>
      <translation>Esto es {what}, no un archivo de texto, a pesar de su nombre {ext}.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="112" />
      <source>Title (Mr., Dr.)</source>
      <translation>Tratamiento (Sr., Dr.)</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="120" />
      <source>Unexpected error ({kind}): {detail}</source>
      <translation>Error inesperado ({kind}): {detail}</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="28" />
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="165" />
      <source>Unsubscribed, as the file says</source>
      <translation>Dado de baja, como indica el archivo</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Update</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="22" />
      <source>Updated</source>
      <translation>Actualizado</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="302" />
      <source>Updated the contact you chose (ID {id})</source>
      <translation>Se actualizó el contacto que eligió (ID {id})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="417" />
      <location filename="../../core/targets/hubspot_client.py" line="426" />
      <source>Upserts are safe to send again; sending it again gives its outcome</source>
      <translation>Las actualizaciones se pueden reenviar sin riesgo; al reenviarla se obtiene su resultado</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="147" />
      <source>Virtuous answered HTTP {status} ({detail}); check the server address.</source>
      <translation>Virtuous respondió HTTP {status} ({detail}); revise la dirección del servidor.</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="100" />
      <source>Virtuous answered HTTP {status} to the import ({detail}); check the server address in the connection settings.</source>
      <translation>Virtuous respondió HTTP {status} a la importación ({detail}); revise la dirección del servidor en la configuración de la conexión.</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="153" />
      <source>Virtuous answered the contact-type request with something that is not a list; check the server address.</source>
      <translation>Virtuous respondió a la consulta de tipos de contacto con algo que no es una lista; revise la dirección del servidor.</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="140" />
      <source>Virtuous did not list its contacts</source>
      <translation>Virtuous no mostró sus contactos</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="46" />
      <source>Virtuous will probably merge it into contact {id} ({fields} agree)</source>
      <translation>Virtuous probablemente la unirá al contacto {id} (coinciden {fields})</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="159" />
      <source>Virtuous: {n} contact type</source>
      <translation>Virtuous: {n} tipo de contacto</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="159" />
      <source>Virtuous: {n} contact types</source>
      <translation>Virtuous: {n} tipos de contacto</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="138" />
      <source>Volunteer date</source>
      <translation>Fecha de voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="140" />
      <source>Volunteer hours</source>
      <translation>Horas de voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="136" />
      <source>Volunteer opportunity</source>
      <translation>Oportunidad de voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="134" />
      <source>Volunteer opportunity ID</source>
      <translation>ID de la oportunidad de voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="24" />
      <location filename="../../core/mapping/catalog.py" line="134" />
      <location filename="../../core/mapping/catalog.py" line="136" />
      <location filename="../../core/mapping/catalog.py" line="138" />
      <location filename="../../core/mapping/catalog.py" line="140" />
      <source>Volunteering</source>
      <translation>Voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="171" />
      <source>Website URL</source>
      <translation>Sitio web</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="59" />
      <source>Will be created (not looked up: no connection)</source>
      <translation>Se creará (no consultado: sin conexión)</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="59" />
      <location filename="../../core/matching/view.py" line="128" />
      <source>Will be sent</source>
      <translation>Se enviará</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="60" />
      <source>Will be sent as an update-or-create (not looked up: no connection)</source>
      <translation>Se enviará como actualizar o crear (no consultado: sin conexión)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="290" />
      <source>Will update contact {id} in the account (probably the same person) instead of creating another</source>
      <translation>Actualizará el contacto {id} de la cuenta (probablemente la misma persona) en lugar de crear otro</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="83" />
      <source>a PDF</source>
      <translation>un PDF</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="151" />
      <location filename="../../core/readers/files.py" line="164" />
      <source>a PowerPoint presentation</source>
      <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="149" />
      <location filename="../../core/readers/files.py" line="162" />
      <source>a Word document</source>
      <translation>un documento de Word</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="295" />
      <source>a formula (={formula}) with no saved result</source>
      <translation>una fórmula (={formula}) sin resultado guardado</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="296" />
      <source>a formula with no saved result</source>
      <translation>una fórmula sin resultado guardado</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="145" />
      <source>a presentation (OpenDocument)</source>
      <translation>una presentación (OpenDocument)</translation>
    </message>
    <message>
      <location filename="../../core/account/row_key.py" line="47" />
      <source>a property of that name exists without unique values</source>
      <translation>ya existe una propiedad con ese nombre sin valores únicos</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="143" />
      <source>a text document (OpenDocument)</source>
      <translation>un documento de texto (OpenDocument)</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="83" />
      <source>a workbook or other binary file</source>
      <translation>un libro u otro archivo binario</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="152" />
      <source>a zip archive</source>
      <translation>un archivo zip</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="142" />
      <source>account choice for row {row} must be one of {choices}</source>
      <translation>la elección de cuenta para la fila {row} debe ser una de {choices}</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="146" />
      <source>account choice for row {row}: an update needs the contact's id ("crm_id", the number HubSpot shows as Record ID)</source>
      <translation>elección de cuenta para la fila {row}: una actualización necesita el id del contacto ("crm_id", el número que HubSpot muestra como ID de registro)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>address</source>
      <translation>dirección</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>addresses</source>
      <translation>direcciones</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="51" />
      <source>ambiguous: Virtuous may ask for a review (contacts {ids})</source>
      <translation>dudosa: Virtuous puede pedir una revisión (contactos {ids})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="52" />
      <source>ambiguous: {ids}</source>
      <translation>dudoso: {ids}</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="167" />
      <source>an image</source>
      <translation>una imagen</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="199" />
      <source>and</source>
      <translation>y</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="374" />
      <source>asked to wait {n} s</source>
      <translation>pidió esperar {n} s</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="191" />
      <source>cities</source>
      <translation>ciudades</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>city</source>
      <translation>ciudad</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/stages.py" line="101" />
      <source>columns named in the mapping are not in this file: {columns}</source>
      <translation>columnas nombradas en la asignación que no están en este archivo: {columns}</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="241" />
      <source>columns of the earlier run are no longer in this file: {columns}</source>
      <translation>columnas del envío anterior que ya no están en este archivo: {columns}</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="175" />
      <source>contact custom fields</source>
      <translation>campos personalizados de contacto</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="90" />
      <source>contact properties</source>
      <translation>propiedades de contacto</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="158" />
      <source>contact types</source>
      <translation>tipos de contacto</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="101" />
      <source>contact-to-company association labels</source>
      <translation>etiquetas de asociación de contacto a empresa</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="354" />
      <source>could be day-first or month-first; read month-first, as {day}</source>
      <translation>puede leerse con el día o con el mes primero; se lee con el mes primero, como {day}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="296" />
      <source>could not connect ({detail})</source>
      <translation>no se pudo conectar ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="135" />
      <source>create the missing companies</source>
      <translation>crear las empresas que faltan</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="187" />
      <source>date of birth</source>
      <translation>fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>dates of birth</source>
      <translation>fechas de nacimiento</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="357" />
      <source>did not allow this request with this token</source>
      <translation>no permitió esta petición con este token</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="69" />
      <location filename="../../core/matching/groups.py" line="187" />
      <source>email</source>
      <translation>correo</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="160" />
      <source>email and phone types</source>
      <translation>tipos de correo y teléfono</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="111" />
      <source>email subscription types</source>
      <translation>tipos de suscripción de correo</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>emails</source>
      <translation>correos electrónicos</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="167" />
      <source>events</source>
      <translation>eventos</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="321" />
      <source>field '{field}' is not a Hubspot field (HubSpot property names are lower-case letters, digits and _)</source>
      <translation>el campo '{field}' no es un campo de HubSpot (los nombres de propiedad de HubSpot son letras minúsculas, dígitos y _)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="320" />
      <source>field '{field}' is not a Virtuous field (a custom field is written customFields.&lt;name&gt;)</source>
      <translation>el campo '{field}' no es un campo de Virtuous (un campo personalizado se escribe customFields.&lt;nombre&gt;)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="222" />
      <source>first and last names written the other way round</source>
      <translation>nombre y apellido escritos al revés</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="187" />
      <source>first name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>first names</source>
      <translation>nombres</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="122" />
      <source>group {n} is not readable (it needs 'rows', a 'choice' and row numbers)</source>
      <translation>el grupo {n} no se puede leer (necesita 'rows', una 'choice' y números de fila)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="128" />
      <source>group {n}: a group needs two or more rows, each in only one group</source>
      <translation>grupo {n}: un grupo necesita dos filas o más, cada una en un solo grupo</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="125" />
      <source>group {n}: choice '{choice}' is not one of {choices}</source>
      <translation>grupo {n}: la elección '{choice}' no es una de {choices}</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="130" />
      <source>group {n}: the row to keep (or a field's winning row) is not in the group</source>
      <translation>grupo {n}: la fila que se conserva (o la fila ganadora de un campo) no está en el grupo</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="395" />
      <source>has '{part}', which {problem}</source>
      <translation>tiene '{part}', que {problem}</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="215" />
      <source>has a currency ({currency}) and the column mixes currencies; the amount is sent without it</source>
      <translation>tiene una moneda ({currency}) y la columna mezcla monedas; el importe se envía sin ella</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="317" />
      <source>has no year; add the year</source>
      <translation>no tiene año; añada el año</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="294" />
      <location filename="../../core/validation/normalize.py" line="310" />
      <location filename="../../core/validation/normalize.py" line="319" />
      <source>is a month only, and a date field needs the day too</source>
      <translation>es solo un mes, y un campo de fecha necesita también el día</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="257" />
      <location filename="../../core/validation/normalize.py" line="291" />
      <location filename="../../core/validation/normalize.py" line="322" />
      <source>is a year only, and a date field needs the day too</source>
      <translation>es solo un año, y un campo de fecha necesita también el día</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="398" />
      <source>is migrating this account (HTTP 477)</source>
      <translation>está migrando esta cuenta (HTTP 477)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="259" />
      <source>is not a date</source>
      <translation>no es una fecha</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="307" />
      <location filename="../../core/validation/normalize.py" line="315" />
      <source>is not a date we can read (use YYYY-MM-DD)</source>
      <translation>no es una fecha que podamos leer (use AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="205" />
      <location filename="../../core/validation/normalize.py" line="213" />
      <source>is not a number</source>
      <translation>no es un número</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="142" />
      <source>is not a phone number we can read</source>
      <translation>no es un número de teléfono que podamos leer</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="282" />
      <location filename="../../core/validation/normalize.py" line="289" />
      <source>is not a real date</source>
      <translation>no es una fecha real</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="51" />
      <source>is not a tag in the account yet; Virtuous may add it or leave it out when the import is reviewed</source>
      <translation>aún no es una etiqueta de la cuenta; Virtuous puede añadirla o dejarla fuera cuando se revise la importación</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="108" />
      <source>is not a valid email address ({detail})</source>
      <translation>no es una dirección de correo válida ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="144" />
      <source>is not a valid phone number</source>
      <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="117" />
      <source>is not a volunteer opportunity in the account; sent by name only</source>
      <translation>no es una oportunidad de voluntariado de la cuenta; se envía solo por nombre</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="186" />
      <location filename="../../core/validation/normalize.py" line="197" />
      <source>is not a whole number</source>
      <translation>no es un número entero</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="95" />
      <source>is not an email list in the account (Virtuous may leave it out); its lists: {options}</source>
      <translation>no es una lista de correo de la cuenta (Virtuous puede omitirla); sus listas: {options}</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="116" />
      <source>is not an event in the account; sent by name only</source>
      <translation>no es un evento de la cuenta; se envía solo por nombre</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="39" />
      <source>is not in HubSpot yet; it will be created when sending</source>
      <translation>aún no está en HubSpot; se creará al enviar</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="40" />
      <source>is not in HubSpot; not associated (choose to create missing companies to add it)</source>
      <translation>no está en HubSpot; no se asocia (elija crear las empresas que faltan para añadirla)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="385" />
      <source>is not one of the account's options ({options})</source>
      <translation>no es una de las opciones de la cuenta ({options})</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="74" />
      <source>is not one of the account's {what} types ({options})</source>
      <translation>no es uno de los tipos de {what} de la cuenta ({options})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="341" />
      <source>is not one of the allowed options ({options})</source>
      <translation>no es una de las opciones permitidas ({options})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="176" />
      <source>is not yes/no (use Yes, No, TRUE, FALSE, Y, N, 1 or 0)</source>
      <translation>no es sí/no (use Yes, No, TRUE, FALSE, Y, N, 1 o 0)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>last name</source>
      <translation>apellido</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>last names</source>
      <translation>apellidos</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="183" />
      <source>list the marketing-contacts import's errors</source>
      <translation>mostrar los errores de la importación de contactos de marketing</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="114" />
      <source>look companies up by domain</source>
      <translation>buscar empresas por dominio</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="538" />
      <source>looks like {what}, but every row holds the same value</source>
      <translation>parece {what}, pero todas las filas tienen el mismo valor</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="536" />
      <source>looks like {what}, but it is someone else's (a spouse, purchaser, emergency contact …)</source>
      <translation>parece {what}, pero es de otra persona (cónyuge, comprador, contacto de emergencia…)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="537" />
      <source>looks like {what}, but its values do not fit</source>
      <translation>parece {what}, pero sus valores no encajan</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="539" />
      <source>looks like {what}, which comes from column '{column}'</source>
      <translation>parece {what}, que ya viene de la columna '{column}'</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="228" />
      <source>mapping file is not valid: {where}: {detail}</source>
      <translation>el archivo de asignación no es válido: {where}: {detail}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="211" />
      <source>mapping file not found</source>
      <translation>no se encontró el archivo de asignación</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="221" />
      <source>mapping version {version} is newer than this app understands ({known})</source>
      <translation>la versión de asignación {version} es más nueva de lo que esta aplicación entiende ({known})</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="240" />
      <source>matches several companies: {ids}; not associated (give the domain or the ID)</source>
      <translation>coincide con varias empresas: {ids}; no se asocia (indique el dominio o el ID)</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="112" />
      <source>matches several events: {ids}; give the ID to choose one</source>
      <translation>coincide con varios eventos: {ids}; indique el ID para elegir uno</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="113" />
      <source>matches several volunteer opportunitys: {ids}; give the ID to choose one</source>
      <translation>coincide con varias oportunidades de voluntariado: {ids}; indique el ID para elegir una</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="228" />
      <source>nearly the same {fields}</source>
      <translation>casi iguales: {fields}</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="41" />
      <source>new</source>
      <translation>nuevo</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="41" />
      <source>new: Virtuous may create it as a new person</source>
      <translation>nueva: Virtuous puede crearla como persona nueva</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="72" />
      <source>no extension</source>
      <translation>sin extensión</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="218" />
      <source>not a mapping file (expected a JSON object)</source>
      <translation>no es un archivo de asignación (se esperaba un objeto JSON)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="216" />
      <source>not a readable mapping file (it is nested too deep to be one)</source>
      <translation>no es un archivo de correspondencias legible (está anidado a demasiada profundidad para serlo)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="213" />
      <source>not a readable mapping file ({kind}: {detail})</source>
      <translation>no es un archivo de asignación legible ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="252" />
      <source>one of {fields}</source>
      <translation>uno de {fields}</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="69" />
      <location filename="../../core/matching/groups.py" line="187" />
      <source>phone</source>
      <translation>teléfono</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>phones</source>
      <translation>teléfonos</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>postal code</source>
      <translation>código postal</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>postal codes</source>
      <translation>códigos postales</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="48" />
      <source>probably existing contact {id} ({fields} agree)</source>
      <translation>probablemente el contacto existente {id} (coinciden {fields})</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="381" />
      <source>rate limit reached</source>
      <translation>límite de peticiones alcanzado</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="356" />
      <source>refused the API token</source>
      <translation>rechazó el token de la API</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="191" />
      <source>row {row} of run {run} is no longer in the file; import it as a new run instead</source>
      <translation>la fila {row} del envío {run} ya no está en el archivo; impórtela como un envío nuevo</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="285" />
      <source>row {row}: Virtuous matches people itself, so a row cannot be sent as an update of a chosen contact; choose create or skip</source>
      <translation>fila {row}: Virtuous empareja a las personas por sí mismo, así que una fila no puede enviarse como actualización de un contacto elegido; elija crear u omitir</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="230" />
      <source>run {run} has no failed, unknown or unsent rows to retry</source>
      <translation>el envío {run} no tiene filas fallidas, dudosas o sin enviar que reintentar</translation>
    </message>
    <message>
      <location filename="../../core/submit/runlock.py" line="70" />
      <source>run {run} is already being sent</source>
      <translation>el envío {run} ya se está enviando</translation>
    </message>
    <message>
      <location filename="../../core/submit/runlock.py" line="75" />
      <source>run {run} is being sent by another program</source>
      <translation>otro programa está enviando el envío {run}</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="225" />
      <source>run {run} is {state}; resume it instead of retrying</source>
      <translation>el envío {run} está {state}; reanúdelo en lugar de reintentarlo</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="225" />
      <source>same {fields}</source>
      <translation>coinciden: {fields}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="157" />
      <source>say how the marketing-contacts import went</source>
      <translation>indicar cómo fue la importación de contactos de marketing</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="395" />
      <source>says the records are locked (HTTP 423)</source>
      <translation>dice que los registros están bloqueados (HTTP 423)</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="126" />
      <source>search companies by name</source>
      <translation>buscar empresas por nombre</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="94" />
      <source>sent without the values that could not be read: {fields}</source>
      <translation>se envió sin los valores que no se pudieron leer: {fields}</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="220" />
      <source>sent without {what}</source>
      <translation>se envía sin {what}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="322" />
      <source>server error HTTP {status}</source>
      <translation>error del servidor HTTP {status}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="323" />
      <source>server error HTTP {status} ({detail})</source>
      <translation>error del servidor HTTP {status} ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="146" />
      <source>start the marketing-contacts import</source>
      <translation>iniciar la importación de contactos de marketing</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="35" />
      <source>tab</source>
      <translation>tabulador</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="165" />
      <source>tags</source>
      <translation>etiquetas</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="306" />
      <source>text of {n} characters, more than a cell can hold ({limit})</source>
      <translation>un texto de {n} caracteres, más de lo que cabe en una celda ({limit})</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="298" />
      <source>the connection failed before an answer arrived ({detail})</source>
      <translation>la conexión falló antes de que llegara una respuesta ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="93" />
      <source>the decisions file does not exist</source>
      <translation>el archivo de decisiones no existe</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="236" />
      <source>the decisions name rows this file does not have ({rows}); were they made for another file?</source>
      <translation>las decisiones nombran filas que este archivo no tiene ({rows}); ¿se hicieron para otro archivo?</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="72" />
      <source>the disk holding the run journal ({folder}) is full: free some space there</source>
      <translation>el disco del registro de envíos ({folder}) está lleno: libere algo de espacio allí</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="290" />
      <source>the error {code}</source>
      <translation>el error {code}</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="197" />
      <source>the file changed since run {run} (row {row} is not what was sent); import it as a new run instead</source>
      <translation>el archivo cambió desde el envío {run} (la fila {row} no es lo que se envió); impórtelo como un envío nuevo</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="116" />
      <source>the rest of the column is five-digit ZIP codes</source>
      <translation>el resto de la columna son códigos postales de cinco dígitos</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="79" />
      <source>the run journal {path} is damaged</source>
      <translation>el registro de envíos {path} está dañado</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="77" />
      <source>the run journal {path} is locked by another program (another Contact Importer, a backup or a database tool): close it and try again</source>
      <translation>otro programa tiene bloqueado el registro de envíos {path} (otro Contact Importer, una copia de seguridad o una herramienta de bases de datos): ciérrelo e inténtelo de nuevo</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="74" />
      <source>the run journal's folder {folder} cannot be written (read-only or no permission): make it writable, or set CONTACT_IMPORTER_HOME to a folder that is</source>
      <translation>no se puede escribir en la carpeta del registro de envíos {folder} (solo lectura o sin permiso): permita escribir en ella o ponga CONTACT_IMPORTER_HOME en una carpeta que lo permita</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="102" />
      <source>this is not a decisions file saved by the app (no version 1 'groups' list)</source>
      <translation>este no es un archivo de decisiones guardado por la aplicación (no hay lista 'groups' de la versión 1)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="95" />
      <source>this is not a decisions file saved by the app ({detail})</source>
      <translation>este no es un archivo de decisiones guardado por la aplicación ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/stages.py" line="97" />
      <source>this mapping is for {crm}, not {target}</source>
      <translation>esta asignación es para {crm}, no para {target}</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="168" />
      <source>volunteer opportunities</source>
      <translation>oportunidades de voluntariado</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="199" />
      <source>was not looked up (no connection); not associated</source>
      <translation>no se consultó (sin conexión); no se asocia</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="189" />
      <source>your choices: {merged} merged, {kept_one} kept one row, {apart} kept apart</source>
      <translation>sus elecciones: {merged} unidos, {kept_one} con una fila conservada, {apart} separados</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="34" />
      <source>{crm} accepted the contact into an import it matches and reviews.</source>
      <translation>{crm} aceptó el contacto en una importación que coteja y revisa.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="35" />
      <source>{crm} already has a contact with this email; it was left as it was.</source>
      <translation>{crm} ya tiene un contacto con este correo; se dejó como estaba.</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="69" />
      <source>{crm} answered the request for its {what} with something unreadable.</source>
      <translation>{crm} respondió a la consulta de sus {what} con algo ilegible.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="349" />
      <source>{crm} did not give a usable answer after {n} tries (last: {problem}). This batch's rows may or may not be in the CRM; resuming the import checks before re-sending.</source>
      <translation>{crm} no dio una respuesta útil después de {n} intentos (último: {problem}). Las filas de este lote pueden estar o no en el CRM; al reanudar la importación se comprueba antes de reenviar.</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="65" />
      <source>{crm} did not list its {what} (HTTP {status}: {detail}).</source>
      <translation>{crm} no mostró sus {what} (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="370" />
      <source>{crm} kept answering 'too many requests' after {n} waits; try again later (the import can be resumed).</source>
      <translation>{crm} siguió respondiendo 'demasiadas peticiones' después de {n} esperas; inténtelo más tarde (la importación se puede reanudar).</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="389" />
      <source>{crm} kept answering HTTP {status} after {n} waits; try again later (the import can be resumed).</source>
      <translation>{crm} siguió respondiendo HTTP {status} después de {n} esperas; inténtelo más tarde (la importación se puede reanudar).</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="36" />
      <source>{crm} turned this row down; the message says why. Fix it and retry the failed rows.</source>
      <translation>{crm} rechazó esta fila; el mensaje dice por qué. Corríjala y reintente las filas fallidas.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="334" />
      <source>{crm} {problem}; retry {n} of {total}</source>
      <translation>{crm} {problem}; reintento {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="382" />
      <source>{crm} {what} (HTTP 429); waiting before retrying</source>
      <translation>{crm} {what} (HTTP 429); esperando antes de reintentar</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="358" />
      <source>{crm} {what} (HTTP {status}: {detail}). Check the token in the connection settings and its permissions.</source>
      <translation>{crm} {what} (HTTP {status}: {detail}). Revise el token en la configuración de la conexión y sus permisos.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="399" />
      <source>{crm} {what}; waiting {n} s before retrying</source>
      <translation>{crm} {what}; esperando {n} s antes de reintentar</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="410" />
      <source>{crm}'s daily request limit ({n} requests) is used up. {what}; resume the import after that.</source>
      <translation>El límite diario de peticiones de {crm} ({n} peticiones) está agotado. {what}; reanude la importación después.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="412" />
      <source>{crm}'s daily request limit is used up. {what}; resume the import after that.</source>
      <translation>El límite diario de peticiones de {crm} está agotado. {what}; reanude la importación después.</translation>
    </message>
    <message>
      <location filename="../../core/targets/ratelimit.py" line="139" />
      <source>{crm}'s request budget is used up; waiting for it to renew</source>
      <translation>El cupo de peticiones de {crm} está agotado; esperando a que se renueve</translation>
    </message>
    <message>
      <location filename="../../core/targets/ratelimit.py" line="137" />
      <source>{crm}'s request budget of {n} requests is used up; waiting for it to renew</source>
      <translation>El cupo de {n} peticiones de {crm} está agotado; esperando a que se renueve</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="305" />
      <source>{crm}: the request could not be made ({kind}: {detail})</source>
      <translation>{crm}: no se pudo hacer la petición ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="345" />
      <source>{crm}: {problem}; retry {n} of {total}</source>
      <translation>{crm}: {problem}; reintento {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="250" />
      <location filename="../../core/targets/virtuous_client.py" line="112" />
      <source>{detail} (the batch could not be split to find the row at fault)</source>
      <translation>{detail} (el lote no se pudo dividir para encontrar la fila culpable)</translation>
    </message>
    <message>
      <location filename="../../core/column_findings.py" line="96" />
      <source>{failing} rows have no name, and column '{column}' holds names: map it to Full name?</source>
      <translation>{failing} filas no tienen nombre, y la columna '{column}' contiene nombres: ¿asignarla a Nombre completo?</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="231" />
      <source>{fields} differ</source>
      <translation>difieren: {fields}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="218" />
      <source>{name} (custom)</source>
      <translation>{name} (personalizado)</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="169" />
      <source>{n} blank rows skipped</source>
      <translation>{n} filas vacías omitidas</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="334" />
      <source>{n} cell with an error or a formula with no saved result, read as empty: {cells}</source>
      <translation>{n} celda con un error o una fórmula sin resultado guardado, leída como vacía: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="312" />
      <source>{n} cell with more text than a cell can hold ({limit} characters), read as empty: {cells}</source>
      <translation>{n} celda con más texto del que cabe en una celda ({limit} caracteres), leída como vacía: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="336" />
      <source>{n} cells with an error or a formula with no saved result, read as empty: {cells}</source>
      <translation>{n} celdas con un error o una fórmula sin resultado guardado, leídas como vacías: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="314" />
      <source>{n} cells with more text than a cell can hold ({limit} characters), read as empty: {cells}</source>
      <translation>{n} celdas con más texto del que cabe en una celda ({limit} caracteres), leídas como vacías: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="195" />
      <source>{n} of them left out</source>
      <translation>{n} de ellas excluidas</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="67" />
      <source>{n} rows Virtuous will probably merge into existing contacts, {ambiguous} ambiguous; the others it may create as new people ({size} people as of {when})</source>
      <translation>{n} filas que Virtuous probablemente unirá a contactos existentes, {ambiguous} dudosas; las demás puede crearlas como personas nuevas ({size} personas a fecha de {when})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="69" />
      <source>{n} rows Virtuous will probably merge into existing contacts; the others it may create as new people ({size} people as of {when})</source>
      <translation>{n} filas que Virtuous probablemente unirá a contactos existentes; las demás puede crearlas como personas nuevas ({size} personas a fecha de {when})</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="58" />
      <source>{n} rows like this ({values} different values): {said}</source>
      <translation>{n} filas como esta ({values} valores distintos): {said}</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="60" />
      <source>{n} rows like this: {said}</source>
      <translation>{n} filas como esta: {said}</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="73" />
      <source>{n} rows probably exist in the account ({size} people as of {when})</source>
      <translation>{n} filas probablemente existen en la cuenta ({size} personas a fecha de {when})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="72" />
      <source>{n} rows probably exist in the account, {ambiguous} ambiguous ({size} people as of {when})</source>
      <translation>{n} filas probablemente existen en la cuenta, {ambiguous} dudosas ({size} personas a fecha de {when})</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="28" />
      <source>{n} rows: company '{value}' is not in HubSpot yet; it will be created when sending</source>
      <translation>{n} filas: la empresa '{value}' aún no está en HubSpot; se creará al enviar</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="26" />
      <source>{n} rows: tag '{value}' is not in the account yet; Virtuous may add it or leave it out when the import is reviewed</source>
      <translation>{n} filas: la etiqueta '{value}' aún no está en la cuenta; Virtuous puede añadirla o dejarla fuera cuando se revise la importación</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="377" />
      <source>{policy} limit reached</source>
      <translation>límite {policy} alcanzado</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="134" />
      <source>{problem} Using the built-in field list.</source>
      <translation>{problem} Se usa la lista de campos incorporada.</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="65" />
      <source>{problem}; associated with company {id}</source>
      <translation>{problem}; asociado con la empresa {id}</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="64" />
      <source>{problem}; associated with company {id} as {label}</source>
      <translation>{problem}; asociado con la empresa {id} como {label}</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="68" />
      <source>{problem}; fetch them again (refresh).</source>
      <translation>{problem}; tráigalas de nuevo (actualizar).</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="198" />
      <source>{problem}; fetch this account's people (refresh).</source>
      <translation>{problem}; traiga las personas de esta cuenta (actualizar).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/jobs.py" line="169" />
      <source>{problem}; it was fetched again.</source>
      <translation>{problem}; se trajo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="43" />
      <source>{rows} rows, 1 group of probable duplicates, {in_groups} rows in it</source>
      <translation>{rows} filas, 1 grupo de probables duplicados, {in_groups} filas en él</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="45" />
      <source>{rows} rows, {groups} groups of probable duplicates, {in_groups} rows in groups</source>
      <translation>{rows} filas, {groups} grupos de probables duplicados, {in_groups} filas en grupos</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="114" />
      <source>{state} ZIP codes start with 0</source>
      <translation>los códigos postales de {state} empiezan por 0</translation>
    </message>
    <message>
      <location filename="../../core/addresses.py" line="21" />
      <source>{url}: plain http:// would send the API key unencrypted; use https:// (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1)</source>
      <translation>{url}: con http:// la clave de la API viajaría sin cifrar; use https:// (http:// solo se permite para este equipo: localhost, 127.0.0.1 o ::1)</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="75" />
      <source>{what} (HTTP {status}: {detail}).</source>
      <translation>{what} (HTTP {status}: {detail}).</translation>
    </message>
  </context>
</TS>
