<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="68" />
      <source>About &amp;Qt</source>
      <translation>About &amp;Qt</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="69" />
      <source>About Qt</source>
      <translation>About Qt</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="39" />
      <source>About {app}</source>
      <translation>About {app}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="47" />
      <source>Data folder: {path}</source>
      <translation>Data folder: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="58" />
      <source>Licence of Qt and PySide6</source>
      <translation>Licence of Qt and PySide6</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="48" />
      <source>Log file: {path}</source>
      <translation>Log file: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="53" />
      <source>Made with Qt and PySide6 (Qt for Python), © The Qt Company, used under the GNU Lesser General Public License version 3. They are separate libraries in this app and can be replaced.</source>
      <translation>Made with Qt and PySide6 (Qt for Python), © The Qt Company, used under the GNU Lesser General Public License version 3. They are separate libraries in this app and can be replaced.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="62" />
      <source>Open the &amp;data folder</source>
      <translation>Open the &amp;data folder</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="63" />
      <source>Open the data folder</source>
      <translation>Open the data folder</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="65" />
      <source>Read the &amp;licence</source>
      <translation>Read the &amp;licence</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="66" />
      <source>Read the GNU LGPL version 3</source>
      <translation>Read the GNU LGPL version 3</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="49" />
      <source>Run journal (every batch, kept so a run can be resumed): {path}</source>
      <translation>Run journal (every batch, kept so a run can be resumed): {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="50" />
      <source>Saved mappings: {path}</source>
      <translation>Saved mappings: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="52" />
      <source>Where the app keeps its files</source>
      <translation>Where the app keeps its files</translation>
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
      <translation>reading the account's fields</translation>
    </message>
  </context>
  <context>
    <name>AfterRunBar</name>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="42" />
      <source>&amp;Undo this run…</source>
      <translation>&amp;Undo this run…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="43" />
      <source>Archive the contacts this run created</source>
      <translation>Archive the contacts this run created</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="149" />
      <source>Archived {n} contacts this run created.</source>
      <translation>Archived {n} contacts this run created.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="132" />
      <source>Archiving…</source>
      <translation>Archiving…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="45" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="39" />
      <source>Check &amp;status in Virtuous</source>
      <translation>Check &amp;status in Virtuous</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="147" />
      <source>Check again later to follow the review.</source>
      <translation>Check again later to follow the review.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="40" />
      <source>Check which rows are in Virtuous now</source>
      <translation>Check which rows are in Virtuous now</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="111" />
      <source>Checking Virtuous…</source>
      <translation>Checking Virtuous…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="66" />
      <source>Stopped; what was checked so far is kept.</source>
      <translation>Stopped; what was checked so far is kept.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="90" />
      <source>This archives the {n} contacts practice run {id} created in the practice HubSpot (contacts it updated are left as they are). Nothing leaves this computer.</source>
      <translation>This archives the {n} contacts practice run {id} created in the practice HubSpot (contacts it updated are left as they are). Nothing leaves this computer.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="93" />
      <source>This archives the {n} contacts run {id} created in HubSpot (contacts it updated are left as they are). Archived contacts can be restored in HubSpot for 90 days.</source>
      <translation>This archives the {n} contacts run {id} created in HubSpot (contacts it updated are left as they are). Archived contacts can be restored in HubSpot for 90 days.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="123" />
      <source>This run has no created contacts left to archive.</source>
      <translation>This run has no created contacts left to archive.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="83" />
      <source>This was a practice run. The practice CRM it went to closed with the app and its contacts with it, so there is nothing there any more.</source>
      <translation>This was a practice run. The practice CRM it went to closed with the app and its contacts with it, so there is nothing there any more.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="125" />
      <source>Undo this run</source>
      <translation>Undo this run</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="130" />
      <source>archiving the contacts</source>
      <translation>archiving the contacts</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="109" />
      <source>checking Virtuous</source>
      <translation>checking Virtuous</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="143" />
      <source>{in_crm} in Virtuous, {waiting} still waiting for review.</source>
      <translation>{in_crm} in Virtuous, {waiting} still waiting for review.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/after_run_bar.py" line="146" />
      <source>{n} could not be checked.</source>
      <translation>{n} could not be checked.</translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message>
      <location filename="../../gui/widgets/banner.py" line="35" />
      <source>Notice</source>
      <translation>Notice</translation>
    </message>
  </context>
  <context>
    <name>BatchBuilder</name>
    <message>
      <location filename="../../gui/session/batch_builder.py" line="72" />
      <source>preparing the batches</source>
      <translation>preparing the batches</translation>
    </message>
  </context>
  <context>
    <name>BatchesModel</name>
    <message>
      <location filename="../../gui/models/batches_model.py" line="50" />
      <source>Add or update</source>
      <translation>Add or update</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="51" />
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="52" />
      <source>Create or update</source>
      <translation>Create or update</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Rows in file</source>
      <translation>Rows in file</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="46" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="80" />
      <source>Spreadsheet rows in this batch: {rows}</source>
      <translation>Spreadsheet rows in this batch: {rows}</translation>
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="53" />
      <source>Update chosen contacts</source>
      <translation>Update chosen contacts</translation>
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
      <translation>In your file: {value}</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="227" />
      <location filename="../../gui/models/check_model.py" line="310" />
      <source>Left out</source>
      <translation>Left out</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="302" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="230" />
      <source>Not sent: fix its errors first (the coloured cells say what is wrong)</source>
      <translation>Not sent: fix its errors first (the coloured cells say what is wrong)</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="227" />
      <source>Not sent: it has errors</source>
      <translation>Not sent: it has errors</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="309" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="189" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="187" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="191" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="198" />
      <source>The row number in your spreadsheet</source>
      <translation>The row number in your spreadsheet</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="196" />
      <source>Untick a row to leave it out of the import</source>
      <translation>Untick a row to leave it out of the import</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="309" />
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="228" />
      <source>Will be sent</source>
      <translation>Will be sent</translation>
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="302" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../gui/pages/check_page.py" line="195" />
      <location filename="../../gui/pages/check_page.py" line="528" />
      <source>&amp;Fix all like this…</source>
      <translation>&amp;Fix all like this…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="527" />
      <source>&amp;Fix all {n} cells like this…</source>
      <translation>&amp;Fix all {n} cells like this…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="201" />
      <source>&amp;Undo fix</source>
      <translation>&amp;Undo fix</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="129" />
      <source>Cells with a problem are coloured; point at one to see why. Double-click a cell to fix it here (your file is not changed). Rows with errors are not sent; untick a row to leave it out.</source>
      <translation>Cells with a problem are coloured; point at one to see why. Double-click a cell to fix it here (your file is not changed). Rows with errors are not sent; untick a row to leave it out.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="128" />
      <source>Check the rows</source>
      <translation>Check the rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="302" />
      <source>Checking {n} rows…</source>
      <translation>Checking {n} rows…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="415" />
      <source>Choose a connection for {crm} on the Send step first (or use practice mode) to compare with its people.</source>
      <translation>Choose a connection for {crm} on the Send step first (or use practice mode) to compare with its people.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="171" />
      <source>Compare with the &amp;account</source>
      <translation>Compare with the &amp;account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="360" />
      <source>Don't import this column</source>
      <translation>Don't import this column</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="253" />
      <source>Duplicates</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="461" />
      <source>Duplicates ({n})</source>
      <translation>Duplicates ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="198" />
      <source>F&amp;ind &amp;&amp; replace…</source>
      <translation>F&amp;ind &amp;&amp; replace…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="173" />
      <source>Fetch the people already in the account once and label each row</source>
      <translation>Fetch the people already in the account once and label each row</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="421" />
      <source>Fetching the people in the account…</source>
      <translation>Fetching the people in the account…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="167" />
      <source>Find &amp;duplicates</source>
      <translation>Find &amp;duplicates</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="608" />
      <source>Find and replace in '{column}'</source>
      <translation>Find and replace in '{column}'</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="587" />
      <source>Fix all cells like this</source>
      <translation>Fix all cells like this</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="462" />
      <source>In the account</source>
      <translation>In the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="169" />
      <source>Look for rows that are probably the same person</source>
      <translation>Look for rows that are probably the same person</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="406" />
      <source>Looking for rows that are the same person…</source>
      <translation>Looking for rows that are the same person…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="357" />
      <source>Map it to Full name</source>
      <translation>Map it to Full name</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="361" />
      <source>Map it to…</source>
      <translation>Map it to…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="187" />
      <source>Problems by cause</source>
      <translation>Problems by cause</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="202" />
      <source>Put back every cell the last fix changed</source>
      <translation>Put back every cell the last fix changed</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="199" />
      <source>Replace text in every cell of the selected column</source>
      <translation>Replace text in every cell of the selected column</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="609" />
      <source>Replace text in the cells of column '{column}' (your file is not changed).</source>
      <translation>Replace text in the cells of column '{column}' (your file is not changed).</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="666" />
      <source>Row {row}: no problems.</source>
      <translation>Row {row}: no problems.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="252" />
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="223" />
      <source>Rows of the file</source>
      <translation>Rows of the file</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="662" />
      <source>Select a row to see its problems here.</source>
      <translation>Select a row to see its problems here.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="192" />
      <location filename="../../gui/pages/check_page.py" line="530" />
      <source>Show &amp;rows</source>
      <translation>Show &amp;rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="530" />
      <source>Show all &amp;rows</source>
      <translation>Show all &amp;rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="159" />
      <source>Show only rows with &amp;problems</source>
      <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="160" />
      <source>Show only rows with problems</source>
      <translation>Show only rows with problems</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="193" />
      <source>Show only the rows of the selected problem</source>
      <translation>Show only the rows of the selected problem</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="296" />
      <source>checking the rows</source>
      <translation>checking the rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="419" />
      <source>comparing with the account</source>
      <translation>comparing with the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="404" />
      <source>looking for duplicates</source>
      <translation>looking for duplicates</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="421" />
      <source>people</source>
      <translation>people</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="302" />
      <source>rows</source>
      <translation>rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="406" />
      <source>steps</source>
      <translation>steps</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="624" />
      <source>{n} cells changed</source>
      <translation>{n} cells changed</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="588" />
      <source>{n} cells in column '{column}' have this problem: {problem}</source>
      <translation>{n} cells in column '{column}' have this problem: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="473" />
      <source>{n} left out by you</source>
      <translation>{n} left out by you</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="470" />
      <source>{n} ready</source>
      <translation>{n} ready</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="472" />
      <source>{n} with errors (will be skipped)</source>
      <translation>{n} with errors (will be skipped)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="471" />
      <source>{n} with warnings (will be sent)</source>
      <translation>{n} with warnings (will be sent)</translation>
    </message>
  </context>
  <context>
    <name>ColumnOptionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="127" />
      <source>&amp;Dates in this column:</source>
      <translation>&amp;Dates in this column:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="122" />
      <source>&amp;Join with column:</source>
      <translation>&amp;Join with column:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="116" />
      <source>&amp;Replace values:</source>
      <translation>&amp;Replace values:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="75" />
      <source>(no other column)</source>
      <translation>(no other column)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="49" />
      <source>Column “{column}” goes to {field}. Change its values on the way:</source>
      <translation>Column “{column}” goes to {field}. Change its values on the way:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="108" />
      <source>Dates in this column</source>
      <translation>Dates in this column</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="31" />
      <source>Day first (31/12/2024)</source>
      <translation>Day first (31/12/2024)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="30" />
      <source>Decide from the column</source>
      <translation>Decide from the column</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="33" />
      <source>Don't split</source>
      <translation>Don't split</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="105" />
      <source>Join with column</source>
      <translation>Join with column</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Keep as typed</source>
      <translation>Keep as typed</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="72" />
      <source>Leave blank cells blank</source>
      <translation>Leave blank cells blank</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="28" />
      <source>Leave the field empty for that row</source>
      <translation>Leave the field empty for that row</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="113" />
      <source>Letter &amp;case:</source>
      <translation>Letter &amp;case:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="102" />
      <source>Letter case</source>
      <translation>Letter case</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="32" />
      <source>Month first (12/31/2024)</source>
      <translation>Month first (12/31/2024)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="67" />
      <source>One per line, for example:
Y → Yes
N → No</source>
      <translation>One per line, for example:
Y → Yes
N → No</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="47" />
      <source>Options for “{column}”</source>
      <translation>Options for “{column}”</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="106" />
      <source>Put between joined values</source>
      <translation>Put between joined values</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="83" />
      <source>Put between the two values (a space by default)</source>
      <translation>Put between the two values (a space by default)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="53" />
      <source>Remove spaces at the start and end</source>
      <translation>Remove spaces at the start and end</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="104" />
      <source>Replace values</source>
      <translation>Replace values</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="29" />
      <source>Skip the row</source>
      <translation>Skip the row</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="59" />
      <source>Split a full name into first, middle and last name</source>
      <translation>Split a full name into first, middle and last name</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="103" />
      <source>Split full name</source>
      <translation>Split full name</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="115" />
      <source>Split into a &amp;list:</source>
      <translation>Split into a &amp;list:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="103" />
      <source>Split into a list</source>
      <translation>Split into a list</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="34" />
      <source>Split on ,</source>
      <translation>Split on ,</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="33" />
      <source>Split on ;</source>
      <translation>Split on ;</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="34" />
      <source>Split on ; or ,</source>
      <translation>Split on ; or ,</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Title Case</source>
      <translation>Title Case</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="102" />
      <source>Trim spaces</source>
      <translation>Trim spaces</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="27" />
      <source>UPPER CASE</source>
      <translation>UPPER CASE</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="104" />
      <source>Value when blank</source>
      <translation>Value when blank</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="117" />
      <source>When &amp;blank, use:</source>
      <translation>When &amp;blank, use:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="125" />
      <source>When a value cannot be &amp;read:</source>
      <translation>When a value cannot be &amp;read:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="107" />
      <source>When a value cannot be read</source>
      <translation>When a value cannot be read</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="27" />
      <source>lower case</source>
      <translation>lower case</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="120" />
      <source>with</source>
      <translation>with</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="94" />
      <source>{field} is needed: a row whose value cannot be read is not sent</source>
      <translation>{field} is needed: a row whose value cannot be read is not sent</translation>
    </message>
  </context>
  <context>
    <name>CompanyBox</name>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="31" />
      <source>&amp;Create companies that are not in HubSpot yet</source>
      <translation>&amp;Create companies that are not in HubSpot yet</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="95" />
      <source>1 contact will be associated with its company.</source>
      <translation>1 contact will be associated with its company.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="98" />
      <source>1 row names a company not found in HubSpot (sent without one).</source>
      <translation>1 row names a company not found in HubSpot (sent without one).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="102" />
      <source>1 row names a company that will be created when sending.</source>
      <translation>1 row names a company that will be created when sending.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="100" />
      <source>1 row names several companies (not guessed: give the domain or the ID).</source>
      <translation>1 row names several companies (not guessed: give the domain or the ID).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="36" />
      <source>Associate as:</source>
      <translation>Associate as:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="23" />
      <source>Companies</source>
      <translation>Companies</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="75" />
      <source>Company (no label)</source>
      <translation>Company (no label)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="33" />
      <source>Create missing companies</source>
      <translation>Create missing companies</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="29" />
      <source>How each contact is associated with its company</source>
      <translation>How each contact is associated with its company</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="34" />
      <source>Without this, a company that is not found is left out and the row says so. Changing either prepares the batches again.</source>
      <translation>Without this, a company that is not found is left out and the row says so. Changing either prepares the batches again.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="96" />
      <source>{n} contacts will be associated with their company.</source>
      <translation>{n} contacts will be associated with their company.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="99" />
      <source>{n} rows name a company not found in HubSpot (sent without one).</source>
      <translation>{n} rows name a company not found in HubSpot (sent without one).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="103" />
      <source>{n} rows name a company that will be created when sending.</source>
      <translation>{n} rows name a company that will be created when sending.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/company_box.py" line="101" />
      <source>{n} rows name several companies (not guessed: give the domain or the ID).</source>
      <translation>{n} rows name several companies (not guessed: give the domain or the ID).</translation>
    </message>
  </context>
  <context>
    <name>Connections</name>
    <message>
      <location filename="../../gui/connections/saved.py" line="110" />
      <source>Choose Virtuous or HubSpot.</source>
      <translation>Choose Virtuous or HubSpot.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="108" />
      <source>Give the connection a name, for example “Our HubSpot”.</source>
      <translation>Give the connection a name, for example “Our HubSpot”.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="229" />
      <source>The API key for “{name}” ({crm}) is not saved on this computer. Enter it under Connections, then resume.</source>
      <translation>The API key for “{name}” ({crm}) is not saved on this computer. Enter it under Connections, then resume.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="123" />
      <source>The address must look like https://api.example.com (a port, if any, is one number).</source>
      <translation>The address must look like https://api.example.com (a port, if any, is one number).</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="112" />
      <source>There is already a connection called “{name}”.</source>
      <translation>There is already a connection called “{name}”.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="219" />
      <source>This was a practice run. The practice CRM it went to closed with the app, so there is nothing to resume it against. Its results are kept; start a new practice send instead.</source>
      <translation>This was a practice run. The practice CRM it went to closed with the app, so there is nothing to resume it against. Its results are kept; start a new practice send instead.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="120" />
      <source>Use an https:// address: plain http:// would send the API key unencrypted (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
      <translation>Use an https:// address: plain http:// would send the API key unencrypted (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</translation>
    </message>
  </context>
  <context>
    <name>ConnectionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="67" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="117" />
      <source>&amp;CRM:</source>
      <translation>&amp;CRM:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="116" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="70" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="131" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="128" />
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="260" />
      <source>A private app access token (or service key) from your HubSpot settings, allowed to read and write contacts.</source>
      <translation>A private app access token (or service key) from your HubSpot settings, allowed to read and write contacts.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="112" />
      <source>API &amp;address:</source>
      <translation>API &amp;address:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="118" />
      <source>API &amp;key:</source>
      <translation>API &amp;key:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="111" />
      <source>API address</source>
      <translation>API address</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="91" />
      <source>API key or access token</source>
      <translation>API key or access token</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="68" />
      <source>Add a connection</source>
      <translation>Add a connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="104" />
      <source>Advanced</source>
      <translation>Advanced</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="258" />
      <source>An API key made in Virtuous by someone allowed to manage its integrations.</source>
      <translation>An API key made in Virtuous by someone allowed to manage its integrations.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="356" />
      <source>Asking {crm}…</source>
      <translation>Asking {crm}…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="84" />
      <source>CRM</source>
      <translation>CRM</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="363" />
      <source>Connected. {answer}</source>
      <translation>Connected. {answer}</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="81" />
      <source>Connection name</source>
      <translation>Connection name</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="136" />
      <source>Connection status</source>
      <translation>Connection status</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="55" />
      <source>Connections</source>
      <translation>Connections</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="82" />
      <source>For example: Our HubSpot</source>
      <translation>For example: Our HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="263" />
      <source>How do I get an API key for {crm}?</source>
      <translation>How do I get an API key for {crm}?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="212" />
      <source>No API key is saved for this connection on this computer. Paste it above and press Save.</source>
      <translation>No API key is saved for this connection on this computer. Paste it above and press Save.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="267" />
      <source>Opens {crm}'s instructions in your web browser</source>
      <translation>Opens {crm}'s instructions in your web browser</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="341" />
      <source>Paste the API key first.</source>
      <translation>Paste the API key first.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="313" />
      <source>Paste the API key for this connection.</source>
      <translation>Paste the API key for this connection.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="205" />
      <location filename="../../gui/dialogs/connections_dialog.py" line="227" />
      <source>Paste the API key here</source>
      <translation>Paste the API key here</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="238" />
      <source>Remove connection?</source>
      <translation>Remove connection?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="71" />
      <source>Remove the selected connection</source>
      <translation>Remove the selected connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="239" />
      <source>Remove “{name}”? Its API key is deleted from this computer too. Runs already made are kept.</source>
      <translation>Remove “{name}”? Its API key is deleted from this computer too. Runs already made are kept.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="133" />
      <source>Save the connection</source>
      <translation>Save the connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="202" />
      <source>Saved ({masked}); leave blank to keep it</source>
      <translation>Saved ({masked}); leave blank to keep it</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="65" />
      <source>Saved connections</source>
      <translation>Saved connections</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="328" />
      <source>Saved. The API key is kept in this computer's password store, not in the app's settings.</source>
      <translation>Saved. The API key is kept in this computer's password store, not in the app's settings.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="324" />
      <source>Saved. This computer has no password store the app can use, so the API key is kept only until the app closes; you will be asked for it again next time.</source>
      <translation>Saved. This computer has no password store the app can use, so the API key is kept only until the app closes; you will be asked for it again next time.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="108" />
      <source>Show advanced settings</source>
      <translation>Show advanced settings</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="129" />
      <source>Test the connection</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="209" />
      <source>This computer has no password store the app can use, so the key is kept only until the app closes.</source>
      <translation>This computer has no password store the app can use, so the key is kept only until the app closes.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="294" />
      <source>This does not look like a whole API key (a real one is at least {n} characters, without spaces). Copy it again from the CRM's settings.</source>
      <translation>This does not look like a whole API key (a real one is at least {n} characters, without spaces). Copy it again from the CRM's settings.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="350" />
      <source>testing the connection</source>
      <translation>testing the connection</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="248" />
      <source>“{name}” was removed.</source>
      <translation>“{name}” was removed.</translation>
    </message>
  </context>
  <context>
    <name>ConstantsForm</name>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="131" />
      <location filename="../../gui/widgets/constants_form.py" line="139" />
      <location filename="../../gui/widgets/constants_form.py" line="146" />
      <source>(not set)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="39" />
      <source>Contact type</source>
      <translation>Contact type</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="33" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="42" />
      <location filename="../../gui/widgets/constants_form.py" line="44" />
      <source>Dates in the file</source>
      <translation>Dates in the file</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="126" />
      <source>Day first: 03/04 is 3 April</source>
      <translation>Day first: 03/04 is 3 April</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="39" />
      <source>Email type</source>
      <translation>Email type</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="34" />
      <source>Evangelist</source>
      <translation>Evangelist</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="26" />
      <source>Foundation</source>
      <translation>Foundation</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="26" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="145" />
      <source>HubSpot's default stages; type your account's own stage if it has others</source>
      <translation>HubSpot's default stages; type your account's own stage if it has others</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="30" />
      <source>Lead</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="43" />
      <source>Lifecycle stage</source>
      <translation>Lifecycle stage</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="31" />
      <source>Marketing qualified lead</source>
      <translation>Marketing qualified lead</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="124" />
      <source>Month first, unless clear (US)</source>
      <translation>Month first, unless clear (US)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="125" />
      <source>Month first: 03/04 is March 4</source>
      <translation>Month first: 03/04 is March 4</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="33" />
      <source>Opportunity</source>
      <translation>Opportunity</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <location filename="../../gui/widgets/constants_form.py" line="34" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="40" />
      <source>Phone type</source>
      <translation>Phone type</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="41" />
      <source>Reference source</source>
      <translation>Reference source</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="32" />
      <source>Sales qualified lead</source>
      <translation>Sales qualified lead</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="115" />
      <source>Shown in Virtuous as where these contacts came from</source>
      <translation>Shown in Virtuous as where these contacts came from</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="30" />
      <source>Subscriber</source>
      <translation>Subscriber</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="27" />
      <source>Work</source>
      <translation>Work</translation>
    </message>
  </context>
  <context>
    <name>DestinationBox</name>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="38" />
      <source>Add or change CRM connections</source>
      <translation>Add or change CRM connections</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="37" />
      <source>C&amp;onnections…</source>
      <translation>C&amp;onnections…</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="81" />
      <source>Choose where to send…</source>
      <translation>Choose where to send…</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="140" />
      <source>Its API key is not saved on this computer: enter it under Connections….</source>
      <translation>Its API key is not saved on this computer: enter it under Connections….</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="82" />
      <source>Practice — nothing leaves this computer</source>
      <translation>Practice — nothing leaves this computer</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="31" />
      <source>Send &amp;to:</source>
      <translation>Send &amp;to:</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="131" />
      <source>The contacts go to a pretend {crm} inside this app, so you can try everything safely. It forgets them when the app closes.</source>
      <translation>The contacts go to a pretend {crm} inside this app, so you can try everything safely. It forgets them when the app closes.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="138" />
      <source>The contacts go to {crm} at {url}.</source>
      <translation>The contacts go to {crm} at {url}.</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="134" />
      <source>To send to your real {crm}, add a connection with its API key under Connections….</source>
      <translation>To send to your real {crm}, add a connection with its API key under Connections….</translation>
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="34" />
      <source>Where to send the contacts</source>
      <translation>Where to send the contacts</translation>
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="30" />
      <source>&amp;Choose a file…</source>
      <translation>&amp;Choose a file…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="34" />
      <source>&amp;Try it with a sample spreadsheet</source>
      <translation>&amp;Try it with a sample spreadsheet</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="32" />
      <source>Choose a file</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="24" />
      <source>Drop a spreadsheet here</source>
      <translation>Drop a spreadsheet here</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="27" />
      <source>Excel (.xlsx, .xlsm, .xlsb, .xls), LibreOffice (.ods) or CSV files</source>
      <translation>Excel (.xlsx, .xlsm, .xlsb, .xls), LibreOffice (.ods) or CSV files</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="35" />
      <source>Try it with a sample spreadsheet</source>
      <translation>Try it with a sample spreadsheet</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="93" />
      <source>Agrees across the group</source>
      <translation>Agrees across the group</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="95" />
      <source>Differs within the group</source>
      <translation>Differs within the group</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="43" />
      <source>In the account</source>
      <translation>In the account</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Match</source>
      <translation>Match</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="42" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="43" />
      <source>What happens</source>
      <translation>What happens</translation>
    </message>
    <message>
      <location filename="../../gui/models/duplicates_model.py" line="71" />
      <source>account</source>
      <translation>account</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesPanel</name>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="183" />
      <source>Create it anyway (a second contact)</source>
      <translation>Create it anyway (a second contact)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="155" />
      <source>Group {n}:</source>
      <translation>Group {n}:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="68" />
      <source>In the account:</source>
      <translation>In the account:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="156" />
      <source>Keep all (they are different people)</source>
      <translation>Keep all (they are different people)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="158" />
      <source>Keep only row {row}</source>
      <translation>Keep only row {row}</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="184" />
      <source>Leave it out (it is already in the account)</source>
      <translation>Leave it out (it is already in the account)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="181" />
      <source>Leave it out (not to be reviewed in Virtuous)</source>
      <translation>Leave it out (not to be reviewed in Virtuous)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="159" />
      <source>Merge into one row (row {row}, most complete values win)</source>
      <translation>Merge into one row (row {row}, most complete values win)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="42" />
      <source>Probable duplicates</source>
      <translation>Probable duplicates</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="148" />
      <source>Row {row}:</source>
      <translation>Row {row}:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="143" />
      <source>Select a group to choose what happens to it.</source>
      <translation>Select a group to choose what happens to it.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="180" />
      <source>Send it (Virtuous matches it on its side)</source>
      <translation>Send it (Virtuous matches it on its side)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="88" />
      <source>The merged row, field by field</source>
      <translation>The merged row, field by field</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="77" />
      <source>The merged row, field by field: tick the value to keep (the most complete row's value is ticked unless you pick another).</source>
      <translation>The merged row, field by field: tick the value to keep (the most complete row's value is ticked unless you pick another).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="187" />
      <source>Update contact {id} with this row</source>
      <translation>Update contact {id} with this row</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="71" />
      <source>What to do with the contact found in the account</source>
      <translation>What to do with the contact found in the account</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="64" />
      <source>What to do with the selected group</source>
      <translation>What to do with the selected group</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/duplicates_panel.py" line="141" />
      <source>Why: {evidence}</source>
      <translation>Why: {evidence}</translation>
    </message>
  </context>
  <context>
    <name>EmailReason</name>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="65" />
      <source>A bracketed IP address after the @-sign is not allowed here</source>
      <translation>A bracketed IP address after the @-sign is not allowed here</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="63" />
      <source>A display name and angle brackets around the email address are not permitted here</source>
      <translation>A display name and angle brackets around the email address are not permitted here</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="55" />
      <source>An email address cannot end with a hyphen</source>
      <translation>An email address cannot end with a hyphen</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="54" />
      <source>An email address cannot end with a period</source>
      <translation>An email address cannot end with a period</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="59" />
      <source>An email address cannot have a hyphen immediately after the @-sign</source>
      <translation>An email address cannot have a hyphen immediately after the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="57" />
      <source>An email address cannot have a hyphen immediately before the @-sign</source>
      <translation>An email address cannot have a hyphen immediately before the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="51" />
      <source>An email address cannot have a period and a hyphen next to each other</source>
      <translation>An email address cannot have a period and a hyphen next to each other</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="58" />
      <source>An email address cannot have a period immediately after the @-sign</source>
      <translation>An email address cannot have a period immediately after the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="56" />
      <source>An email address cannot have a period immediately before the @-sign</source>
      <translation>An email address cannot have a period immediately before the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="50" />
      <source>An email address cannot have two periods in a row</source>
      <translation>An email address cannot have two periods in a row</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="53" />
      <source>An email address cannot start with a hyphen</source>
      <translation>An email address cannot start with a hyphen</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="52" />
      <source>An email address cannot start with a period</source>
      <translation>An email address cannot start with a period</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="46" />
      <source>An email address must have an @-sign</source>
      <translation>An email address must have an @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="45" />
      <source>Internationalized characters before the @-sign are not supported</source>
      <translation>Internationalized characters before the @-sign are not supported</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="44" />
      <source>Internationalized characters before the @-sign are not supported: {chars}</source>
      <translation>Internationalized characters before the @-sign are not supported: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="64" />
      <source>Quoting the part before the @-sign is not allowed here</source>
      <translation>Quoting the part before the @-sign is not allowed here</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="62" />
      <source>The display name contains invalid characters when not quoted: {chars}</source>
      <translation>The display name contains invalid characters when not quoted: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="36" />
      <source>The email address contains an invalid character</source>
      <translation>The email address contains an invalid character</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="33" />
      <source>The email address contains invalid characters before the @-sign</source>
      <translation>The email address contains invalid characters before the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="32" />
      <source>The email address contains invalid characters before the @-sign: {chars}</source>
      <translation>The email address contains invalid characters before the @-sign: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="34" />
      <source>The email address contains invalid characters in quotes before the @-sign: {chars}</source>
      <translation>The email address contains invalid characters in quotes before the @-sign: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="35" />
      <source>The email address contains unsafe characters: {chars}</source>
      <translation>The email address contains unsafe characters: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="60" />
      <source>The email address has the "full-width" at-sign (@) character instead of a regular at-sign</source>
      <translation>The email address has the "full-width" at-sign (@) character instead of a regular at-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="61" />
      <source>The email address has the "small commercial at" character instead of a regular at-sign</source>
      <translation>The email address has the "small commercial at" character instead of a regular at-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="43" />
      <source>The email address is not valid ASCII</source>
      <translation>The email address is not valid ASCII</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="41" />
      <source>The email address is too long ({n} character too many)</source>
      <translation>The email address is too long ({n} character too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="42" />
      <source>The email address is too long ({n} characters too many)</source>
      <translation>The email address is too long ({n} characters too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="39" />
      <source>The email address is too long after the @-sign ({n} character too many)</source>
      <translation>The email address is too long after the @-sign ({n} character too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="40" />
      <source>The email address is too long after the @-sign ({n} characters too many)</source>
      <translation>The email address is too long after the @-sign ({n} characters too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="37" />
      <source>The email address is too long before the @-sign ({n} character too many)</source>
      <translation>The email address is too long before the @-sign ({n} character too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="38" />
      <source>The email address is too long before the @-sign ({n} characters too many)</source>
      <translation>The email address is too long before the @-sign ({n} characters too many)</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="29" />
      <source>The part after the @-sign contains invalid characters ({problem})</source>
      <translation>The part after the @-sign contains invalid characters ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="27" />
      <source>The part after the @-sign contains invalid characters after Unicode normalization: {chars}</source>
      <translation>The part after the @-sign contains invalid characters after Unicode normalization: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="28" />
      <source>The part after the @-sign contains invalid characters: {chars}</source>
      <translation>The part after the @-sign contains invalid characters: {chars}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="26" />
      <source>The part after the @-sign is a special-use or reserved name that cannot be used with email</source>
      <translation>The part after the @-sign is a special-use or reserved name that cannot be used with email</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="31" />
      <source>The part after the @-sign is invalid ({problem})</source>
      <translation>The part after the @-sign is invalid ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="30" />
      <source>The part after the @-sign is not valid IDNA ({problem})</source>
      <translation>The part after the @-sign is not valid IDNA ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="25" />
      <source>The part after the @-sign is not valid. It is not within a valid top-level domain</source>
      <translation>The part after the @-sign is not valid. It is not within a valid top-level domain</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="24" />
      <source>The part after the @-sign is not valid. It should have a period</source>
      <translation>The part after the @-sign is not valid. It should have a period</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="49" />
      <source>There can't be anything after the email address</source>
      <translation>There can't be anything after the email address</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="48" />
      <source>There must be something after the @-sign</source>
      <translation>There must be something after the @-sign</translation>
    </message>
    <message>
      <location filename="../../gui/basics/email_reasons.py" line="47" />
      <source>There must be something before the @-sign</source>
      <translation>There must be something before the @-sign</translation>
    </message>
  </context>
  <context>
    <name>ExistingModel</name>
    <message>
      <location filename="../../gui/models/existing_model.py" line="55" />
      <source>(empty)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="57" />
      <source>Fills {fields}</source>
      <translation>Fills {fields}</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>In HubSpot</source>
      <translation>In HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="57" />
      <source>Nothing to fill</source>
      <translation>Nothing to fill</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="59" />
      <source>Reported as a conflict</source>
      <translation>Reported as a conflict</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="58" />
      <source>Skipped, left as it is</source>
      <translation>Skipped, left as it is</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="58" />
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="41" />
      <source>What sending does</source>
      <translation>What sending does</translation>
    </message>
    <message>
      <location filename="../../gui/models/existing_model.py" line="40" />
      <source>Would change (now → from the file)</source>
      <translation>Would change (now → from the file)</translation>
    </message>
  </context>
  <context>
    <name>ExistingPanel</name>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="38" />
      <source>&amp;Look up who is already in HubSpot</source>
      <translation>&amp;Look up who is already in HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="40" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="100" />
      <source>Look-up cancelled.</source>
      <translation>Look-up cancelled.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="107" />
      <source>Looking up who is already in HubSpot…</source>
      <translation>Looking up who is already in HubSpot…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="102" />
      <source>Looking up {done} of {total} emails in HubSpot…</source>
      <translation>Looking up {done} of {total} emails in HubSpot…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="93" />
      <source>Not looked up: choose a HubSpot connection on the Send step (or practise) to see who is already there.</source>
      <translation>Not looked up: choose a HubSpot connection on the Send step (or practise) to see who is already there.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="51" />
      <source>Rows already in HubSpot</source>
      <translation>Rows already in HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="79" />
      <source>See which rows are new and which people are already in HubSpot, with what would change, before anything is sent.</source>
      <translation>See which rows are new and which people are already in HubSpot, with what would change, before anything is sent.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="97" />
      <source>looking up who is already in HubSpot</source>
      <translation>looking up who is already in HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/existing_panel.py" line="121" />
      <source>{there} already in HubSpot ({changes} would change), {new} new.</source>
      <translation>{there} already in HubSpot ({changes} would change), {new} new.</translation>
    </message>
  </context>
  <context>
    <name>FieldPicker</name>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="76" />
      <source>Fields</source>
      <translation>Fields</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="128" />
      <source>New custom field…</source>
      <translation>New custom field…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="72" />
      <source>Search fields</source>
      <translation>Search fields</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="71" />
      <source>Search fields…</source>
      <translation>Search fields…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="106" />
      <source>don't import skip none ignore</source>
      <translation>don't import skip none ignore</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="130" />
      <source>new custom field add</source>
      <translation>new custom field add</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="104" />
      <source>— Don't import this column —</source>
      <translation>— Don't import this column —</translation>
    </message>
  </context>
  <context>
    <name>FixCellsDialog</name>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="70" />
      <source>&amp;Change the value:</source>
      <translation>&amp;Change the value:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="47" />
      <source>&amp;Replace each with:</source>
      <translation>&amp;Replace each with:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="135" />
      <source>(empty)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="49" />
      <source>(leave empty to empty the cells)</source>
      <translation>(leave empty to empty the cells)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="76" />
      <source>Change it to</source>
      <translation>Change it to</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="73" />
      <source>Change the value</source>
      <translation>Change the value</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="54" />
      <source>Find</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="65" />
      <source>Read the &amp;dates:</source>
      <translation>Read the &amp;dates:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="69" />
      <source>Read the dates</source>
      <translation>Read the dates</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="51" />
      <source>Replace &amp;text inside each:</source>
      <translation>Replace &amp;text inside each:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="50" />
      <source>Replace each with</source>
      <translation>Replace each with</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="57" />
      <source>Replace with</source>
      <translation>Replace with</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="133" />
      <source>Row {row}: '{old}' → {new}</source>
      <translation>Row {row}: '{old}' → {new}</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="58" />
      <source>Take &amp;off the start:</source>
      <translation>Take &amp;off the start:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="64" />
      <source>Take off the end</source>
      <translation>Take off the end</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="61" />
      <source>Take off the start</source>
      <translation>Take off the start</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="88" />
      <source>What each cell will become</source>
      <translation>What each cell will become</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="63" />
      <source>and the end, e.g. €</source>
      <translation>and the end, e.g. €</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="67" />
      <source>day first (05/03/21 is 5 March 2021)</source>
      <translation>day first (05/03/21 is 5 March 2021)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="60" />
      <source>e.g. USD or $</source>
      <translation>e.g. USD or $</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="53" />
      <source>find, e.g. $</source>
      <translation>find, e.g. $</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="68" />
      <source>month first (05/03/21 is 3 May 2021)</source>
      <translation>month first (05/03/21 is 3 May 2021)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="56" />
      <source>replace with (may be empty)</source>
      <translation>replace with (may be empty)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="72" />
      <source>this value, e.g. oregon</source>
      <translation>this value, e.g. oregon</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="75" />
      <source>to, e.g. OR</source>
      <translation>to, e.g. OR</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="132" />
      <source>{n} of {total} cells will change:</source>
      <translation>{n} of {total} cells will change:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/fix_cells.py" line="137" />
      <source>… and {n} more</source>
      <translation>… and {n} more</translation>
    </message>
  </context>
  <context>
    <name>FrozenTableView</name>
    <message>
      <location filename="../../gui/widgets/frozen_table.py" line="25" />
      <source>The first columns, kept in view</source>
      <translation>The first columns, kept in view</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="105" />
      <source>&amp;About {app}</source>
      <translation>&amp;About {app}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="102" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="91" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="90" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="124" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="115" />
      <source>Log file (what the app did, without any API key):
{path}</source>
      <translation>Log file (what the app did, without any API key):
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="89" />
      <source>Menu bar</source>
      <translation>Menu bar</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="119" />
      <source>Results files are saved where you choose on the Results step.</source>
      <translation>Results files are saved where you choose on the Results step.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="116" />
      <source>Run journals (every batch sent, so an interrupted run can be resumed):
{path}</source>
      <translation>Run journals (every batch sent, so an interrupted run can be resumed):
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="94" />
      <source>Same as the system</source>
      <translation>Same as the system</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="118" />
      <source>Saved mappings:
{path}</source>
      <translation>Saved mappings:
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="125" />
      <source>The new language is used the next time Contact Importer starts.</source>
      <translation>The new language is used the next time Contact Importer starts.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="108" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/help_menu.py" line="103" />
      <location filename="../../gui/shell/help_menu.py" line="114" />
      <source>Where are my files?</source>
      <translation>Where are my files?</translation>
    </message>
  </context>
  <context>
    <name>HelpNote</name>
    <message>
      <location filename="../../gui/widgets/help_note.py" line="24" />
      <location filename="../../gui/widgets/help_note.py" line="43" />
      <source>Shows or hides a short explanation of this step</source>
      <translation>Shows or hides a short explanation of this step</translation>
    </message>
  </context>
  <context>
    <name>HoldDialog</name>
    <message>
      <location filename="../../gui/dialogs/hold_dialog.py" line="31" />
      <source>Have you checked that run's rows in the CRM? Sending again may add people who are already there.</source>
      <translation>Have you checked that run's rows in the CRM? Sending again may add people who are already there.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/hold_dialog.py" line="30" />
      <source>Send again?</source>
      <translation>Send again?</translation>
    </message>
  </context>
  <context>
    <name>InputError</name>
    <message>
      <location filename="../../gui/basics/language.py" line="216" />
      <source>column '{column}'</source>
      <translation>column '{column}'</translation>
    </message>
    <message>
      <location filename="../../gui/basics/language.py" line="214" />
      <source>row {row}</source>
      <translation>row {row}</translation>
    </message>
    <message>
      <location filename="../../gui/basics/language.py" line="212" />
      <source>sheet '{sheet}'</source>
      <translation>sheet '{sheet}'</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <location filename="../../gui/session/workers.py" line="142" />
      <source>Something went wrong while {what}: {detail}</source>
      <translation>Something went wrong while {what}: {detail}</translation>
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="144" />
      <source>Something went wrong: {detail}</source>
      <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="124" />
      <source>There is not enough memory for this file. Close other programs or split the file.</source>
      <translation>There is not enough memory for this file. Close other programs or split the file.</translation>
    </message>
  </context>
  <context>
    <name>LegalBasisBox</name>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="26" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="32" />
      <source>Consent to process and store</source>
      <translation>Consent to process and store</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="27" />
      <source>Consent with notice</source>
      <translation>Consent with notice</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="39" />
      <source>How the people gave it</source>
      <translation>How the people gave it</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="40" />
      <source>How they gave it, e.g. ticked the newsletter box at the gala</source>
      <translation>How they gave it, e.g. ticked the newsletter box at the gala</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="25" />
      <source>Legal basis for the subscriptions</source>
      <translation>Legal basis for the subscriptions</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="28" />
      <source>Legitimate interest (existing supporter)</source>
      <translation>Legitimate interest (existing supporter)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="29" />
      <source>Legitimate interest (other)</source>
      <translation>Legitimate interest (other)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="30" />
      <source>Legitimate interest (product use)</source>
      <translation>Legitimate interest (product use)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="33" />
      <source>Not under GDPR</source>
      <translation>Not under GDPR</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="31" />
      <source>Performance of a contract</source>
      <translation>Performance of a contract</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/legal_basis_box.py" line="35" />
      <source>Subscriptions: legal &amp;basis</source>
      <translation>Subscriptions: legal &amp;basis</translation>
    </message>
  </context>
  <context>
    <name>ListBox</name>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="25" />
      <source>&amp;Add these people to a list:</source>
      <translation>&amp;Add these people to a list:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="27" />
      <source>Add these people to a list</source>
      <translation>Add these people to a list</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="31" />
      <source>Every contact this run creates or updates goes into this list in HubSpot. A list by this name is made when there is none.</source>
      <translation>Every contact this run creates or updates goes into this list in HubSpot. A list by this name is made when there is none.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="30" />
      <source>List name</source>
      <translation>List name</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="38" />
      <source>Marketing contacts can get your marketing email in HubSpot. HubSpot sets this through an import after the contacts are in (needs the crm.import scope).</source>
      <translation>Marketing contacts can get your marketing email in HubSpot. HubSpot sets this through an import after the contacts are in (needs the crm.import scope).</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="35" />
      <source>Set them as &amp;marketing contacts</source>
      <translation>Set them as &amp;marketing contacts</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="37" />
      <source>Set them as marketing contacts</source>
      <translation>Set them as marketing contacts</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="60" />
      <source>Setting people as marketing contacts lets your organisation send them marketing email.

Confirm that these contacts expect to hear from your organisation: they gave their consent to receive marketing email from you. Your confirmation, your name and the time are kept with the run.</source>
      <translation>Setting people as marketing contacts lets your organisation send them marketing email.

Confirm that these contacts expect to hear from your organisation: they gave their consent to receive marketing email from you. Your confirmation, your name and the time are kept with the run.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/list_box.py" line="59" />
      <source>These contacts expect to hear from you?</source>
      <translation>These contacts expect to hear from you?</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/shell/main_window.py" line="202" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="203" />
      <source>Back to the previous step</source>
      <translation>Back to the previous step</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="78" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="180" />
      <source>Connections…</source>
      <translation>Connections…</translation>
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
      <translation>Map</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="211" />
      <source>Next step (Alt+Right)</source>
      <translation>Next step (Alt+Right)</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="309" />
      <source>Next: {step}</source>
      <translation>Next: {step}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="354" />
      <source>No, thanks</source>
      <translation>No, thanks</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="75" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="77" />
      <location filename="../../gui/shell/main_window.py" line="79" />
      <source>Open a spreadsheet to go on.</source>
      <translation>Open a spreadsheet to go on.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="171" />
      <source>PRACTICE</source>
      <translation>PRACTICE</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="173" />
      <source>Practice mode: nothing leaves this computer</source>
      <translation>Practice mode: nothing leaves this computer</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="322" />
      <source>Practice — nothing leaves this computer. Contacts go to a pretend {crm} inside this app, so you can try every step safely.</source>
      <translation>Practice — nothing leaves this computer. Contacts go to a pretend {crm} inside this app, so you can try every step safely.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="80" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="204" />
      <source>Previous step (Alt+Left)</source>
      <translation>Previous step (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="84" />
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="85" />
      <source>Results appear after sending.</source>
      <translation>Results appear after sending.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="180" />
      <source>Run history…</source>
      <translation>Run history…</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="82" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="317" />
      <source>Sending to {crm}</source>
      <translation>Sending to {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="350" />
      <source>This file has the same columns as your saved mapping “{name}”. Use it?</source>
      <translation>This file has the same columns as your saved mapping “{name}”. Use it?</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="352" />
      <source>Use “{name}”</source>
      <translation>Use “{name}”</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="83" />
      <source>Wait for the batches to be prepared.</source>
      <translation>Wait for the batches to be prepared.</translation>
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="81" />
      <source>Wait for the check to finish.</source>
      <translation>Wait for the check to finish.</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="232" />
      <source>A guess from the column's name and values: please check it</source>
      <translation>A guess from the column's name and values: please check it</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="225" />
      <source>Click (or press Enter) to choose the field this column goes to</source>
      <translation>Click (or press Enter) to choose the field this column goes to</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Column in your file</source>
      <translation>Column in your file</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Goes to</source>
      <translation>Goes to</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Match</source>
      <translation>Match</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="227" />
      <source>Not imported: {reason}</source>
      <translation>Not imported: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="209" />
      <location filename="../../gui/models/mapping_model.py" line="219" />
      <source>Options ({n})…</source>
      <translation>Options ({n})…</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="171" />
      <source>Options for column {name}</source>
      <translation>Options for column {name}</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="209" />
      <location filename="../../gui/models/mapping_model.py" line="219" />
      <source>Options…</source>
      <translation>Options…</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="80" />
      <source>Sample values</source>
      <translation>Sample values</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="233" />
      <source>The column's name and values match this field</source>
      <translation>The column's name and values match this field</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="235" />
      <source>Trim, change case, split names or lists, translate values, fill blanks, join columns</source>
      <translation>Trim, change case, split names or lists, translate values, fill blanks, join columns</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="230" />
      <source>You picked this field</source>
      <translation>You picked this field</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="195" />
      <source>{field} (joined with {others})</source>
      <translation>{field} (joined with {others})</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="157" />
      <source>— Don't import —</source>
      <translation>— Don't import —</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="203" />
      <location filename="../../gui/models/mapping_model.py" line="214" />
      <source>▲ {percent} guess</source>
      <translation>▲ {percent} guess</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="199" />
      <location filename="../../gui/models/mapping_model.py" line="215" />
      <source>○ Not taken</source>
      <translation>○ Not taken</translation>
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="201" />
      <location filename="../../gui/models/mapping_model.py" line="214" />
      <source>● Your choice</source>
      <translation>● Your choice</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="80" />
      <source>&amp;Refresh from the account</source>
      <translation>&amp;Refresh from the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="94" />
      <source>&amp;Use a saved mapping</source>
      <translation>&amp;Use a saved mapping</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="114" />
      <source>Columns and the fields they go to</source>
      <translation>Columns and the fields they go to</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="245" />
      <source>Dates in column “{column}” could be day-first or month-first (is {example} the {day_first} or the {month_first}?). Which does your file use?</source>
      <translation>Dates in column “{column}” could be day-first or month-first (is {example} the {day_first} or the {month_first}?). Which does your file use?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="255" />
      <source>Day first</source>
      <translation>Day first</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="67" />
      <source>Each row of this table is a column of your file. “Goes to” is the CRM field its values are put in: click it (or press Enter) to choose another, or “Don't import” to leave the column out. Options… changes the values on the way (trim spaces, split a full name, Y → Yes). “Same for every row” fills a field for every contact, such as the contact type. Nothing is sent yet: the Check step shows each row's problems first.</source>
      <translation>Each row of this table is a column of your file. “Goes to” is the CRM field its values are put in: click it (or press Enter) to choose another, or “Don't import” to leave the column out. Options… changes the values on the way (trim spaces, split a full name, Y → Yes). “Same for every row” fills a field for every contact, such as the contact type. Nothing is sent yet: the Check step shows each row's problems first.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="273" />
      <source>Every contact needs {what}, and nothing fills it yet. Pick a column for it, or set a value for every row on the right.</source>
      <translation>Every contact needs {what}, and nothing fills it yet. Pick a column for it, or set a value for every row on the right.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="102" />
      <source>Forget every choice you made for a column name, and suggest this file's mapping afresh</source>
      <translation>Forget every choice you made for a column name, and suggest this file's mapping afresh</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="67" />
      <source>How does mapping work?</source>
      <translation>How does mapping work?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="199" />
      <source>Match your columns to {crm} fields</source>
      <translation>Match your columns to {crm} fields</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="256" />
      <source>Month first</source>
      <translation>Month first</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="436" />
      <source>Name it so you can use it again for the next file like this one:</source>
      <translation>Name it so you can use it again for the next file like this one:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="379" />
      <source>Name of the field in {crm}:</source>
      <translation>Name of the field in {crm}:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="378" />
      <source>New custom field</source>
      <translation>New custom field</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="448" />
      <source>No saved mappings yet</source>
      <translation>No saved mappings yet</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="476" />
      <source>Reading the fields and options of your account…</source>
      <translation>Reading the fields and options of your account…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="81" />
      <source>Refresh the fields from the account</source>
      <translation>Refresh the fields from the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="100" />
      <source>Reset su&amp;ggestions</source>
      <translation>Reset su&amp;ggestions</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="101" />
      <source>Reset suggestions</source>
      <translation>Reset suggestions</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="97" />
      <source>Sa&amp;ve this mapping…</source>
      <translation>Sa&amp;ve this mapping…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="155" />
      <source>Same for every row</source>
      <translation>Same for every row</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="98" />
      <location filename="../../gui/pages/mapping_page.py" line="435" />
      <source>Save this mapping</source>
      <translation>Save this mapping</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="467" />
      <source>The saved mapping “{name}” names columns this file does not have: {cols}</source>
      <translation>The saved mapping “{name}” names columns this file does not have: {cols}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="95" />
      <source>Use a saved mapping</source>
      <translation>Use a saved mapping</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="283" />
      <source>Using your saved mapping “{name}”.</source>
      <translation>Using your saved mapping “{name}”.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="158" />
      <source>Values every contact gets, whatever the file says.</source>
      <translation>Values every contact gets, whatever the file says.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="194" />
      <source>We matched what we could from the column names and what they hold. Look at the guesses marked in amber, and pick a field for any other column you want to bring in.</source>
      <translation>We matched what we could from the column names and what they hold. Look at the guesses marked in amber, and pick a field for any other column you want to bring in.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="197" />
      <source>We matched what we could from the column names and what they hold. Pick a field for any other column you want to bring in, or choose “Don't import” for one you don't.</source>
      <translation>We matched what we could from the column names and what they hold. Pick a field for any other column you want to bring in, or choose “Don't import” for one you don't.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="272" />
      <source>one of {fields}</source>
      <translation>one of {fields}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="287" />
      <source>{used} of {total} columns will be brought in.</source>
      <translation>{used} of {total} columns will be brought in.</translation>
    </message>
  </context>
  <context>
    <name>MergeFieldsModel</name>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="93" />
      <source> (most complete row)</source>
      <translation> (most complete row)</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="94" />
      <source>Click to use this value instead</source>
      <translation>Click to use this value instead</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="60" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="60" />
      <source>Row {row}</source>
      <translation>Row {row}</translation>
    </message>
    <message>
      <location filename="../../gui/models/merge_fields_model.py" line="92" />
      <source>The merged row takes this value</source>
      <translation>The merged row takes this value</translation>
    </message>
  </context>
  <context>
    <name>ModeBox</name>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="59" />
      <source>Changing this prepares the batches again.</source>
      <translation>Changing this prepares the batches again.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="38" />
      <source>Create new contacts only</source>
      <translation>Create new contacts only</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="32" />
      <source>Create new contacts only (a contact already there is reported, not changed)</source>
      <translation>Create new contacts only (a contact already there is reported, not changed)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="41" />
      <source>Fill blanks only</source>
      <translation>Fill blanks only</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="36" />
      <source>Fill blanks only: for people already there send only what is empty in HubSpot</source>
      <translation>Fill blanks only: for people already there send only what is empty in HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="49" />
      <source>People not in HubSpot yet:</source>
      <translation>People not in HubSpot yet:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="52" />
      <source>People not in HubSpot yet: add them</source>
      <translation>People not in HubSpot yet: add them</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="53" />
      <source>People not in HubSpot yet: leave them out</source>
      <translation>People not in HubSpot yet: leave them out</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="40" />
      <source>Skip existing contacts</source>
      <translation>Skip existing contacts</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="35" />
      <source>Skip people already there (leave them as they are), create the rest</source>
      <translation>Skip people already there (leave them as they are), create the rest</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="39" />
      <source>Update existing contacts by email</source>
      <translation>Update existing contacts by email</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="34" />
      <source>Update the contact with the same email, create the rest</source>
      <translation>Update the contact with the same email, create the rest</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="30" />
      <source>When an email is already in HubSpot</source>
      <translation>When an email is already in HubSpot</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="50" />
      <source>add them</source>
      <translation>add them</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="51" />
      <source>leave them out</source>
      <translation>leave them out</translation>
    </message>
  </context>
  <context>
    <name>OpenPage</name>
    <message>
      <location filename="../../gui/pages/open_page.py" line="97" />
      <source>&amp;Practice mode: use a pretend CRM on this computer</source>
      <translation>&amp;Practice mode: use a pretend CRM on this computer</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="153" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Sheet:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="74" />
      <source>Choose the file with the people you want to add. Nothing is sent anywhere until the Send step, and you can look at everything before that.</source>
      <translation>Choose the file with the people you want to add. Nothing is sent anywhere until the Send step, and you can look at everything before that.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="116" />
      <source>Click a file to open it again.</source>
      <translation>Click a file to open it again.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="175" />
      <source>Column &amp;names are in row:</source>
      <translation>Column &amp;names are in row:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="124" />
      <source>Files you open will be listed here.</source>
      <translation>Files you open will be listed here.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="191" />
      <source>First rows of the file</source>
      <translation>First rows of the file</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="183" />
      <source>Here are the first rows as they are in the file. If the column names are not in the highlighted row, click the row that has them.</source>
      <translation>Here are the first rows as they are in the file. If the column names are not in the highlighted row, click the row that has them.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="167" />
      <source>How the file's letters were saved. If names look wrong (JosÃ©, JosŽ), pick another; the file is read again.</source>
      <translation>How the file's letters were saved. If names look wrong (JosÃ©, JosŽ), pick another; the file is read again.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="73" />
      <location filename="../../gui/pages/open_page.py" line="224" />
      <source>Open a spreadsheet</source>
      <translation>Open a spreadsheet</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="98" />
      <source>Practice mode</source>
      <translation>Practice mode</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="260" />
      <source>Reading {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="109" />
      <location filename="../../gui/pages/open_page.py" line="111" />
      <source>Recent files</source>
      <translation>Recent files</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="177" />
      <source>Row with the column names</source>
      <translation>Row with the column names</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="84" />
      <source>Send the people to</source>
      <translation>Send the people to</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="91" />
      <source>Send to {crm}</source>
      <translation>Send to {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="155" />
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="225" />
      <source>Spreadsheets ({patterns});;All files (*)</source>
      <translation>Spreadsheets ({patterns});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="161" />
      <source>Te&amp;xt encoding:</source>
      <translation>Te&amp;xt encoding:</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="166" />
      <source>Text encoding</source>
      <translation>Text encoding</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="99" />
      <source>Try every step safely: nothing leaves this computer.</source>
      <translation>Try every step safely: nothing leaves this computer.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="255" />
      <source>reading {name}</source>
      <translation>reading {name}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="260" />
      <source>rows</source>
      <translation>rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="347" />
      <source>{name} (hidden)</source>
      <translation>{name} (hidden)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="406" />
      <source>{name} (the practice sample)</source>
      <translation>{name} (the practice sample)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="316" />
      <source>{name} is still open.</source>
      <translation>{name} is still open.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="341" />
      <source>{name}: {rows} row, {cols} columns</source>
      <translation>{name}: {rows} row, {cols} columns</translation>
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="342" />
      <source>{name}: {rows} rows, {cols} columns</source>
      <translation>{name}: {rows} rows, {cols} columns</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../gui/pages/base.py" line="25" />
      <source>Page title</source>
      <translation>Page title</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="24" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="14" />
      <source>Password needed</source>
      <translation>Password needed</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="16" />
      <source>That password did not open “{name}”. Passwords are case-sensitive; try again:</source>
      <translation>That password did not open “{name}”. Passwords are case-sensitive; try again:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/password_dialog.py" line="18" />
      <source>“{name}” is protected by a password. Enter it to open the file (it is used only to read the file here and is not saved):</source>
      <translation>“{name}” is protected by a password. Enter it to open the file (it is used only to read the file here and is not saved):</translation>
    </message>
  </context>
  <context>
    <name>PeekModel</name>
    <message>
      <location filename="../../gui/models/peek_model.py" line="71" />
      <source>Column names are taken from this row</source>
      <translation>Column names are taken from this row</translation>
    </message>
    <message>
      <location filename="../../gui/models/peek_model.py" line="73" />
      <source>This row looked like the column names</source>
      <translation>This row looked like the column names</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="266" />
      <source>1 batch</source>
      <translation>1 batch</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="264" />
      <source>1 contact</source>
      <translation>1 contact</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="278" />
      <source>1 row goes without a value that could not be read (the Check step lists it)</source>
      <translation>1 row goes without a value that could not be read (the Check step lists it)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="286" />
      <source>1 row will update the contact you chose in the account</source>
      <translation>1 row will update the contact you chose in the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="271" />
      <source>1 row with errors will be skipped</source>
      <translation>1 row with errors will be skipped</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="274" />
      <source>1 row you left out will not be sent</source>
      <translation>1 row you left out will not be sent</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="231" />
      <source>Batch {n} of {total}: {contacts} contacts, {size}</source>
      <translation>Batch {n} of {total}: {contacts} contacts, {size}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="83" />
      <source>Batches</source>
      <translation>Batches</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="107" />
      <source>C&amp;opy</source>
      <translation>C&amp;opy</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="108" />
      <source>Copy this batch's JSON</source>
      <translation>Copy this batch's JSON</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="109" />
      <source>Copy this batch's JSON to the clipboard</source>
      <translation>Copy this batch's JSON to the clipboard</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="205" />
      <source>Duplicates: {words}</source>
      <translation>Duplicates: {words}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="116" />
      <source>Exact JSON of the selected batch</source>
      <translation>Exact JSON of the selected batch</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="262" />
      <source>No contacts are ready to send</source>
      <translation>No contacts are ready to send</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="51" />
      <source>Nothing has been sent yet. This is exactly what the Send step will send, batch by batch.</source>
      <translation>Nothing has been sent yet. This is exactly what the Send step will send, batch by batch.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="158" />
      <location filename="../../gui/pages/preview_page.py" line="159" />
      <source>Preparing the batches…</source>
      <translation>Preparing the batches…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="50" />
      <source>Preview what will be sent</source>
      <translation>Preview what will be sent</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="159" />
      <source>contacts</source>
      <translation>contacts</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="283" />
      <source>contacts whose email is already in {crm} will be updated</source>
      <translation>contacts whose email is already in {crm} will be updated</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="260" />
      <source>the practice {crm} on this computer</source>
      <translation>the practice {crm} on this computer</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="267" />
      <source>{contacts} will be sent to {crm} in {batches}</source>
      <translation>{contacts} will be sent to {crm} in {batches}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="266" />
      <source>{n} batches</source>
      <translation>{n} batches</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="264" />
      <source>{n} contacts</source>
      <translation>{n} contacts</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="280" />
      <source>{n} rows go without a value that could not be read (the Check step lists them)</source>
      <translation>{n} rows go without a value that could not be read (the Check step lists them)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="287" />
      <source>{n} rows will update the contacts you chose in the account</source>
      <translation>{n} rows will update the contacts you chose in the account</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="272" />
      <source>{n} rows with errors will be skipped</source>
      <translation>{n} rows with errors will be skipped</translation>
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="275" />
      <source>{n} rows you left out will not be sent</source>
      <translation>{n} rows you left out will not be sent</translation>
    </message>
  </context>
  <context>
    <name>ProgressRow</name>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="23" />
      <location filename="../../gui/widgets/progress_row.py" line="24" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="20" />
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
  </context>
  <context>
    <name>ResultsFilter</name>
    <message>
      <location filename="../../gui/models/results_model.py" line="699" />
      <source>All rows ({n})</source>
      <translation>All rows ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="705" />
      <source>Needs attention ({n})</source>
      <translation>Needs attention ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="703" />
      <source>Sent ({n})</source>
      <translation>Sent ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="644" />
      <source>sorting the results</source>
      <translation>sorting the results</translation>
    </message>
  </context>
  <context>
    <name>ResultsFilterBar</name>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="32" />
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="39" />
      <source>Search names, emails, messages…</source>
      <translation>Search names, emails, messages…</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="38" />
      <source>Search the results</source>
      <translation>Search the results</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="34" />
      <source>Show rows with this result</source>
      <translation>Show rows with this result</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="106" />
      <source>searching the results</source>
      <translation>searching the results</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <location filename="../../gui/models/results_model.py" line="422" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>CRM ID</source>
      <translation>CRM ID</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="422" />
      <source>Reference ID</source>
      <translation>Reference ID</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="421" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="427" />
      <source>The ID the CRM can use to find this row again</source>
      <translation>The ID the CRM can use to find this row again</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="425" />
      <source>The contact's ID in the CRM</source>
      <translation>The contact's ID in the CRM</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="426" />
      <source>The request it was sent in</source>
      <translation>The request it was sent in</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="424" />
      <source>The row's number in your spreadsheet</source>
      <translation>The row's number in your spreadsheet</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="425" />
      <source>What happened to the row</source>
      <translation>What happened to the row</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="426" />
      <source>What the CRM said, or why the row was not sent</source>
      <translation>What the CRM said, or why the row was not sent</translation>
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="424" />
      <source>Who the row is</source>
      <translation>Who the row is</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../gui/pages/results_page.py" line="69" />
      <source>&amp;Export results…</source>
      <translation>&amp;Export results…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="405" />
      <source>&amp;Resume</source>
      <translation>&amp;Resume</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="82" />
      <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet program (*.csv)</source>
      <translation>Excel workbook (*.xlsx);;CSV, for any spreadsheet program (*.csv)</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="81" />
      <source>Export results</source>
      <translation>Export results</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="71" />
      <source>Export the results to a file</source>
      <translation>Export the results to a file</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="407" />
      <source>Open the file</source>
      <translation>Open the file</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="283" />
      <source>Preparing the failed rows…</source>
      <translation>Preparing the failed rows…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="424" />
      <source>Read these rows from your file again (fix them there first) and send them to the same place</source>
      <translation>Read these rows from your file again (fix them there first) and send them to the same place</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="166" />
      <source>Reading the results…</source>
      <translation>Reading the results…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="93" />
      <source>Result of every row</source>
      <translation>Result of every row</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="45" />
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="284" />
      <source>Resuming…</source>
      <translation>Resuming…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="76" />
      <location filename="../../gui/pages/results_page.py" line="423" />
      <source>Retry &amp;failed rows</source>
      <translation>Retry &amp;failed rows</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="422" />
      <source>Retry &amp;failed rows ({n})</source>
      <translation>Retry &amp;failed rows ({n})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="79" />
      <source>Run &amp;history…</source>
      <translation>Run &amp;history…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="333" />
      <source>Saved the results to {path}</source>
      <translation>Saved the results to {path}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="77" />
      <source>Send the failed rows again</source>
      <translation>Send the failed rows again</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="80" />
      <source>Show earlier runs</source>
      <translation>Show earlier runs</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="339" />
      <source>The results file could not be written: {why} If it is open in a spreadsheet program, close it and try again.</source>
      <translation>The results file could not be written: {why} If it is open in a spreadsheet program, close it and try again.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="395" />
      <source>This practice run did not finish, and the practice CRM it went to closed with the app, so it cannot be resumed. Its results are kept; start a new practice send instead.</source>
      <translation>This practice run did not finish, and the practice CRM it went to closed with the app, so it cannot be resumed. Its results are kept; start a new practice send instead.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="392" />
      <source>This run did not finish (the app closed while sending). Resume checks what reached the CRM, then sends the rest.</source>
      <translation>This run did not finish (the app closed while sending). Resume checks what reached the CRM, then sends the rest.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="45" />
      <source>What happened to every row. Export a file to keep, and send the rows that failed again once they are fixed.</source>
      <translation>What happened to every row. Export a file to keep, and send the rows that failed again once they are fixed.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="375" />
      <source>includes {n} earlier run(s): each row shows its latest result</source>
      <translation>includes {n} earlier run(s): each row shows its latest result</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="162" />
      <source>reading the results</source>
      <translation>reading the results</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_export.py" line="92" />
      <source>writing the results file</source>
      <translation>writing the results file</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="368" />
      <source>{file} sent to the practice {crm} on {when} (run {id})</source>
      <translation>{file} sent to the practice {crm} on {when} (run {id})</translation>
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="372" />
      <source>{file} sent to {where} on {when} (run {id})</source>
      <translation>{file} sent to {where} on {when} (run {id})</translation>
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="87" />
      <source>&amp;Don't ask again</source>
      <translation>&amp;Don't ask again</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="86" />
      <source>&amp;Not now</source>
      <translation>&amp;Not now</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="84" />
      <source>&amp;Resume now</source>
      <translation>&amp;Resume now</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="89" />
      <source>C&amp;onnections…</source>
      <translation>C&amp;onnections…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="48" />
      <source>Finish the last import?</source>
      <translation>Finish the last import?</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="107" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="71" />
      <source>Resume first asks {crm} which contacts already arrived, then sends the rest, so nobody is added twice.</source>
      <translation>Resume first asks {crm} which contacts already arrived, then sends the rest, so nobody is added twice.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="56" />
      <source>Sending {file} to the practice {crm} was cut off before it finished: {left} of {total} rows have no result yet.</source>
      <translation>Sending {file} to the practice {crm} was cut off before it finished: {left} of {total} rows have no result yet.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="61" />
      <source>Sending {file} to {where} was cut off before it finished: {left} of {total} rows have no result yet.</source>
      <translation>Sending {file} to {where} was cut off before it finished: {left} of {total} rows have no result yet.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="78" />
      <source>{n} other unfinished run(s) are in the run history on the Results step.</source>
      <translation>{n} other unfinished run(s) are in the run history on the Results step.</translation>
    </message>
  </context>
  <context>
    <name>RowKeyBox</name>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="35" />
      <source>&amp;Keep track of people without an email (creates one contact property in HubSpot, once)</source>
      <translation>&amp;Keep track of people without an email (creates one contact property in HubSpot, once)</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="42" />
      <source>HubSpot finds people by email: with this, someone without one is found again if sending is interrupted, instead of ending “Unknown”.</source>
      <translation>HubSpot finds people by email: with this, someone without one is found again if sending is interrupted, instead of ending “Unknown”.</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="38" />
      <source>Keep track of people without an email</source>
      <translation>Keep track of people without an email</translation>
    </message>
    <message>
      <location filename="../../gui/widgets/row_key_box.py" line="39" />
      <source>The app creates the contact property “Contact Importer row key” in HubSpot once (needs the crm.schemas.contacts.write scope) and sets it on every contact it creates.</source>
      <translation>The app creates the contact property “Contact Importer row key” in HubSpot once (needs the crm.schemas.contacts.write scope) and sets it on every contact it creates.</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <location filename="../../gui/sending/progress.py" line="42" />
      <location filename="../../gui/sending/progress.py" line="110" />
      <source>&amp;Cancel sending</source>
      <translation>&amp;Cancel sending</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="43" />
      <source>Cancel sending</source>
      <translation>Cancel sending</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="87" />
      <source>Cancel sending?</source>
      <translation>Cancel sending?</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="156" />
      <source>Checking batch {n} against the CRM before sending anything again ({rows} contacts)</source>
      <translation>Checking batch {n} against the CRM before sending anything again ({rows} contacts)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="39" />
      <source>Contacts sent</source>
      <translation>Contacts sent</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="176" />
      <source>Getting ready to send…</source>
      <translation>Getting ready to send…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="37" />
      <source>Sending progress</source>
      <translation>Sending progress</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="44" />
      <source>Stop after the batches already on their way; the rest can be sent later with Resume</source>
      <translation>Stop after the batches already on their way; the rest can be sent later with Resume</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="88" />
      <source>Stop sending now?

Contacts already sent stay in the CRM. The rest are not sent; you can send them later with Resume.</source>
      <translation>Stop sending now?

Contacts already sent stay in the CRM. The rest are not sent; you can send them later with Resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="118" />
      <source>Stopping: the batches already on their way are getting their answer. Nothing more will be sent.</source>
      <translation>Stopping: the batches already on their way are getting their answer. Nothing more will be sent.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="117" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="49" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
  </context>
  <context>
    <name>RunText</name>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>1 accepted for review</source>
      <translation>1 accepted for review</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>1 already exists</source>
      <translation>1 already exists</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>1 created</source>
      <translation>1 created</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>1 failed</source>
      <translation>1 failed</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="52" />
      <source>1 left out (your choice or a duplicate)</source>
      <translation>1 left out (your choice or a duplicate)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="49" />
      <source>1 not sent yet</source>
      <translation>1 not sent yet</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="93" />
      <source>1 row</source>
      <translation>1 row</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="50" />
      <source>1 skipped because it did not pass the checks</source>
      <translation>1 skipped because it did not pass the checks</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="48" />
      <source>1 unknown</source>
      <translation>1 unknown</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>1 updated</source>
      <translation>1 updated</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="171" />
      <source>Cancelled: {sent} sent, {left} not sent yet</source>
      <translation>Cancelled: {sent} sent, {left} not sent yet</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="142" />
      <source>Contacts already sent will not be sent twice.</source>
      <translation>Contacts already sent will not be sent twice.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="179" />
      <source>Every contact had been sent before the cancel: nothing is left to resume.</source>
      <translation>Every contact had been sent before the cancel: nothing is left to resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="90" />
      <source>No rows yet.</source>
      <translation>No rows yet.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="183" />
      <source>Nothing is lost; press Resume to send the rest.</source>
      <translation>Nothing is lost; press Resume to send the rest.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="165" />
      <source>Sending stopped because the app's data folder ({folder}) can no longer be written (read-only or no permission). Make it writable, then press Resume.</source>
      <translation>Sending stopped because the app's data folder ({folder}) can no longer be written (read-only or no permission). Make it writable, then press Resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="163" />
      <source>Sending stopped because the disk holding the app's run journal ({folder}) is full. Free some space there, then press Resume.</source>
      <translation>Sending stopped because the disk holding the app's run journal ({folder}) is full. Free some space there, then press Resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="155" />
      <source>Sending stopped before every contact was sent. Press Resume to try again.</source>
      <translation>Sending stopped before every contact was sent. Press Resume to try again.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="140" />
      <source>The CRM</source>
      <translation>The CRM</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="135" />
      <source>The CRM did not answer; trying again ({time})</source>
      <translation>The CRM did not answer; trying again ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="134" />
      <source>The answer was lost; checking what arrived ({time})</source>
      <translation>The answer was lost; checking what arrived ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="140" />
      <source>The practice CRM</source>
      <translation>The practice CRM</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="181" />
      <source>This was a practice run and the practice CRM it went to has closed, so the rest cannot be resumed; start a new practice send instead.</source>
      <translation>This was a practice run and the practice CRM it went to has closed, so the rest cannot be resumed; start a new practice send instead.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="132" />
      <source>Waiting for the rate limit ({time})</source>
      <translation>Waiting for the rate limit ({time})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="124" />
      <source>about {time} left</source>
      <translation>about {time} left</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="36" />
      <source>the CRM</source>
      <translation>the CRM</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="144" />
      <source>{crm} refused the API key of “{name}”. It may have been changed or may not be allowed to write contacts. Check it under Connections, then press Resume.</source>
      <translation>{crm} refused the API key of “{name}”. It may have been changed or may not be allowed to write contacts. Check it under Connections, then press Resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="150" />
      <source>{crm} stopped answering. Check the internet connection and press Resume in a few minutes; the app first checks which contacts arrived.</source>
      <translation>{crm} stopped answering. Check the internet connection and press Resume in a few minutes; the app first checks which contacts arrived.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="147" />
      <source>{crm} will take no more requests today: the account's daily limit is used up. Press Resume tomorrow to send the rest.</source>
      <translation>{crm} will take no more requests today: the account's daily limit is used up. Press Resume tomorrow to send the rest.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="118" />
      <source>{done} of {total} contacts sent</source>
      <translation>{done} of {total} contacts sent</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="113" />
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="122" />
      <source>{n} a minute</source>
      <translation>{n} a minute</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="120" />
      <source>{n} a second</source>
      <translation>{n} a second</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>{n} accepted for review</source>
      <translation>{n} accepted for review</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>{n} already exist</source>
      <translation>{n} already exist</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>{n} created</source>
      <translation>{n} created</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>{n} failed</source>
      <translation>{n} failed</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="52" />
      <source>{n} left out (your choice or a duplicate)</source>
      <translation>{n} left out (your choice or a duplicate)</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="112" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="49" />
      <source>{n} not sent yet</source>
      <translation>{n} not sent yet</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="93" />
      <source>{n} rows</source>
      <translation>{n} rows</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="110" />
      <source>{n} s</source>
      <translation>{n} s</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="51" />
      <source>{n} skipped because they did not pass the checks</source>
      <translation>{n} skipped because they did not pass the checks</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="48" />
      <source>{n} unknown</source>
      <translation>{n} unknown</translation>
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>{n} updated</source>
      <translation>{n} updated</translation>
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
      <translation>&amp;Show its rows</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="32" />
      <source>Every import sent from this computer, newest first. Choose one to see what happened to its rows.</source>
      <translation>Every import sent from this computer, newest first. Choose one to see what happened to its rows.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="48" />
      <source>No runs yet: the imports you send appear here.</source>
      <translation>No runs yet: the imports you send appear here.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="38" />
      <source>Past runs</source>
      <translation>Past runs</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="27" />
      <source>Run history</source>
      <translation>Run history</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="54" />
      <source>Show the rows of the selected run</source>
      <translation>Show the rows of the selected run</translation>
    </message>
  </context>
  <context>
    <name>RunsModel</name>
    <message>
      <location filename="../../gui/models/runs_model.py" line="90" />
      <source> (retry)</source>
      <translation> (retry)</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="69" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="66" />
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>How it ended</source>
      <translation>How it ended</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="67" />
      <source>Interrupted (the app closed)</source>
      <translation>Interrupted (the app closed)</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="70" />
      <source>Not started</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="77" />
      <source>Practice {crm}</source>
      <translation>Practice {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="60" />
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="118" />
      <source>Run {id}</source>
      <translation>Run {id}</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="71" />
      <source>Sending now</source>
      <translation>Sending now</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>Sent to</source>
      <translation>Sent to</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="68" />
      <source>Stopped</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="59" />
      <source>When</source>
      <translation>When</translation>
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <location filename="../../gui/pages/send_page.py" line="83" />
      <source>&amp;Resume</source>
      <translation>&amp;Resume</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>1 batch</source>
      <translation>1 batch</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>1 contact</source>
      <translation>1 contact</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="130" />
      <source>1 row names a contact owner HubSpot does not have; it is sent without one.</source>
      <translation>1 row names a contact owner HubSpot does not have; it is sent without one.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="31" />
      <source>1 row will not be sent (errors or left out).</source>
      <translation>1 row will not be sent (errors or left out).</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="204" />
      <source>A column gives email subscriptions: choose their legal basis (under the options above), then press Send.</source>
      <translation>A column gives email subscriptions: choose their legal basis (under the options above), then press Send.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="378" />
      <source>Another send is going on; wait for it to end.</source>
      <translation>Another send is going on; wait for it to end.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="246" />
      <source>Checking the connection to {crm}…</source>
      <translation>Checking the connection to {crm}…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="386" />
      <source>Choose where to send the contacts.</source>
      <translation>Choose where to send the contacts.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="38" />
      <source>Contacts are being sent right now.

Stop and close the app? Contacts already sent stay in the CRM; the rest can be sent later with Resume.</source>
      <translation>Contacts are being sent right now.

Stop and close the app? Contacts already sent stay in the CRM; the rest can be sent later with Resume.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="34" />
      <source>Contacts are being sent to the practice CRM right now.

Stop and close the app? The practice CRM closes with the app, so the contacts not sent yet cannot be resumed later; you can start a new practice send any time.</source>
      <translation>Contacts are being sent to the practice CRM right now.

Stop and close the app? The practice CRM closes with the app, so the contacts not sent yet cannot be resumed later; you can start a new practice send any time.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="45" />
      <source>Done. {counts} The Results step has every row and a file to keep.</source>
      <translation>Done. {counts} The Results step has every row and a file to keep.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="41" />
      <source>Finished, but some rows need attention. {counts} The Results step says why; fix them in your file and retry the failed rows.</source>
      <translation>Finished, but some rows need attention. {counts} The Results step says why; fix them in your file and retry the failed rows.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="245" />
      <source>Getting ready to send…</source>
      <translation>Getting ready to send…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_hold.py" line="30" />
      <source>I have checked: allow sending again…</source>
      <translation>I have checked: allow sending again…</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="25" />
      <source>No contacts are ready to send.</source>
      <translation>No contacts are ready to send.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="145" />
      <source>Preparing the batches…</source>
      <translation>Preparing the batches…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="103" />
      <source>Results as they arrive</source>
      <translation>Results as they arrive</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="85" />
      <source>Resume the run: send the contacts not sent yet</source>
      <translation>Resume the run: send the contacts not sent yet</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="262" />
      <source>Resuming…</source>
      <translation>Resuming…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="50" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="408" />
      <source>Send 1 contact to {where}</source>
      <translation>Send 1 contact to {where}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="50" />
      <source>Send the contacts you previewed. You can cancel at any time and resume later; no contact is ever sent twice.</source>
      <translation>Send the contacts you previewed. You can cancel at any time and resume later; no contact is ever sent twice.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="219" />
      <source>Send to {crm}?</source>
      <translation>Send to {crm}?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="220" />
      <source>Send {n} contacts to {crm} now?

They go to “{name}” ({url}). You can cancel part-way and resume later.</source>
      <translation>Send {n} contacts to {crm} now?

They go to “{name}” ({url}). You can cancel part-way and resume later.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="409" />
      <source>Send {n} contacts to {where}</source>
      <translation>Send {n} contacts to {where}</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_hold.py" line="35" />
      <source>Sending is allowed again.</source>
      <translation>Sending is allowed again.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="378" />
      <source>Sending…</source>
      <translation>Sending…</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="388" />
      <source>Sent. To send these contacts again, change something on an earlier step first.</source>
      <translation>Sent. To send these contacts again, change something on an earlier step first.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/closing.py" line="43" />
      <source>Stop sending and close?</source>
      <translation>Stop sending and close?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="214" />
      <source>The API key for “{name}” is not saved on this computer. Enter it under Connections…, then press Send.</source>
      <translation>The API key for “{name}” is not saved on this computer. Enter it under Connections…, then press Send.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="382" />
      <source>The batches could not be prepared. Go back to the Preview step to try again.</source>
      <translation>The batches could not be prepared. Go back to the Preview step to try again.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="52" />
      <source>The contacts go in batches. Each batch is written to the run journal on this computer before it is sent, so if the connection drops or the app closes, Resume checks what arrived and sends only the rest: nobody is added twice. Cancel stops after the batches already on their way. In practice mode nothing leaves this computer. The Results step then shows what happened to every row.</source>
      <translation>The contacts go in batches. Each batch is written to the run journal on this computer before it is sent, so if the connection drops or the app closes, Resume checks what arrived and sends only the rest: nobody is added twice. Cancel stops after the batches already on their way. In practice mode nothing leaves this computer. The Results step then shows what happened to every row.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="384" />
      <source>There is nothing to send: go back and fix or include some rows.</source>
      <translation>There is nothing to send: go back and fix or include some rows.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="390" />
      <source>This run did not finish: Resume sends the contacts not sent yet.</source>
      <translation>This run did not finish: Resume sends the contacts not sent yet.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="380" />
      <source>Wait for the batches to be prepared.</source>
      <translation>Wait for the batches to be prepared.</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="52" />
      <source>What happens when I press Send?</source>
      <translation>What happens when I press Send?</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="145" />
      <source>contacts</source>
      <translation>contacts</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="406" />
      <source>practice {crm}</source>
      <translation>practice {crm}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="29" />
      <source>{contacts} ready to send in {batches}.</source>
      <translation>{contacts} ready to send in {batches}.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>{n} batches</source>
      <translation>{n} batches</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>{n} contacts</source>
      <translation>{n} contacts</translation>
    </message>
    <message>
      <location filename="../../gui/pages/send_options.py" line="132" />
      <source>{n} rows name a contact owner HubSpot does not have; they are sent without one.</source>
      <translation>{n} rows name a contact owner HubSpot does not have; they are sent without one.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="32" />
      <source>{n} rows will not be sent (errors or left out).</source>
      <translation>{n} rows will not be sent (errors or left out).</translation>
    </message>
  </context>
  <context>
    <name>StepBar</name>
    <message>
      <location filename="../../gui/widgets/step_bar.py" line="31" />
      <source>Step {n}: {title}</source>
      <translation>Step {n}: {title}</translation>
    </message>
  </context>
  <context>
    <name>SubmitWorker</name>
    <message>
      <location filename="../../gui/sending/worker.py" line="310" />
      <source>Cancelled before anything was sent.</source>
      <translation>Cancelled before anything was sent.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="173" />
      <source>Could not reach {crm} at {url} ({error}).</source>
      <translation>Could not reach {crm} at {url} ({error}).</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="167" />
      <source>Could not reach {crm} at {url}. Check the address and the internet connection.</source>
      <translation>Could not reach {crm} at {url}. Check the address and the internet connection.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="385" />
      <source>HubSpot did not let the app create its row-key property ({detail}). Untick “Keep track of people without an email” to send without it.</source>
      <translation>HubSpot did not let the app create its row-key property ({detail}). Untick “Keep track of people without an email” to send without it.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="315" />
      <location filename="../../gui/sending/worker.py" line="324" />
      <source>Nothing was sent: {reason}</source>
      <translation>Nothing was sent: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="393" />
      <source>Sending stopped because of an unexpected problem: {detail}. Nothing already sent is lost; resume the run to go on.</source>
      <translation>Sending stopped because of an unexpected problem: {detail}. Nothing already sent is lost; resume the run to go on.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="322" />
      <source>That run is no longer in the run history.</source>
      <translation>That run is no longer in the run history.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="275" />
      <source>The address saved for “{name}” ({url}) is not a web address the app can use. Correct it under Connections (it looks like https://api.example.com), then send again.</source>
      <translation>The address saved for “{name}” ({url}) is not a web address the app can use. Correct it under Connections (it looks like https://api.example.com), then send again.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="326" />
      <location filename="../../gui/sending/worker.py" line="329" />
      <source>The failed rows cannot be sent again from this file: {reason}</source>
      <translation>The failed rows cannot be sent again from this file: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="332" />
      <source>There are no failed rows to send again.</source>
      <translation>There are no failed rows to send again.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="334" />
      <source>This run did not finish; resume it instead of retrying.</source>
      <translation>This run did not finish; resume it instead of retrying.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="319" />
      <source>This run is being sent by another Contact Importer window right now. Wait for it to finish there.</source>
      <translation>This run is being sent by another Contact Importer window right now. Wait for it to finish there.</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="163" />
      <source>{crm} refused this API key. Check that it was copied in full and that it may read and write contacts.</source>
      <translation>{crm} refused this API key. Check that it was copied in full and that it may read and write contacts.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/submit/journal_open.py" line="325" />
      <source> (unfinished, resume it: {runs})</source>
      <translation> (unfinished, resume it: {runs})</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="324" />
      <source> (unfinished, resume them: {runs})</source>
      <translation> (unfinished, resume them: {runs})</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="329" />
      <source> with the {n} run that could still be read{more}</source>
      <translation> with the {n} run that could still be read{more}</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="328" />
      <source> with the {n} runs that could still be read{more}</source>
      <translation> with the {n} runs that could still be read{more}</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="77" />
      <source>'{name}' is not a text encoding; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</source>
      <translation>'{name}' is not a text encoding; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="74" />
      <source>'{name}' is not an encoding this app knows; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</source>
      <translation>'{name}' is not an encoding this app knows; try e.g. UTF-8, Windows-1252, Mac Roman, ISO-8859-2 or Shift-JIS.</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="169" />
      <source>1 blank row skipped</source>
      <translation>1 blank row skipped</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="226" />
      <source>; other sheets: {sheets}</source>
      <translation>; other sheets: {sheets}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="229" />
      <source>; {sheets} has no table{more}</source>
      <translation>; {sheets} has no table{more}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="229" />
      <source>; {sheets} have no table{more}</source>
      <translation>; {sheets} have no table{more}</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="93" />
      <source>A damaged run journal held a run that had not finished, so some of its rows may already be in the CRM; nothing was sent. Check that run's rows in the CRM, then delete {hold} to send again.</source>
      <translation>A damaged run journal held a run that had not finished, so some of its rows may already be in the CRM; nothing was sent. Check that run's rows in the CRM, then delete {hold} to send again.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="32" />
      <source>A new contact was created in {crm}.</source>
      <translation>A new contact was created in {crm}.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="23" />
      <source>Accepted for review</source>
      <translation>Accepted for review</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="33" />
      <source>Accepted into a Virtuous import after the answer to an earlier send was lost and the same batch was sent again (safe: Virtuous matches it on its reference id, so it is not doubled)</source>
      <translation>Accepted into a Virtuous import after the answer to an earlier send was lost and the same batch was sent again (safe: Virtuous matches it on its reference id, so it is not doubled)</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="32" />
      <source>Accepted into a Virtuous import; it is matched and reviewed there</source>
      <translation>Accepted into a Virtuous import; it is matched and reviewed there</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="33" />
      <source>Added to the list “{name}”</source>
      <translation>Added to the list “{name}”</translation>
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
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="121" />
      <source>Address line 1</source>
      <translation>Address line 1</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="122" />
      <source>Address line 2</source>
      <translation>Address line 2</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="24" />
      <source>Already exists</source>
      <translation>Already exists</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="350" />
      <source>Already exists (ID {id})</source>
      <translation>Already exists (ID {id})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="354" />
      <source>Already exists ({detail})</source>
      <translation>Already exists ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="190" />
      <source>Already in HubSpot (ID {id}) with those fields filled in; nothing sent (your choice: {what})</source>
      <translation>Already in HubSpot (ID {id}) with those fields filled in; nothing sent (your choice: {what})</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="187" />
      <source>Already in HubSpot (ID {id}); left as it is (your choice: {what})</source>
      <translation>Already in HubSpot (ID {id}); left as it is (your choice: {what})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="52" />
      <source>Already in HubSpot before this run (ID {id}); not created again</source>
      <translation>Already in HubSpot before this run (ID {id}); not created again</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/undo.py" line="66" />
      <source>Archived again by undo on {when}</source>
      <translation>Archived again by undo on {when}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="173" />
      <source>Associated company ID</source>
      <translation>Associated company ID</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="37" />
      <source>Associated with company {id}</source>
      <translation>Associated with company {id}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="38" />
      <source>Associated with company {id} as {label}</source>
      <translation>Associated with company {id} as {label}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="133" />
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>CRM ID</source>
      <translation>CRM ID</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="249" />
      <source>Cancelled ({problem})</source>
      <translation>Cancelled ({problem})</translation>
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="150" />
      <source>Cancelled before this batch was sent</source>
      <translation>Cancelled before this batch was sent</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/status.py" line="43" />
      <source>Cancelled while checking Virtuous</source>
      <translation>Cancelled while checking Virtuous</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="165" />
      <source>Cancelled while fetching the account's people</source>
      <translation>Cancelled while fetching the account's people</translation>
    </message>
    <message>
      <location filename="../../core/account/existing.py" line="71" />
      <source>Cancelled while looking up who already exists</source>
      <translation>Cancelled while looking up who already exists</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="256" />
      <source>Cancelled while waiting ({problem})</source>
      <translation>Cancelled while waiting ({problem})</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="378" />
      <source>Cancelled; the rows not sent can be sent by resuming the run</source>
      <translation>Cancelled; the rows not sent can be sent by resuming the run</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="54" />
      <source>Cannot use the run journal: {path} is not a file (a link to a device, a folder or a link to nothing); move it aside, or set CONTACT_IMPORTER_HOME to another folder.</source>
      <translation>Cannot use the run journal: {path} is not a file (a link to a device, a folder or a link to nothing); move it aside, or set CONTACT_IMPORTER_HOME to another folder.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="74" />
      <source>Cannot use the run journal: {problem}.</source>
      <translation>Cannot use the run journal: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="123" />
      <location filename="../../core/mapping/catalog.py" line="164" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../core/column_findings.py" line="46" />
      <source>Column '{column}' does not look like {what}: {failing} of {total} values fail its check. Is it on the right field?</source>
      <translation>Column '{column}' does not look like {what}: {failing} of {total} values fail its check. Is it on the right field?</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="43" />
      <source>Company (by its domain)</source>
      <translation>Company (by its domain)</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="45" />
      <source>Company (by its exact name)</source>
      <translation>Company (by its exact name)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="168" />
      <source>Company name</source>
      <translation>Company name</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="255" />
      <source>Compared rows sharing {fields} instead of {looser} (too many rows share the looser value).</source>
      <translation>Compared rows sharing {fields} instead of {looser} (too many rows share the looser value).</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Comparing rows</source>
      <translation>Comparing rows</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="48" />
      <source>Confirmed in HubSpot after a lost connection</source>
      <translation>Confirmed in HubSpot after a lost connection</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="109" />
      <source>Contact name (household / organization)</source>
      <translation>Contact name (household / organization)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="108" />
      <source>Contact type</source>
      <translation>Contact type</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="101" />
      <source>Could not read the settings of account '{name}' and none are saved yet: {problem}</source>
      <translation>Could not read the settings of account '{name}' and none are saved yet: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Counting comparisons</source>
      <translation>Counting comparisons</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="126" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="167" />
      <source>Country/Region</source>
      <translation>Country/Region</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="25" />
      <source>Create anyway</source>
      <translation>Create anyway</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="21" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="53" />
      <source>Created by a try whose answer was lost; confirmed in HubSpot</source>
      <translation>Created by a try whose answer was lost; confirmed in HubSpot</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="26" />
      <location filename="../../core/mapping/catalog.py" line="218" />
      <source>Custom fields</source>
      <translation>Custom fields</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="182" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="544" />
      <source>Delimiter: {delimiter}</source>
      <translation>Delimiter: {delimiter}</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="543" />
      <source>Delimiter: {delimiter} (from the file's sep= line)</source>
      <translation>Delimiter: {delimiter} (from the file's sep= line)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="19" />
      <location filename="../../core/mapping/catalog.py" line="117" />
      <location filename="../../core/mapping/catalog.py" line="118" />
      <location filename="../../core/mapping/catalog.py" line="118" />
      <location filename="../../core/mapping/catalog.py" line="159" />
      <location filename="../../core/mapping/catalog.py" line="159" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="143" />
      <source>Email lists</source>
      <translation>Email lists</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="117" />
      <source>Email type</source>
      <translation>Email type</translation>
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
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="127" />
      <source>Event ID</source>
      <translation>Event ID</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="128" />
      <source>Event name</source>
      <translation>Event name</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>Exists</source>
      <translation>Exists</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>Exists, would change</source>
      <translation>Exists, would change</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="69" />
      <source>Exists{where}: nothing empty to fill, not sent</source>
      <translation>Exists{where}: nothing empty to fill, not sent</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="64" />
      <source>Exists{where}: skipped, left as it is</source>
      <translation>Exists{where}: skipped, left as it is</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="66" />
      <source>Exists{where}: will be reported as a conflict (Create anyway)</source>
      <translation>Exists{where}: will be reported as a conflict (Create anyway)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="72" />
      <source>Exists{where}: will be updated (no field changes)</source>
      <translation>Exists{where}: will be updated (no field changes)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="74" />
      <source>Exists{where}: will be updated — {changes}</source>
      <translation>Exists{where}: will be updated — {changes}</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="70" />
      <source>Exists{where}: will fill {fields}</source>
      <translation>Exists{where}: will fill {fields}</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="25" />
      <source>Failed</source>
      <translation>Failed</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="162" />
      <source>Fax number</source>
      <translation>Fax number</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="121" />
      <source>Fewer than two rows with names, emails or phones: nothing to compare.</source>
      <translation>Fewer than two rows with names, emails or phones: nothing to compare.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="104" />
      <source>Fields and options of account '{name}' as of {when}, from the saved copy (could not refresh: {problem}).</source>
      <translation>Fields and options of account '{name}' as of {when}, from the saved copy (could not refresh: {problem}).</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="28" />
      <source>Fields and options of account '{name}' as of {when}, from the saved copy.</source>
      <translation>Fields and options of account '{name}' as of {when}, from the saved copy.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="27" />
      <source>Fields and options of account '{name}' as of {when}.</source>
      <translation>Fields and options of account '{name}' as of {when}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="73" />
      <source>Files with {what} can't be read; use one of {formats}.</source>
      <translation>Files with {what} can't be read; use one of {formats}.</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Fill blanks only</source>
      <translation>Fill blanks only</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="113" />
      <location filename="../../core/mapping/catalog.py" line="157" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="155" />
      <source>Full name (split into first/last)</source>
      <translation>Full name (split into first/last)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="111" />
      <source>Full name (split into first/middle/last)</source>
      <translation>Full name (split into first/middle/last)</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="166" />
      <source>Header found in row {row}</source>
      <translation>Header found in row {row}</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="166" />
      <source>Header taken from row {row}</source>
      <translation>Header taken from row {row}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="228" />
      <source>HubSpot answered HTTP {status} ({detail}); check the connection settings.</source>
      <translation>HubSpot answered HTTP {status} ({detail}); check the connection settings.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="222" />
      <source>HubSpot answered HTTP {status} without a readable body; check HubSpot before sending this row again</source>
      <translation>HubSpot answered HTTP {status} without a readable body; check HubSpot before sending this row again</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="393" />
      <source>HubSpot could not look contacts up by email (HTTP {status}: {detail}).</source>
      <translation>HubSpot could not look contacts up by email (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/existing.py" line="46" />
      <source>HubSpot could not look the file's emails up (HTTP {status}: {detail}).</source>
      <translation>HubSpot could not look the file's emails up (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="104" />
      <source>HubSpot could not {what} (HTTP {status}: {detail}).</source>
      <translation>HubSpot could not {what} (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/undo.py" line="64" />
      <source>HubSpot did not archive the contacts (HTTP {status}: {detail}); {n} were archived before that.</source>
      <translation>HubSpot did not archive the contacts (HTTP {status}: {detail}); {n} were archived before that.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="193" />
      <source>HubSpot did not associate the contacts with their companies (HTTP {status}: {detail}).</source>
      <translation>HubSpot did not associate the contacts with their companies (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/account/row_key.py" line="17" />
      <source>HubSpot did not let the app create its row-key property ({detail}); rows without an email are sent without it, and one whose answer is lost stays 'Unknown' for you to check</source>
      <translation>HubSpot did not let the app create its row-key property ({detail}); rows without an email are sent without it, and one whose answer is lost stays 'Unknown' for you to check</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="445" />
      <source>HubSpot did not list its contact properties (HTTP {status}: {detail}); check the server address.</source>
      <translation>HubSpot did not list its contact properties (HTTP {status}: {detail}); check the server address.</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="89" />
      <source>HubSpot did not list its contacts</source>
      <translation>HubSpot did not list its contacts</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="59" />
      <source>HubSpot did not list the account's owners (HTTP {status}: {detail}); the app needs the crm.objects.owners.read scope to set contact owners.</source>
      <translation>HubSpot did not list the account's owners (HTTP {status}: {detail}); the app needs the crm.objects.owners.read scope to set contact owners.</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="54" />
      <source>HubSpot did not list the account's owners ({detail}); the app needs the crm.objects.owners.read scope to set contact owners.</source>
      <translation>HubSpot did not list the account's owners ({detail}); the app needs the crm.objects.owners.read scope to set contact owners.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="70" />
      <source>HubSpot did not update the contact list (HTTP {status}: {detail}); the app needs the crm.lists.write scope for lists.</source>
      <translation>HubSpot did not update the contact list (HTTP {status}: {detail}); the app needs the crm.lists.write scope for lists.</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="152" />
      <source>HubSpot did not write the subscription statuses (HTTP {status}: {detail}); the app needs the communication_preferences.statuses.batch.write scope.</source>
      <translation>HubSpot did not write the subscription statuses (HTTP {status}: {detail}); the app needs the communication_preferences.statuses.batch.write scope.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="85" />
      <source>HubSpot did not {what} (HTTP {status}: {detail}); setting marketing contacts needs the crm.import scope.</source>
      <translation>HubSpot did not {what} (HTTP {status}: {detail}); setting marketing contacts needs the crm.import scope.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="142" />
      <source>HubSpot kept losing the connection after {n} tries. This batch's rows may or may not be in HubSpot; resuming the import checks before re-sending.</source>
      <translation>HubSpot kept losing the connection after {n} tries. This batch's rows may or may not be in HubSpot; resuming the import checks before re-sending.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="63" />
      <source>HubSpot refused the contact list ({detail}); the app needs the crm.lists.write and crm.lists.read scopes for lists.</source>
      <translation>HubSpot refused the contact list ({detail}); the app needs the crm.lists.write and crm.lists.read scopes for lists.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_parsing.py" line="71" />
      <source>HubSpot rejected this row</source>
      <translation>HubSpot rejected this row</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="55" />
      <source>HubSpot's answer did not mention this row; check HubSpot before sending it again</source>
      <translation>HubSpot's answer did not mention this row; check HubSpot before sending it again</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="290" />
      <source>HubSpot's answer did not mention this row; check HubSpot before sending it again (HubSpot also said: {detail})</source>
      <translation>HubSpot's answer did not mention this row; check HubSpot before sending it again (HubSpot also said: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="49" />
      <source>HubSpot's answer was lost after sending and this row has no email to look it up by, so it was not sent again (it may be there already). Check HubSpot for {what}, created at about {at}; send it again only if it is not there</source>
      <translation>HubSpot's answer was lost after sending and this row has no email to look it up by, so it was not sent again (it may be there already). Check HubSpot for {what}, created at about {at}; send it again only if it is not there</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="93" />
      <source>HubSpot's contact property list had no 'results'; check the server address.</source>
      <translation>HubSpot's contact property list had no 'results'; check the server address.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="162" />
      <source>HubSpot's marketing-contacts import {id} is still running; resume the run later to see how it went.</source>
      <translation>HubSpot's marketing-contacts import {id} is still running; resume the run later to see how it went.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="146" />
      <source>HubSpot: the answer was lost; checking which contacts were created</source>
      <translation>HubSpot: the answer was lost; checking which contacts were created</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="450" />
      <source>HubSpot: {n} contact properties</source>
      <translation>HubSpot: {n} contact properties</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="172" />
      <source>Industry</source>
      <translation>Industry</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="330" />
      <source>Interrupted; resume the run to finish it</source>
      <translation>Interrupted; resume the run to finish it</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="129" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="406" />
      <source>It renews at about {at} (in {hours} h)</source>
      <translation>It renews at about {at} (in {hours} h)</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="408" />
      <source>It renews at midnight in the CRM account's time zone</source>
      <translation>It renews at midnight in the CRM account's time zone</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="170" />
      <source>Job title</source>
      <translation>Job title</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="34" />
      <source>Keep all (different people)</source>
      <translation>Keep all (different people)</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="34" />
      <source>Keep one row</source>
      <translation>Keep one row</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="71" />
      <source>Kept</source>
      <translation>Kept</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="70" />
      <source>Kept (a different person)</source>
      <translation>Kept (a different person)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="115" />
      <location filename="../../core/mapping/catalog.py" line="158" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="177" />
      <source>Lead status</source>
      <translation>Lead status</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Learning from the file</source>
      <translation>Learning from the file</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="71" />
      <source>Left out by you</source>
      <translation>Left out by you</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="282" />
      <source>Left out: probably already in the account</source>
      <translation>Left out: probably already in the account</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="262" />
      <source>Left out: same person as row {row}, which was kept</source>
      <translation>Left out: same person as row {row}, which was kept</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="175" />
      <source>Lifecycle stage</source>
      <translation>Lifecycle stage</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="393" />
      <source>Line {line} of the file is longer than {size} MB without a line break, more than a row of people can be; this may not be a text export of a list, or its line breaks were lost.</source>
      <translation>Line {line} of the file is longer than {size} MB without a line break, more than a row of people can be; this may not be a text export of a list, or its line breaks were lost.</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="35" />
      <source>Merge into one row</source>
      <translation>Merge into one row</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="259" />
      <source>Merged into row {row} (same person); its own values are kept on this line</source>
      <translation>Merged into row {row} (same person); its own values are kept on this line</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="254" />
      <source>Merged with row {rows} (same person)</source>
      <translation>Merged with row {rows} (same person)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="253" />
      <source>Merged with rows {rows} (same person)</source>
      <translation>Merged with rows {rows} (same person)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="185" />
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="114" />
      <source>Middle name</source>
      <translation>Middle name</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="161" />
      <source>Mobile phone number</source>
      <translation>Mobile phone number</translation>
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
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="28" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="62" />
      <source>New: will be created</source>
      <translation>New: will be created</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="26" />
      <source>No connection: using the built-in field list (your account may have other fields and options).</source>
      <translation>No connection: using the built-in field list (your account may have other fields and options).</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="157" />
      <source>No email to find this person in HubSpot by; left out (your choice: update only people already there)</source>
      <translation>No email to find this person in HubSpot by; left out (your choice: update only people already there)</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="325" />
      <source>No rows share an email, phone, date of birth, surname or postal code closely enough to be compared within the memory this computer can spare.</source>
      <translation>No rows share an email, phone, date of birth, surname or postal code closely enough to be compared within the memory this computer can spare.</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="114" />
      <source>No saved settings for account '{name}'; give --base-url (or --sandbox) once to read them from the account.</source>
      <translation>No saved settings for account '{name}'; give --base-url (or --sandbox) once to read them from the account.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="203" />
      <source>No visible sheet has data, only the hidden sheet(s) {sheets}; choose one of them.</source>
      <translation>No visible sheet has data, only the hidden sheet(s) {sheets}; choose one of them.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="208" />
      <source>Not associated with company {id}</source>
      <translation>Not associated with company {id}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="165" />
      <source>Not associated with company {id}: HubSpot did not say which contact this is</source>
      <translation>Not associated with company {id}: HubSpot did not say which contact this is</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/associate.py" line="207" />
      <source>Not associated with company {id}: {why}</source>
      <translation>Not associated with company {id}: {why}</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="70" />
      <source>Not decided: all rows are kept</source>
      <translation>Not decided: all rows are kept</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="433" />
      <source>Not found in HubSpot; it will be sent again</source>
      <translation>Not found in HubSpot; it will be sent again</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="154" />
      <source>Not in HubSpot yet; left out (your choice: update only people already there)</source>
      <translation>Not in HubSpot yet; left out (your choice: update only people already there)</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="29" />
      <source>Not looked up</source>
      <translation>Not looked up</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="72" />
      <location filename="../../core/submit/runs.py" line="74" />
      <location filename="../../core/submit/runs.py" line="116" />
      <location filename="../../core/targets/outcomes.py" line="27" />
      <source>Not sent</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="38" />
      <source>Not sent yet: resume the run to send it.</source>
      <translation>Not sent yet: resume the run to send it.</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="71" />
      <source>Not sent yet: the run did not finish (resume it to send these rows)</source>
      <translation>Not sent yet: the run did not finish (resume it to send these rows)</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="37" />
      <source>Not sent: it did not pass the checks, or you left it out.</source>
      <translation>Not sent: it did not pass the checks, or you left it out.</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="68" />
      <source>Not sent: the run stopped ({problem}); resume it to send these rows</source>
      <translation>Not sent: the run stopped ({problem}); resume it to send these rows</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="69" />
      <source>Not sent: the run stopped; resume it to send these rows</source>
      <translation>Not sent: the run stopped; resume it to send these rows</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="66" />
      <source>Not sent: the run was cancelled (resume it to send these rows)</source>
      <translation>Not sent: the run was cancelled (resume it to send these rows)</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="41" />
      <source>Not set as a marketing contact: HubSpot's import said {why}</source>
      <translation>Not set as a marketing contact: HubSpot's import said {why}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="261" />
      <source>Not written: HubSpot rejected its batch because of another row</source>
      <translation>Not written: HubSpot rejected its batch because of another row</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="17" />
      <source>Nothing in this file identifies a person (no names, emails, phones or dates of birth that differ from row to row), so duplicates cannot be looked for.</source>
      <translation>Nothing in this file identifies a person (no names, emails, phones or dates of birth that differ from row to row), so duplicates cannot be looked for.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="22" />
      <location filename="../../core/mapping/catalog.py" line="168" />
      <location filename="../../core/mapping/catalog.py" line="170" />
      <location filename="../../core/mapping/catalog.py" line="171" />
      <location filename="../../core/mapping/catalog.py" line="172" />
      <location filename="../../core/mapping/catalog.py" line="173" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Origin segment code</source>
      <translation>Origin segment code</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="27" />
      <location filename="../../core/mapping/catalog.py" line="106" />
      <location filename="../../core/mapping/catalog.py" line="175" />
      <location filename="../../core/mapping/catalog.py" line="177" />
      <location filename="../../core/mapping/catalog.py" line="182" />
      <location filename="../../core/mapping/catalog.py" line="185" />
      <source>Other</source>
      <translation>Other</translation>
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
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="160" />
      <source>Phone number</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="119" />
      <source>Phone type</source>
      <translation>Phone type</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="125" />
      <location filename="../../core/mapping/catalog.py" line="166" />
      <source>Postal code</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="62" />
      <source>Preparing</source>
      <translation>Preparing</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="132" />
      <source>RSVP response (yes/no)</source>
      <translation>RSVP response (yes/no)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="131" />
      <source>RSVP'd</source>
      <translation>RSVP'd</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="545" />
      <source>Read as {encoding}</source>
      <translation>Read as {encoding}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="231" />
      <source>Read sheet '{sheet}' ({n} sheets in the workbook){more}</source>
      <translation>Read sheet '{sheet}' ({n} sheets in the workbook){more}</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="63" />
      <source>Reading results</source>
      <translation>Reading results</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Reference ID</source>
      <translation>Reference ID</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="106" />
      <source>Reference ID (your own ID for the contact)</source>
      <translation>Reference ID (your own ID for the contact)</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="547" />
      <source>Removed {n} NUL character (an invisible zero byte a damaged export leaves) from the file</source>
      <translation>Removed {n} NUL character (an invisible zero byte a damaged export leaves) from the file</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="549" />
      <source>Removed {n} NUL characters (invisible zero bytes a damaged export leaves) from the file</source>
      <translation>Removed {n} NUL characters (invisible zero bytes a damaged export leaves) from the file</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="26" />
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="356" />
      <source>Row {row} can't be read as CSV ({detail}).</source>
      <translation>Row {row} can't be read as CSV ({detail}).</translation>
    </message>
    <message>
      <location filename="../../core/readers/__init__.py" line="82" />
      <source>Row {row} can't be the header row: choose a row from 1 to {last}.</source>
      <translation>Row {row} can't be the header row: choose a row from 1 to {last}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="456" />
      <source>Row {row} can't be the header row: the file has {n} rows.</source>
      <translation>Row {row} can't be the header row: the file has {n} rows.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="437" />
      <source>Row {row} can't be the header row: the sheet has rows 1 to {last}.</source>
      <translation>Row {row} can't be the header row: the sheet has rows 1 to {last}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="353" />
      <source>Row {row} has a quoted value that never ends (an unmatched " character), so the rest of the file can't be split into columns.</source>
      <translation>Row {row} has a quoted value that never ends (an unmatched " character), so the rest of the file can't be split into columns.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="349" />
      <source>Row {row} holds a value longer than {limit} characters, more than one cell can hold; the file may not be a list of people, or its lines may have lost their line breaks.</source>
      <translation>Row {row} holds a value longer than {limit} characters, more than one cell can hold; the file may not be a list of people, or its lines may have lost their line breaks.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="459" />
      <location filename="../../core/readers/excel.py" line="440" />
      <source>Row {row} is empty, so it can't be the header row.</source>
      <translation>Row {row} is empty, so it can't be the header row.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="367" />
      <source>Row {row} splits into {n} values, more than a sheet has columns ({limit}); check the delimiter, or whether this is really a list of people.</source>
      <translation>Row {row} splits into {n} values, more than a sheet has columns ({limit}); check the delimiter, or whether this is really a list of people.</translation>
    </message>
    <message>
      <location filename="../../core/account/segments.py" line="48" />
      <source>Row {row}, column '{column}': '{code}' is not a segment code in the account (Virtuous may leave it out)</source>
      <translation>Row {row}, column '{column}': '{code}' is not a segment code in the account (Virtuous may leave it out)</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="30" />
      <source>Row {row}, column '{column}': '{value}' is also in row {first}</source>
      <translation>Row {row}, column '{column}': '{value}' is also in row {first}</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="123" />
      <source>Row {row}, column '{column}': '{value}' lost its leading zero in Excel ({problem}); sent as '{fixed}'</source>
      <translation>Row {row}, column '{column}': '{value}' lost its leading zero in Excel ({problem}); sent as '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="166" />
      <source>Row {row}, column '{column}': '{value}' {problem}</source>
      <translation>Row {row}, column '{column}': '{value}' {problem}</translation>
    </message>
    <message>
      <location filename="../../core/validation/cells.py" line="35" />
      <source>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; fix it in the file</source>
      <translation>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; fix it in the file</translation>
    </message>
    <message>
      <location filename="../../core/validation/cells.py" line="33" />
      <source>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; recalculate and save it in Excel</source>
      <translation>Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; recalculate and save it in Excel</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="199" />
      <source>Row {row}, column '{column}': the account has no custom field '{field}'</source>
      <translation>Row {row}, column '{column}': the account has no custom field '{field}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="201" />
      <source>Row {row}, column '{column}': the account has no field '{field}'</source>
      <translation>Row {row}, column '{column}': the account has no field '{field}'</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="90" />
      <source>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} are not (a contact takes one email here)</source>
      <translation>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} are not (a contact takes one email here)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="88" />
      <source>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} is not (a contact takes one email here)</source>
      <translation>Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} is not (a contact takes one email here)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="99" />
      <source>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} are not (a contact takes one number here)</source>
      <translation>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} are not (a contact takes one number here)</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="97" />
      <source>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} is not (a contact takes one number here)</source>
      <translation>Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} is not (a contact takes one number here)</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="74" />
      <source>Row {row}: '{value}' for {name} is not yes, no or unsubscribed; that subscription is left as it is</source>
      <translation>Row {row}: '{value}' for {name} is not yes, no or unsubscribed; that subscription is left as it is</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="111" />
      <source>Row {row}: contact owner '{owner}' is not an owner in this HubSpot account; sent without an owner</source>
      <translation>Row {row}: contact owner '{owner}' is not an owner in this HubSpot account; sent without an owner</translation>
    </message>
    <message>
      <location filename="../../core/account/owners.py" line="107" />
      <source>Row {row}: contact owner '{owner}' matches several owners in HubSpot (give the owner's email); sent without an owner</source>
      <translation>Row {row}: contact owner '{owner}' matches several owners in HubSpot (give the owner's email); sent without an owner</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="254" />
      <source>Row {row}: {what} is required and is empty</source>
      <translation>Row {row}: {what} is required and is empty</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="156" />
      <source>Salutation</source>
      <translation>Salutation</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="22" />
      <source>Sent, but its answer was not recorded; resume the run to check it against the CRM</source>
      <translation>Sent, but its answer was not recorded; resume the run to check it against the CRM</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="50" />
      <source>Sent, but the answer was lost and the CRM could not confirm this row; look it up in the CRM</source>
      <translation>Sent, but the answer was lost and the CRM could not confirm this row; look it up in the CRM</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="39" />
      <source>Sent, but the answer was lost and {crm} could not confirm it. Look it up in {crm}.</source>
      <translation>Sent, but the answer was lost and {crm} could not confirm it. Look it up in {crm}.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="40" />
      <source>Set as a marketing contact</source>
      <translation>Set as a marketing contact</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="26" />
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="259" />
      <source>Skipped comparing rows that only share {fields}: it would make too many pairs.</source>
      <translation>Skipped comparing rows that only share {fields}: it would make too many pairs.</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="379" />
      <source>Some answers were lost and could not be checked yet; resume the run to check them</source>
      <translation>Some answers were lost and could not be checked yet; resume the run to check them</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="124" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="165" />
      <source>State/Region</source>
      <translation>State/Region</translation>
    </message>
    <message>
      <location filename="../../core/submit/results_file.py" line="24" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="163" />
      <source>Street address</source>
      <translation>Street address</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="163" />
      <source>Subscribed (legal basis: {basis})</source>
      <translation>Subscribed (legal basis: {basis})</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="166" />
      <source>Subscribed and unsubscribed as the file says (legal basis: {basis})</source>
      <translation>Subscribed and unsubscribed as the file says (legal basis: {basis})</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="119" />
      <source>Subscription not changed: {why}</source>
      <translation>Subscription not changed: {why}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="116" />
      <source>Suffix (Jr., III)</source>
      <translation>Suffix (Jr., III)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="142" />
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="25" />
      <location filename="../../core/mapping/catalog.py" line="142" />
      <location filename="../../core/mapping/catalog.py" line="143" />
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Tags &amp; lists</source>
      <translation>Tags &amp; lists</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="34" />
      <source>Taken out of the list “{name}” by undo</source>
      <translation>Taken out of the list “{name}” by undo</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="199" />
      <source>The API key holds a character no API key has (keys are plain letters, digits and punctuation); copy the whole key again from the CRM's settings.</source>
      <translation>The API key holds a character no API key has (keys are plain letters, digits and punctuation); copy the whole key again from the CRM's settings.</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="158" />
      <source>The connection was lost and the batch could not be rebuilt; check HubSpot for this row before sending it again</source>
      <translation>The connection was lost and the batch could not be rebuilt; check HubSpot for this row before sending it again</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="33" />
      <source>The contact with this email was updated in {crm}.</source>
      <translation>The contact with this email was updated in {crm}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="169" />
      <source>The file can't be read as {encoding}; choose another encoding.</source>
      <translation>The file can't be read as {encoding}; choose another encoding.</translation>
    </message>
    <message>
      <location filename="../../core/matching/engine.py" line="476" />
      <source>The file could not be learned from; standard matching parameters were used.</source>
      <translation>The file could not be learned from; standard matching parameters were used.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="302" />
      <location filename="../../core/readers/excel.py" line="102" />
      <location filename="../../core/readers/files.py" line="66" />
      <location filename="../../core/readers/files.py" line="98" />
      <source>The file could not be read ({detail}).</source>
      <translation>The file could not be read ({detail}).</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="62" />
      <source>The file does not exist; it may have been moved, renamed or deleted.</source>
      <translation>The file does not exist; it may have been moved, renamed or deleted.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="452" />
      <source>The file has no rows with any values in them.</source>
      <translation>The file has no rows with any values in them.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="76" />
      <source>The file is empty (0 bytes).</source>
      <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="30" />
      <source>The file is open in another program, such as Excel, or you have no permission to read it: close it there and try again.</source>
      <translation>The file is open in another program, such as Excel, or you have no permission to read it: close it there and try again.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="453" />
      <source>The first {n} rows are empty; choose the header row yourself.</source>
      <translation>The first {n} rows are empty; choose the header row yourself.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/hubspot_list.py" line="80" />
      <source>The list “{name}” in HubSpot is an active list (its members follow its filters), so people cannot be added to it; choose another name.</source>
      <translation>The list “{name}” in HubSpot is an active list (its members follow its filters), so people cannot be added to it; choose another name.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="95" />
      <source>The run could not start because {problem}; nothing was sent</source>
      <translation>The run could not start because {problem}; nothing was sent</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="251" />
      <source>The run journal {path} is damaged ({detail}) and could not be replaced: {problem}.</source>
      <translation>The run journal {path} is damaged ({detail}) and could not be replaced: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="282" />
      <source>The run journal {path} is damaged ({detail}) and could not be set aside: {problem}.</source>
      <translation>The run journal {path} is damaged ({detail}) and could not be set aside: {problem}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="301" />
      <source>The run journal {path} is damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. A copy is kept as {copy}. Check that run's rows in the CRM, then move {name} out of its folder to start a fresh journal.</source>
      <translation>The run journal {path} is damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. A copy is kept as {copy}. Check that run's rows in the CRM, then move {name} out of its folder to start a fresh journal.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="293" />
      <source>The run journal {path} was damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. The damaged journal is kept as {copy}. Check that run's rows in the CRM, then delete {hold} to send again.</source>
      <translation>The run journal {path} was damaged ({detail}) and run {run} in it had not finished, so some of its rows may already be in the CRM; nothing was sent. The damaged journal is kept as {copy}. Check that run's rows in the CRM, then delete {hold} to send again.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_open.py" line="331" />
      <source>The run journal {path} was damaged ({detail}); it is kept as {copy} and a fresh journal was started{more}.</source>
      <translation>The run journal {path} was damaged ({detail}); it is kept as {copy} and a fresh journal was started{more}.</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="86" />
      <source>The run stopped because {problem}; then resume the run (nothing was sent that the journal does not know about)</source>
      <translation>The run stopped because {problem}; then resume the run (nothing was sent that the journal does not know about)</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="67" />
      <source>The saved copy of the account's people ({name}) belongs to another account ({crm} at {address})</source>
      <translation>The saved copy of the account's people ({name}) belongs to another account ({crm} at {address})</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="66" />
      <source>The saved copy of the account's people ({name}) is damaged</source>
      <translation>The saved copy of the account's people ({name}) is damaged</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="62" />
      <source>The saved settings of account '{name}' ({path}) are damaged ({detail}); refresh them from the account, or delete that file.</source>
      <translation>The saved settings of account '{name}' ({path}) are damaged ({detail}); refresh them from the account, or delete that file.</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="49" />
      <source>The service's answer did not mention this row; resume checks whether the CRM holds it</source>
      <translation>The service's answer did not mention this row; resume checks whether the CRM holds it</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="352" />
      <source>The sheet is empty.</source>
      <translation>The sheet is empty.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="46" />
      <source>The sheet's cells reach {cell} ({cells} million cells), more than this app can read at once (at most {limit} million); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>The sheet's cells reach {cell} ({cells} million cells), more than this app can read at once (at most {limit} million); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="43" />
      <source>The sheet's cells reach {cell}, far beyond the data in it: reading up to there would take {cells} million cells. Delete the cells beyond your table (Ctrl+End in Excel jumps to the last one) and save again, or save the sheet as CSV.</source>
      <translation>The sheet's cells reach {cell}, far beyond the data in it: reading up to there would take {cells} million cells. Delete the cells beyond your table (Ctrl+End in Excel jumps to the last one) and save again, or save the sheet as CSV.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="205" />
      <source>The workbook has no data in any sheet.</source>
      <translation>The workbook has no data in any sheet.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="39" />
      <source>The workbook holds {size} of sheet data once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>The workbook holds {size} of sheet data once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</translation>
    </message>
    <message>
      <location filename="../../core/readers/workbook_guard.py" line="41" />
      <source>The workbook holds {size} of text once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</source>
      <translation>The workbook holds {size} of text once unpacked, more than this app can read at once (at most {limit}); save the sheet as CSV (File &gt; Save As) or split it into smaller files.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="32" />
      <source>The workbook is damaged or incomplete and could not be opened; open it in Excel and save a fresh copy.</source>
      <translation>The workbook is damaged or incomplete and could not be opened; open it in Excel and save a fresh copy.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="31" />
      <source>The workbook is encrypted in a way that can't be opened here; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
      <translation>The workbook is encrypted in a way that can't be opened here; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="25" />
      <source>The workbook is password-protected and the password given is not right (passwords are case-sensitive).</source>
      <translation>The workbook is password-protected and the password given is not right (passwords are case-sensitive).</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="24" />
      <source>The workbook is password-protected; enter its password to open it.</source>
      <translation>The workbook is password-protected; enter its password to open it.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="36" />
      <source>The workbook is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
      <translation>The workbook is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="539" />
      <location filename="../../core/readers/excel.py" line="402" />
      <source>There are no rows of data under the header in row {row}.</source>
      <translation>There are no rows of data under the header in row {row}.</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="151" />
      <source>There is no sheet named '{sheet}'; the sheets are: {sheets}.</source>
      <translation>There is no sheet named '{sheet}'; the sheets are: {sheets}.</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="42" />
      <source>These contacts expect to hear from us: they gave their consent to receive marketing email from our organisation.</source>
      <translation>These contacts expect to hear from us: they gave their consent to receive marketing email from our organisation.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="179" />
      <source>This is a PDF document, not a spreadsheet, despite its {ext} name.</source>
      <translation>This is a PDF document, not a spreadsheet, despite its {ext} name.</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="217" />
      <source>This is a binary file, not text, despite its {ext} name.</source>
      <translation>This is a binary file, not text, despite its {ext} name.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="29" />
      <source>This is a folder, not a spreadsheet file; choose a file inside it.</source>
      <translation>This is a folder, not a spreadsheet file; choose a file inside it.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="188" />
      <source>This is a plain text file saved with a {ext} name, not a real workbook; rename it to .csv (or .txt) and import that.</source>
      <translation>This is a plain text file saved with a {ext} name, not a real workbook; rename it to .csv (or .txt) and import that.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="185" />
      <source>This is a web page or XML file saved with a {ext} name, not a real workbook; open it in Excel and save it as .xlsx.</source>
      <translation>This is a web page or XML file saved with a {ext} name, not a real workbook; open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
      <location filename="../../core/readers/protected.py" line="27" />
      <source>This is an old Excel format (Excel 5.0/95 or earlier) that can't be read; open it in Excel and save it as .xlsx.</source>
      <translation>This is an old Excel format (Excel 5.0/95 or earlier) that can't be read; open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="190" />
      <source>This is not a spreadsheet: its contents don't look like an Excel or OpenDocument workbook despite its {ext} name.</source>
      <translation>This is not a spreadsheet: its contents don't look like an Excel or OpenDocument workbook despite its {ext} name.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="175" />
      <source>This is {what}, not a spreadsheet, despite its {ext} name.</source>
      <translation>This is {what}, not a spreadsheet, despite its {ext} name.</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="84" />
      <source>This is {what}, not a text file, despite its {ext} name.</source>
      <translation>This is {what}, not a text file, despite its {ext} name.</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="112" />
      <source>Title (Mr., Dr.)</source>
      <translation>Title (Mr., Dr.)</translation>
    </message>
    <message>
      <location filename="../../core/submit/engine.py" line="120" />
      <source>Unexpected error ({kind}): {detail}</source>
      <translation>Unexpected error ({kind}): {detail}</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="28" />
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <location filename="../../core/account/subscriptions.py" line="165" />
      <source>Unsubscribed, as the file says</source>
      <translation>Unsubscribed, as the file says</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="24" />
      <source>Update</source>
      <translation>Update</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="22" />
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="302" />
      <source>Updated the contact you chose (ID {id})</source>
      <translation>Updated the contact you chose (ID {id})</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="417" />
      <location filename="../../core/targets/hubspot_client.py" line="426" />
      <source>Upserts are safe to send again; sending it again gives its outcome</source>
      <translation>Upserts are safe to send again; sending it again gives its outcome</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="147" />
      <source>Virtuous answered HTTP {status} ({detail}); check the server address.</source>
      <translation>Virtuous answered HTTP {status} ({detail}); check the server address.</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="100" />
      <source>Virtuous answered HTTP {status} to the import ({detail}); check the server address in the connection settings.</source>
      <translation>Virtuous answered HTTP {status} to the import ({detail}); check the server address in the connection settings.</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="153" />
      <source>Virtuous answered the contact-type request with something that is not a list; check the server address.</source>
      <translation>Virtuous answered the contact-type request with something that is not a list; check the server address.</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="140" />
      <source>Virtuous did not list its contacts</source>
      <translation>Virtuous did not list its contacts</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="46" />
      <source>Virtuous will probably merge it into contact {id} ({fields} agree)</source>
      <translation>Virtuous will probably merge it into contact {id} ({fields} agree)</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="159" />
      <source>Virtuous: {n} contact type</source>
      <translation>Virtuous: {n} contact type</translation>
    </message>
    <message>
      <location filename="../../core/targets/virtuous_client.py" line="159" />
      <source>Virtuous: {n} contact types</source>
      <translation>Virtuous: {n} contact types</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="138" />
      <source>Volunteer date</source>
      <translation>Volunteer date</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="140" />
      <source>Volunteer hours</source>
      <translation>Volunteer hours</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="136" />
      <source>Volunteer opportunity</source>
      <translation>Volunteer opportunity</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="134" />
      <source>Volunteer opportunity ID</source>
      <translation>Volunteer opportunity ID</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="24" />
      <location filename="../../core/mapping/catalog.py" line="134" />
      <location filename="../../core/mapping/catalog.py" line="136" />
      <location filename="../../core/mapping/catalog.py" line="138" />
      <location filename="../../core/mapping/catalog.py" line="140" />
      <source>Volunteering</source>
      <translation>Volunteering</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="171" />
      <source>Website URL</source>
      <translation>Website URL</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="59" />
      <source>Will be created (not looked up: no connection)</source>
      <translation>Will be created (not looked up: no connection)</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="59" />
      <location filename="../../core/matching/view.py" line="128" />
      <source>Will be sent</source>
      <translation>Will be sent</translation>
    </message>
    <message>
      <location filename="../../core/account/plan.py" line="60" />
      <source>Will be sent as an update-or-create (not looked up: no connection)</source>
      <translation>Will be sent as an update-or-create (not looked up: no connection)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="290" />
      <source>Will update contact {id} in the account (probably the same person) instead of creating another</source>
      <translation>Will update contact {id} in the account (probably the same person) instead of creating another</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="83" />
      <source>a PDF</source>
      <translation>a PDF</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="151" />
      <location filename="../../core/readers/files.py" line="164" />
      <source>a PowerPoint presentation</source>
      <translation>a PowerPoint presentation</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="149" />
      <location filename="../../core/readers/files.py" line="162" />
      <source>a Word document</source>
      <translation>a Word document</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="295" />
      <source>a formula (={formula}) with no saved result</source>
      <translation>a formula (={formula}) with no saved result</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="296" />
      <source>a formula with no saved result</source>
      <translation>a formula with no saved result</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="145" />
      <source>a presentation (OpenDocument)</source>
      <translation>a presentation (OpenDocument)</translation>
    </message>
    <message>
      <location filename="../../core/account/row_key.py" line="47" />
      <source>a property of that name exists without unique values</source>
      <translation>a property of that name exists without unique values</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="143" />
      <source>a text document (OpenDocument)</source>
      <translation>a text document (OpenDocument)</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="83" />
      <source>a workbook or other binary file</source>
      <translation>a workbook or other binary file</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="152" />
      <source>a zip archive</source>
      <translation>a zip archive</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="142" />
      <source>account choice for row {row} must be one of {choices}</source>
      <translation>account choice for row {row} must be one of {choices}</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="146" />
      <source>account choice for row {row}: an update needs the contact's id ("crm_id", the number HubSpot shows as Record ID)</source>
      <translation>account choice for row {row}: an update needs the contact's id ("crm_id", the number HubSpot shows as Record ID)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>address</source>
      <translation>address</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>addresses</source>
      <translation>addresses</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="51" />
      <source>ambiguous: Virtuous may ask for a review (contacts {ids})</source>
      <translation>ambiguous: Virtuous may ask for a review (contacts {ids})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="52" />
      <source>ambiguous: {ids}</source>
      <translation>ambiguous: {ids}</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="167" />
      <source>an image</source>
      <translation>an image</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="199" />
      <source>and</source>
      <translation>and</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="374" />
      <source>asked to wait {n} s</source>
      <translation>asked to wait {n} s</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="191" />
      <source>cities</source>
      <translation>cities</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>city</source>
      <translation>city</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/stages.py" line="101" />
      <source>columns named in the mapping are not in this file: {columns}</source>
      <translation>columns named in the mapping are not in this file: {columns}</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="241" />
      <source>columns of the earlier run are no longer in this file: {columns}</source>
      <translation>columns of the earlier run are no longer in this file: {columns}</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="175" />
      <source>contact custom fields</source>
      <translation>contact custom fields</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="90" />
      <source>contact properties</source>
      <translation>contact properties</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="158" />
      <source>contact types</source>
      <translation>contact types</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="101" />
      <source>contact-to-company association labels</source>
      <translation>contact-to-company association labels</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="354" />
      <source>could be day-first or month-first; read month-first, as {day}</source>
      <translation>could be day-first or month-first; read month-first, as {day}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="296" />
      <source>could not connect ({detail})</source>
      <translation>could not connect ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="135" />
      <source>create the missing companies</source>
      <translation>create the missing companies</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="187" />
      <source>date of birth</source>
      <translation>date of birth</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>dates of birth</source>
      <translation>dates of birth</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="357" />
      <source>did not allow this request with this token</source>
      <translation>did not allow this request with this token</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="69" />
      <location filename="../../core/matching/groups.py" line="187" />
      <source>email</source>
      <translation>email</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="160" />
      <source>email and phone types</source>
      <translation>email and phone types</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="111" />
      <source>email subscription types</source>
      <translation>email subscription types</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>emails</source>
      <translation>emails</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="167" />
      <source>events</source>
      <translation>events</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="321" />
      <source>field '{field}' is not a Hubspot field (HubSpot property names are lower-case letters, digits and _)</source>
      <translation>field '{field}' is not a Hubspot field (HubSpot property names are lower-case letters, digits and _)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="320" />
      <source>field '{field}' is not a Virtuous field (a custom field is written customFields.&lt;name&gt;)</source>
      <translation>field '{field}' is not a Virtuous field (a custom field is written customFields.&lt;name&gt;)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="222" />
      <source>first and last names written the other way round</source>
      <translation>first and last names written the other way round</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="187" />
      <source>first name</source>
      <translation>first name</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>first names</source>
      <translation>first names</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="122" />
      <source>group {n} is not readable (it needs 'rows', a 'choice' and row numbers)</source>
      <translation>group {n} is not readable (it needs 'rows', a 'choice' and row numbers)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="128" />
      <source>group {n}: a group needs two or more rows, each in only one group</source>
      <translation>group {n}: a group needs two or more rows, each in only one group</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="125" />
      <source>group {n}: choice '{choice}' is not one of {choices}</source>
      <translation>group {n}: choice '{choice}' is not one of {choices}</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="130" />
      <source>group {n}: the row to keep (or a field's winning row) is not in the group</source>
      <translation>group {n}: the row to keep (or a field's winning row) is not in the group</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="395" />
      <source>has '{part}', which {problem}</source>
      <translation>has '{part}', which {problem}</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="215" />
      <source>has a currency ({currency}) and the column mixes currencies; the amount is sent without it</source>
      <translation>has a currency ({currency}) and the column mixes currencies; the amount is sent without it</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="317" />
      <source>has no year; add the year</source>
      <translation>has no year; add the year</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="294" />
      <location filename="../../core/validation/normalize.py" line="310" />
      <location filename="../../core/validation/normalize.py" line="319" />
      <source>is a month only, and a date field needs the day too</source>
      <translation>is a month only, and a date field needs the day too</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="257" />
      <location filename="../../core/validation/normalize.py" line="291" />
      <location filename="../../core/validation/normalize.py" line="322" />
      <source>is a year only, and a date field needs the day too</source>
      <translation>is a year only, and a date field needs the day too</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="398" />
      <source>is migrating this account (HTTP 477)</source>
      <translation>is migrating this account (HTTP 477)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="259" />
      <source>is not a date</source>
      <translation>is not a date</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="307" />
      <location filename="../../core/validation/normalize.py" line="315" />
      <source>is not a date we can read (use YYYY-MM-DD)</source>
      <translation>is not a date we can read (use YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="205" />
      <location filename="../../core/validation/normalize.py" line="213" />
      <source>is not a number</source>
      <translation>is not a number</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="142" />
      <source>is not a phone number we can read</source>
      <translation>is not a phone number we can read</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="282" />
      <location filename="../../core/validation/normalize.py" line="289" />
      <source>is not a real date</source>
      <translation>is not a real date</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="51" />
      <source>is not a tag in the account yet; Virtuous may add it or leave it out when the import is reviewed</source>
      <translation>is not a tag in the account yet; Virtuous may add it or leave it out when the import is reviewed</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="108" />
      <source>is not a valid email address ({detail})</source>
      <translation>is not a valid email address ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="144" />
      <source>is not a valid phone number</source>
      <translation>is not a valid phone number</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="117" />
      <source>is not a volunteer opportunity in the account; sent by name only</source>
      <translation>is not a volunteer opportunity in the account; sent by name only</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="186" />
      <location filename="../../core/validation/normalize.py" line="197" />
      <source>is not a whole number</source>
      <translation>is not a whole number</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="95" />
      <source>is not an email list in the account (Virtuous may leave it out); its lists: {options}</source>
      <translation>is not an email list in the account (Virtuous may leave it out); its lists: {options}</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="116" />
      <source>is not an event in the account; sent by name only</source>
      <translation>is not an event in the account; sent by name only</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="39" />
      <source>is not in HubSpot yet; it will be created when sending</source>
      <translation>is not in HubSpot yet; it will be created when sending</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="40" />
      <source>is not in HubSpot; not associated (choose to create missing companies to add it)</source>
      <translation>is not in HubSpot; not associated (choose to create missing companies to add it)</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="385" />
      <source>is not one of the account's options ({options})</source>
      <translation>is not one of the account's options ({options})</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="74" />
      <source>is not one of the account's {what} types ({options})</source>
      <translation>is not one of the account's {what} types ({options})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="341" />
      <source>is not one of the allowed options ({options})</source>
      <translation>is not one of the allowed options ({options})</translation>
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="176" />
      <source>is not yes/no (use Yes, No, TRUE, FALSE, Y, N, 1 or 0)</source>
      <translation>is not yes/no (use Yes, No, TRUE, FALSE, Y, N, 1 or 0)</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>last name</source>
      <translation>last name</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>last names</source>
      <translation>last names</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="183" />
      <source>list the marketing-contacts import's errors</source>
      <translation>list the marketing-contacts import's errors</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="114" />
      <source>look companies up by domain</source>
      <translation>look companies up by domain</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="538" />
      <source>looks like {what}, but every row holds the same value</source>
      <translation>looks like {what}, but every row holds the same value</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="536" />
      <source>looks like {what}, but it is someone else's (a spouse, purchaser, emergency contact …)</source>
      <translation>looks like {what}, but it is someone else's (a spouse, purchaser, emergency contact …)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="537" />
      <source>looks like {what}, but its values do not fit</source>
      <translation>looks like {what}, but its values do not fit</translation>
    </message>
    <message>
      <location filename="../../core/mapping/automap.py" line="539" />
      <source>looks like {what}, which comes from column '{column}'</source>
      <translation>looks like {what}, which comes from column '{column}'</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="228" />
      <source>mapping file is not valid: {where}: {detail}</source>
      <translation>mapping file is not valid: {where}: {detail}</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="211" />
      <source>mapping file not found</source>
      <translation>mapping file not found</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="221" />
      <source>mapping version {version} is newer than this app understands ({known})</source>
      <translation>mapping version {version} is newer than this app understands ({known})</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="240" />
      <source>matches several companies: {ids}; not associated (give the domain or the ID)</source>
      <translation>matches several companies: {ids}; not associated (give the domain or the ID)</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="112" />
      <source>matches several events: {ids}; give the ID to choose one</source>
      <translation>matches several events: {ids}; give the ID to choose one</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="113" />
      <source>matches several volunteer opportunitys: {ids}; give the ID to choose one</source>
      <translation>matches several volunteer opportunitys: {ids}; give the ID to choose one</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="228" />
      <source>nearly the same {fields}</source>
      <translation>nearly the same {fields}</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="41" />
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="41" />
      <source>new: Virtuous may create it as a new person</source>
      <translation>new: Virtuous may create it as a new person</translation>
    </message>
    <message>
      <location filename="../../core/readers/files.py" line="72" />
      <source>no extension</source>
      <translation>no extension</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="218" />
      <source>not a mapping file (expected a JSON object)</source>
      <translation>not a mapping file (expected a JSON object)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="216" />
      <source>not a readable mapping file (it is nested too deep to be one)</source>
      <translation>not a readable mapping file (it is nested too deep to be one)</translation>
    </message>
    <message>
      <location filename="../../core/mapping/model.py" line="213" />
      <source>not a readable mapping file ({kind}: {detail})</source>
      <translation>not a readable mapping file ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="252" />
      <source>one of {fields}</source>
      <translation>one of {fields}</translation>
    </message>
    <message>
      <location filename="../../core/account/rules.py" line="69" />
      <location filename="../../core/matching/groups.py" line="187" />
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="189" />
      <source>phones</source>
      <translation>phones</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="188" />
      <source>postal code</source>
      <translation>postal code</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="190" />
      <source>postal codes</source>
      <translation>postal codes</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="48" />
      <source>probably existing contact {id} ({fields} agree)</source>
      <translation>probably existing contact {id} ({fields} agree)</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="381" />
      <source>rate limit reached</source>
      <translation>rate limit reached</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="356" />
      <source>refused the API token</source>
      <translation>refused the API token</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="191" />
      <source>row {row} of run {run} is no longer in the file; import it as a new run instead</source>
      <translation>row {row} of run {run} is no longer in the file; import it as a new run instead</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="285" />
      <source>row {row}: Virtuous matches people itself, so a row cannot be sent as an update of a chosen contact; choose create or skip</source>
      <translation>row {row}: Virtuous matches people itself, so a row cannot be sent as an update of a chosen contact; choose create or skip</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="230" />
      <source>run {run} has no failed, unknown or unsent rows to retry</source>
      <translation>run {run} has no failed, unknown or unsent rows to retry</translation>
    </message>
    <message>
      <location filename="../../core/submit/runlock.py" line="70" />
      <source>run {run} is already being sent</source>
      <translation>run {run} is already being sent</translation>
    </message>
    <message>
      <location filename="../../core/submit/runlock.py" line="75" />
      <source>run {run} is being sent by another program</source>
      <translation>run {run} is being sent by another program</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="225" />
      <source>run {run} is {state}; resume it instead of retrying</source>
      <translation>run {run} is {state}; resume it instead of retrying</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="225" />
      <source>same {fields}</source>
      <translation>same {fields}</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="157" />
      <source>say how the marketing-contacts import went</source>
      <translation>say how the marketing-contacts import went</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="395" />
      <source>says the records are locked (HTTP 423)</source>
      <translation>says the records are locked (HTTP 423)</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="126" />
      <source>search companies by name</source>
      <translation>search companies by name</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="94" />
      <source>sent without the values that could not be read: {fields}</source>
      <translation>sent without the values that could not be read: {fields}</translation>
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="220" />
      <source>sent without {what}</source>
      <translation>sent without {what}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="322" />
      <source>server error HTTP {status}</source>
      <translation>server error HTTP {status}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="323" />
      <source>server error HTTP {status} ({detail})</source>
      <translation>server error HTTP {status} ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/afterrun/marketing.py" line="146" />
      <source>start the marketing-contacts import</source>
      <translation>start the marketing-contacts import</translation>
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="35" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="165" />
      <source>tags</source>
      <translation>tags</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="306" />
      <source>text of {n} characters, more than a cell can hold ({limit})</source>
      <translation>text of {n} characters, more than a cell can hold ({limit})</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="298" />
      <source>the connection failed before an answer arrived ({detail})</source>
      <translation>the connection failed before an answer arrived ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="93" />
      <source>the decisions file does not exist</source>
      <translation>the decisions file does not exist</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="236" />
      <source>the decisions name rows this file does not have ({rows}); were they made for another file?</source>
      <translation>the decisions name rows this file does not have ({rows}); were they made for another file?</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="72" />
      <source>the disk holding the run journal ({folder}) is full: free some space there</source>
      <translation>the disk holding the run journal ({folder}) is full: free some space there</translation>
    </message>
    <message>
      <location filename="../../core/readers/cell_errors.py" line="290" />
      <source>the error {code}</source>
      <translation>the error {code}</translation>
    </message>
    <message>
      <location filename="../../core/submit/runs.py" line="197" />
      <source>the file changed since run {run} (row {row} is not what was sent); import it as a new run instead</source>
      <translation>the file changed since run {run} (row {row} is not what was sent); import it as a new run instead</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="116" />
      <source>the rest of the column is five-digit ZIP codes</source>
      <translation>the rest of the column is five-digit ZIP codes</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="79" />
      <source>the run journal {path} is damaged</source>
      <translation>the run journal {path} is damaged</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="77" />
      <source>the run journal {path} is locked by another program (another Contact Importer, a backup or a database tool): close it and try again</source>
      <translation>the run journal {path} is locked by another program (another Contact Importer, a backup or a database tool): close it and try again</translation>
    </message>
    <message>
      <location filename="../../core/submit/journal_errors.py" line="74" />
      <source>the run journal's folder {folder} cannot be written (read-only or no permission): make it writable, or set CONTACT_IMPORTER_HOME to a folder that is</source>
      <translation>the run journal's folder {folder} cannot be written (read-only or no permission): make it writable, or set CONTACT_IMPORTER_HOME to a folder that is</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="102" />
      <source>this is not a decisions file saved by the app (no version 1 'groups' list)</source>
      <translation>this is not a decisions file saved by the app (no version 1 'groups' list)</translation>
    </message>
    <message>
      <location filename="../../core/matching/decisions.py" line="95" />
      <source>this is not a decisions file saved by the app ({detail})</source>
      <translation>this is not a decisions file saved by the app ({detail})</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/stages.py" line="97" />
      <source>this mapping is for {crm}, not {target}</source>
      <translation>this mapping is for {crm}, not {target}</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="168" />
      <source>volunteer opportunities</source>
      <translation>volunteer opportunities</translation>
    </message>
    <message>
      <location filename="../../core/account/companies.py" line="199" />
      <source>was not looked up (no connection); not associated</source>
      <translation>was not looked up (no connection); not associated</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="189" />
      <source>your choices: {merged} merged, {kept_one} kept one row, {apart} kept apart</source>
      <translation>your choices: {merged} merged, {kept_one} kept one row, {apart} kept apart</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="34" />
      <source>{crm} accepted the contact into an import it matches and reviews.</source>
      <translation>{crm} accepted the contact into an import it matches and reviews.</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="35" />
      <source>{crm} already has a contact with this email; it was left as it was.</source>
      <translation>{crm} already has a contact with this email; it was left as it was.</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="69" />
      <source>{crm} answered the request for its {what} with something unreadable.</source>
      <translation>{crm} answered the request for its {what} with something unreadable.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="349" />
      <source>{crm} did not give a usable answer after {n} tries (last: {problem}). This batch's rows may or may not be in the CRM; resuming the import checks before re-sending.</source>
      <translation>{crm} did not give a usable answer after {n} tries (last: {problem}). This batch's rows may or may not be in the CRM; resuming the import checks before re-sending.</translation>
    </message>
    <message>
      <location filename="../../core/account/fetch.py" line="65" />
      <source>{crm} did not list its {what} (HTTP {status}: {detail}).</source>
      <translation>{crm} did not list its {what} (HTTP {status}: {detail}).</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="370" />
      <source>{crm} kept answering 'too many requests' after {n} waits; try again later (the import can be resumed).</source>
      <translation>{crm} kept answering 'too many requests' after {n} waits; try again later (the import can be resumed).</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="389" />
      <source>{crm} kept answering HTTP {status} after {n} waits; try again later (the import can be resumed).</source>
      <translation>{crm} kept answering HTTP {status} after {n} waits; try again later (the import can be resumed).</translation>
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="36" />
      <source>{crm} turned this row down; the message says why. Fix it and retry the failed rows.</source>
      <translation>{crm} turned this row down; the message says why. Fix it and retry the failed rows.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="334" />
      <source>{crm} {problem}; retry {n} of {total}</source>
      <translation>{crm} {problem}; retry {n} of {total}</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="382" />
      <source>{crm} {what} (HTTP 429); waiting before retrying</source>
      <translation>{crm} {what} (HTTP 429); waiting before retrying</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="358" />
      <source>{crm} {what} (HTTP {status}: {detail}). Check the token in the connection settings and its permissions.</source>
      <translation>{crm} {what} (HTTP {status}: {detail}). Check the token in the connection settings and its permissions.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="399" />
      <source>{crm} {what}; waiting {n} s before retrying</source>
      <translation>{crm} {what}; waiting {n} s before retrying</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="410" />
      <source>{crm}'s daily request limit ({n} requests) is used up. {what}; resume the import after that.</source>
      <translation>{crm}'s daily request limit ({n} requests) is used up. {what}; resume the import after that.</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="412" />
      <source>{crm}'s daily request limit is used up. {what}; resume the import after that.</source>
      <translation>{crm}'s daily request limit is used up. {what}; resume the import after that.</translation>
    </message>
    <message>
      <location filename="../../core/targets/ratelimit.py" line="139" />
      <source>{crm}'s request budget is used up; waiting for it to renew</source>
      <translation>{crm}'s request budget is used up; waiting for it to renew</translation>
    </message>
    <message>
      <location filename="../../core/targets/ratelimit.py" line="137" />
      <source>{crm}'s request budget of {n} requests is used up; waiting for it to renew</source>
      <translation>{crm}'s request budget of {n} requests is used up; waiting for it to renew</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="305" />
      <source>{crm}: the request could not be made ({kind}: {detail})</source>
      <translation>{crm}: the request could not be made ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="345" />
      <source>{crm}: {problem}; retry {n} of {total}</source>
      <translation>{crm}: {problem}; retry {n} of {total}</translation>
    </message>
    <message>
      <location filename="../../core/targets/hubspot_client.py" line="250" />
      <location filename="../../core/targets/virtuous_client.py" line="112" />
      <source>{detail} (the batch could not be split to find the row at fault)</source>
      <translation>{detail} (the batch could not be split to find the row at fault)</translation>
    </message>
    <message>
      <location filename="../../core/column_findings.py" line="96" />
      <source>{failing} rows have no name, and column '{column}' holds names: map it to Full name?</source>
      <translation>{failing} rows have no name, and column '{column}' holds names: map it to Full name?</translation>
    </message>
    <message>
      <location filename="../../core/matching/groups.py" line="231" />
      <source>{fields} differ</source>
      <translation>{fields} differ</translation>
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="218" />
      <source>{name} (custom)</source>
      <translation>{name} (custom)</translation>
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="169" />
      <source>{n} blank rows skipped</source>
      <translation>{n} blank rows skipped</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="334" />
      <source>{n} cell with an error or a formula with no saved result, read as empty: {cells}</source>
      <translation>{n} cell with an error or a formula with no saved result, read as empty: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="312" />
      <source>{n} cell with more text than a cell can hold ({limit} characters), read as empty: {cells}</source>
      <translation>{n} cell with more text than a cell can hold ({limit} characters), read as empty: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="336" />
      <source>{n} cells with an error or a formula with no saved result, read as empty: {cells}</source>
      <translation>{n} cells with an error or a formula with no saved result, read as empty: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="314" />
      <source>{n} cells with more text than a cell can hold ({limit} characters), read as empty: {cells}</source>
      <translation>{n} cells with more text than a cell can hold ({limit} characters), read as empty: {cells}</translation>
    </message>
    <message>
      <location filename="../../core/matching/view.py" line="195" />
      <source>{n} of them left out</source>
      <translation>{n} of them left out</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="67" />
      <source>{n} rows Virtuous will probably merge into existing contacts, {ambiguous} ambiguous; the others it may create as new people ({size} people as of {when})</source>
      <translation>{n} rows Virtuous will probably merge into existing contacts, {ambiguous} ambiguous; the others it may create as new people ({size} people as of {when})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="69" />
      <source>{n} rows Virtuous will probably merge into existing contacts; the others it may create as new people ({size} people as of {when})</source>
      <translation>{n} rows Virtuous will probably merge into existing contacts; the others it may create as new people ({size} people as of {when})</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="58" />
      <source>{n} rows like this ({values} different values): {said}</source>
      <translation>{n} rows like this ({values} different values): {said}</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="60" />
      <source>{n} rows like this: {said}</source>
      <translation>{n} rows like this: {said}</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="73" />
      <source>{n} rows probably exist in the account ({size} people as of {when})</source>
      <translation>{n} rows probably exist in the account ({size} people as of {when})</translation>
    </message>
    <message>
      <location filename="../../core/matching/linking.py" line="72" />
      <source>{n} rows probably exist in the account, {ambiguous} ambiguous ({size} people as of {when})</source>
      <translation>{n} rows probably exist in the account, {ambiguous} ambiguous ({size} people as of {when})</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="28" />
      <source>{n} rows: company '{value}' is not in HubSpot yet; it will be created when sending</source>
      <translation>{n} rows: company '{value}' is not in HubSpot yet; it will be created when sending</translation>
    </message>
    <message>
      <location filename="../../core/validation/groups.py" line="26" />
      <source>{n} rows: tag '{value}' is not in the account yet; Virtuous may add it or leave it out when the import is reviewed</source>
      <translation>{n} rows: tag '{value}' is not in the account yet; Virtuous may add it or leave it out when the import is reviewed</translation>
    </message>
    <message>
      <location filename="../../core/targets/http.py" line="377" />
      <source>{policy} limit reached</source>
      <translation>{policy} limit reached</translation>
    </message>
    <message>
      <location filename="../../core/account/cache.py" line="134" />
      <source>{problem} Using the built-in field list.</source>
      <translation>{problem} Using the built-in field list.</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="65" />
      <source>{problem}; associated with company {id}</source>
      <translation>{problem}; associated with company {id}</translation>
    </message>
    <message>
      <location filename="../../core/account/prepare.py" line="64" />
      <source>{problem}; associated with company {id} as {label}</source>
      <translation>{problem}; associated with company {id} as {label}</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="68" />
      <source>{problem}; fetch them again (refresh).</source>
      <translation>{problem}; fetch them again (refresh).</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="198" />
      <source>{problem}; fetch this account's people (refresh).</source>
      <translation>{problem}; fetch this account's people (refresh).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline/jobs.py" line="169" />
      <source>{problem}; it was fetched again.</source>
      <translation>{problem}; it was fetched again.</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="43" />
      <source>{rows} rows, 1 group of probable duplicates, {in_groups} rows in it</source>
      <translation>{rows} rows, 1 group of probable duplicates, {in_groups} rows in it</translation>
    </message>
    <message>
      <location filename="../../core/matching/duplicates.py" line="45" />
      <source>{rows} rows, {groups} groups of probable duplicates, {in_groups} rows in groups</source>
      <translation>{rows} rows, {groups} groups of probable duplicates, {in_groups} rows in groups</translation>
    </message>
    <message>
      <location filename="../../core/validation/mangled.py" line="114" />
      <source>{state} ZIP codes start with 0</source>
      <translation>{state} ZIP codes start with 0</translation>
    </message>
    <message>
      <location filename="../../core/addresses.py" line="21" />
      <source>{url}: plain http:// would send the API key unencrypted; use https:// (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1)</source>
      <translation>{url}: plain http:// would send the API key unencrypted; use https:// (http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1)</translation>
    </message>
    <message>
      <location filename="../../core/matching/account.py" line="75" />
      <source>{what} (HTTP {status}: {detail}).</source>
      <translation>{what} (HTTP {status}: {detail}).</translation>
    </message>
  </context>
</TS>
