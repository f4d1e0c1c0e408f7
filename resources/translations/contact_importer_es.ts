<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Banner</name>
    <message>
      <location filename="../../gui/widgets/banner.py" line="34" />
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BatchBuilder</name>
    <message>
      <location filename="../../gui/session/batch_builder.py" line="58" />
      <source>preparing the batches</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BatchesModel</name>
    <message>
      <location filename="../../gui/models/batches_model.py" line="49" />
      <source>Add or update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="44" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="44" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="50" />
      <source>Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="51" />
      <source>Create or update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="44" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="44" />
      <source>Rows in file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="45" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/batches_model.py" line="78" />
      <source>Spreadsheet rows in this batch: {rows}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckModel</name>
    <message>
      <location filename="../../gui/models/check_model.py" line="200" />
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="170" />
      <location filename="../../gui/models/check_model.py" line="201" />
      <source>Left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="200" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="133" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="131" />
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="135" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="142" />
      <source>The row number in your spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="140" />
      <source>Untick a row to leave it out of the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="200" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/check_model.py" line="170" />
      <source>Will be sent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../gui/pages/check_page.py" line="25" />
      <source>Cells with a problem are coloured; point at one to see why. Double-click a cell to fix it here (your file is not changed). Rows with errors are not sent; untick a row to leave it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="24" />
      <source>Check the rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="108" />
      <source>Checking {n} rows…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="185" />
      <source>Row {row}: no problems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="59" />
      <source>Rows of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="181" />
      <source>Select a row to see its problems here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="50" />
      <source>Show only rows with &amp;problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="51" />
      <source>Show only rows with problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="102" />
      <source>checking the rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="108" />
      <source>rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="159" />
      <source>{n} left out by you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="156" />
      <source>{n} ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="158" />
      <source>{n} with errors (will be skipped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/check_page.py" line="157" />
      <source>{n} with warnings (will be sent)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnOptionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="91" />
      <source>&amp;Join with column:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="85" />
      <source>&amp;Replace values:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="63" />
      <source>(no other column)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="37" />
      <source>Column “{column}” goes to {field}. Change its values on the way:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="25" />
      <source>Don't split</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="76" />
      <source>Join with column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="23" />
      <source>Keep as typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="60" />
      <source>Leave blank cells blank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="82" />
      <source>Letter &amp;case:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="73" />
      <source>Letter case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="55" />
      <source>One per line, for example:
Y → Yes
N → No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="35" />
      <source>Options for “{column}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="77" />
      <source>Put between joined values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="71" />
      <source>Put between the two values (a space by default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="41" />
      <source>Remove spaces at the start and end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="75" />
      <source>Replace values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="47" />
      <source>Split a full name into first, middle and last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="74" />
      <source>Split full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="84" />
      <source>Split into a &amp;list:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="74" />
      <source>Split into a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Split on ,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="25" />
      <source>Split on ;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="26" />
      <source>Split on ; or ,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="23" />
      <source>Title Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="73" />
      <source>Trim spaces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="24" />
      <source>UPPER CASE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="75" />
      <source>Value when blank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="86" />
      <source>When &amp;blank, use:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="24" />
      <source>lower case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/column_options.py" line="89" />
      <source>with</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Connections</name>
    <message>
      <location filename="../../gui/connections/saved.py" line="103" />
      <source>Choose Virtuous or HubSpot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="101" />
      <source>Give the connection a name, for example “Our HubSpot”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="212" />
      <source>The API key for “{name}” ({crm}) is not saved on this computer. Enter it under Connections, then resume.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="108" />
      <source>The address must look like https://api.example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="105" />
      <source>There is already a connection called “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/saved.py" line="202" />
      <source>This was a practice run. The practice CRM it went to closed with the app, so there is nothing to resume it against. Its results are kept; start a new practice send instead.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConnectionsDialog</name>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="64" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="107" />
      <source>&amp;CRM:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="106" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="67" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="120" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="117" />
      <source>&amp;Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="249" />
      <source>A private app access token (or service key) from your HubSpot settings, allowed to read and write contacts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="102" />
      <source>API &amp;address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="108" />
      <source>API &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="101" />
      <source>API address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="88" />
      <source>API key or access token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="65" />
      <source>Add a connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="94" />
      <source>Advanced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="247" />
      <source>An API key made in Virtuous by someone allowed to manage its integrations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="325" />
      <source>Asking {crm}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="81" />
      <source>CRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="332" />
      <source>Connected. {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="78" />
      <source>Connection name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="125" />
      <source>Connection status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="52" />
      <source>Connections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="79" />
      <source>For example: Our HubSpot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="201" />
      <source>No API key is saved for this connection on this computer. Paste it above and press Save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="314" />
      <source>Paste the API key first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="288" />
      <source>Paste the API key for this connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="194" />
      <location filename="../../gui/dialogs/connections_dialog.py" line="216" />
      <source>Paste the API key here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="227" />
      <source>Remove connection?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="68" />
      <source>Remove the selected connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="228" />
      <source>Remove “{name}”? Its API key is deleted from this computer too. Runs already made are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="122" />
      <source>Save the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="191" />
      <source>Saved ({masked}); leave blank to keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="62" />
      <source>Saved connections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="301" />
      <source>Saved. The API key is kept in this computer's password store, not in the app's settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="297" />
      <source>Saved. This computer has no password store the app can use, so the API key is kept only until the app closes; you will be asked for it again next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="98" />
      <source>Show advanced settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="118" />
      <source>Test the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="198" />
      <source>This computer has no password store the app can use, so the key is kept only until the app closes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="319" />
      <source>testing the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/connections_dialog.py" line="237" />
      <source>“{name}” was removed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConstantsForm</name>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="111" />
      <location filename="../../gui/widgets/constants_form.py" line="115" />
      <source>(not set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="37" />
      <source>Contact type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="31" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="40" />
      <location filename="../../gui/widgets/constants_form.py" line="42" />
      <source>Dates in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="104" />
      <source>Day first: 03/04 is 3 April</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="37" />
      <source>Email type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="32" />
      <source>Evangelist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="24" />
      <source>Foundation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="24" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="23" />
      <source>Household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="28" />
      <source>Lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="41" />
      <source>Lifecycle stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="29" />
      <source>Marketing qualified lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Mobile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="102" />
      <source>Month first, unless clear (US)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="103" />
      <source>Month first: 03/04 is March 4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="31" />
      <source>Opportunity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="23" />
      <source>Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <location filename="../../gui/widgets/constants_form.py" line="32" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="38" />
      <source>Phone type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="39" />
      <source>Reference source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="30" />
      <source>Sales qualified lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="97" />
      <source>Shown in Virtuous as where these contacts came from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="28" />
      <source>Subscriber</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/constants_form.py" line="25" />
      <source>Work</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DestinationBox</name>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="38" />
      <source>Add or change CRM connections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="37" />
      <source>C&amp;onnections…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="81" />
      <source>Choose where to send…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="137" />
      <source>Its API key is not saved on this computer: enter it under Connections….</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="82" />
      <source>Practice — nothing leaves this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="31" />
      <source>Send &amp;to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="128" />
      <source>The contacts go to a pretend {crm} inside this app, so you can try everything safely. It forgets them when the app closes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="135" />
      <source>The contacts go to {crm} at {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="131" />
      <source>To send to your real {crm}, add a connection with its API key under Connections….</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/connections/destination_box.py" line="34" />
      <source>Where to send the contacts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="29" />
      <source>&amp;Choose a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="33" />
      <source>&amp;Try it with a sample spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="31" />
      <source>Choose a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="23" />
      <source>Drop a spreadsheet here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="26" />
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/drop_zone.py" line="34" />
      <source>Try it with a sample spreadsheet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldPicker</name>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="43" />
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="94" />
      <source>New custom field…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="39" />
      <source>Search fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="38" />
      <source>Search fields…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="73" />
      <source>don't import skip none ignore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="96" />
      <source>new custom field add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/field_picker.py" line="71" />
      <source>— Don't import this column —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <location filename="../../gui/session/workers.py" line="148" />
      <source>Something went wrong while {what}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="150" />
      <source>Something went wrong: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/session/workers.py" line="130" />
      <source>There is not enough memory for this file. Close other programs or split the file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/shell/main_window.py" line="196" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="197" />
      <source>Back to the previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="75" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="174" />
      <source>Connections…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="161" />
      <location filename="../../gui/shell/main_window.py" line="287" />
      <source>Contact Importer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="73" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="205" />
      <source>Next step (Alt+Right)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="297" />
      <source>Next: {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="342" />
      <source>No, thanks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="72" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="74" />
      <location filename="../../gui/shell/main_window.py" line="76" />
      <source>Open a spreadsheet to go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="165" />
      <source>PRACTICE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="167" />
      <source>Practice mode: nothing leaves this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="310" />
      <source>Practice — nothing leaves this computer. Contacts go to a pretend {crm} inside this app, so you can try every step safely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="77" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="198" />
      <source>Previous step (Alt+Left)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="81" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="82" />
      <source>Results appear after sending.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="174" />
      <source>Run history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="79" />
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="305" />
      <source>Sending to {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="338" />
      <source>This file has the same columns as your saved mapping “{name}”. Use it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="340" />
      <source>Use “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="80" />
      <source>Wait for the batches to be prepared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/shell/main_window.py" line="78" />
      <source>Wait for the check to finish.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="187" />
      <source>A guess from a similar name: please check it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="182" />
      <source>Click (or press Enter) to choose the field this column goes to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="119" />
      <source>Column in your file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="119" />
      <source>Goes to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="119" />
      <source>Match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="175" />
      <source>Options ({n})…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="139" />
      <source>Options for column {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="175" />
      <source>Options…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="119" />
      <source>Sample values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="188" />
      <source>The column name matches this field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="190" />
      <source>Trim, change case, split names or lists, translate values, fill blanks, join columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="185" />
      <source>You picked this field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="163" />
      <source>{field} (joined with {others})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="100" />
      <source>— Don't import —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/mapping_model.py" line="169" />
      <source>● Your choice</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="53" />
      <source>&amp;Use a saved mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="66" />
      <source>Columns and the fields they go to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="157" />
      <source>Every contact needs {what}, and nothing fills it yet. Pick a column for it, or set a value for every row on the right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="126" />
      <source>Match your columns to {crm} fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="259" />
      <source>Name it so you can use it again for the next file like this one:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="217" />
      <source>Name of the field in {crm}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="216" />
      <source>New custom field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="271" />
      <source>No saved mappings yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="56" />
      <source>Sa&amp;ve this mapping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="91" />
      <source>Same for every row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="57" />
      <location filename="../../gui/pages/mapping_page.py" line="258" />
      <source>Save this mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="290" />
      <source>The saved mapping “{name}” names columns this file does not have: {cols}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="54" />
      <source>Use a saved mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="166" />
      <source>Using your saved mapping “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="94" />
      <source>Values every contact gets, whatever the file says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="121" />
      <source>We matched what we could from the column names. Look at the guesses marked in amber, and pick a field for any other column you want to bring in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="124" />
      <source>We matched what we could from the column names. Pick a field for any other column you want to bring in, or choose “Don't import” for one you don't.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="156" />
      <source>one of {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/mapping_page.py" line="170" />
      <source>{used} of {total} columns will be brought in.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModeBox</name>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="31" />
      <source>Changing this prepares the batches again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="24" />
      <source>Create new contacts only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="21" />
      <source>Create new contacts only (a contact already there is reported, not changed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="25" />
      <source>Update existing contacts by email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="23" />
      <source>Update the contact with the same email, create the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/mode_box.py" line="19" />
      <source>When an email is already in HubSpot</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OpenPage</name>
    <message>
      <location filename="../../gui/pages/open_page.py" line="72" />
      <source>&amp;Practice mode: use a pretend CRM on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="117" />
      <source>&amp;Sheet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="49" />
      <source>Choose the file with the people you want to add. Nothing is sent anywhere until the Send step, and you can look at everything before that.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="126" />
      <source>Column &amp;names are in row:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="90" />
      <source>Files you open will be listed here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="142" />
      <source>First rows of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="134" />
      <source>Here are the first rows as they are in the file. If the column names are not in the highlighted row, click the row that has them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="48" />
      <location filename="../../gui/pages/open_page.py" line="173" />
      <source>Open a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="73" />
      <source>Practice mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="197" />
      <source>Reading {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="84" />
      <location filename="../../gui/pages/open_page.py" line="86" />
      <source>Recent files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="128" />
      <source>Row with the column names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="59" />
      <source>Send the people to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="66" />
      <source>Send to {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="119" />
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="174" />
      <source>Spreadsheets ({patterns});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="74" />
      <source>Try every step safely: nothing leaves this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="192" />
      <source>reading {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="197" />
      <source>rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="251" />
      <source>{name} (hidden)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/open_page.py" line="246" />
      <source>{name}: {rows} rows, {cols} columns</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../gui/pages/base.py" line="25" />
      <source>Page title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeekModel</name>
    <message>
      <location filename="../../gui/models/peek_model.py" line="70" />
      <source>Column names are taken from this row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/peek_model.py" line="72" />
      <source>This row looked like the column names</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="59" />
      <source>&amp;Create new contacts only (a contact whose email is already there is reported, not changed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="61" />
      <source>&amp;Update the existing contact with the same email, create the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="259" />
      <source>1 batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="257" />
      <source>1 contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="264" />
      <source>1 row with errors will be skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="267" />
      <source>1 row you left out will not be sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="238" />
      <source>Batch {n} of {total}: {contacts} contacts, {size}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="84" />
      <source>Batches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="108" />
      <source>C&amp;opy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="109" />
      <source>Copy this batch's JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="110" />
      <source>Copy this batch's JSON to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="63" />
      <source>Create new contacts only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="117" />
      <source>Exact JSON of the selected batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="255" />
      <source>No contacts are ready to send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="49" />
      <source>Nothing has been sent yet. This is exactly what the Send step will send, batch by batch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="163" />
      <location filename="../../gui/pages/preview_page.py" line="164" />
      <source>Preparing the batches…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="48" />
      <source>Preview what will be sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="64" />
      <source>Update existing contacts by email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="57" />
      <source>When an email is already in HubSpot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="164" />
      <source>contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="270" />
      <source>contacts whose email is already in {crm} will be updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="253" />
      <source>the practice {crm} on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="260" />
      <source>{contacts} will be sent to {crm} in {batches}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="259" />
      <source>{n} batches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="257" />
      <source>{n} contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="265" />
      <source>{n} rows with errors will be skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/preview_page.py" line="268" />
      <source>{n} rows you left out will not be sent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressRow</name>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="23" />
      <location filename="../../gui/widgets/progress_row.py" line="24" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/progress_row.py" line="20" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsFilterBar</name>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="26" />
      <source>&amp;Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="33" />
      <source>Search names, emails, messages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="32" />
      <source>Search the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/widgets/results_filter_bar.py" line="28" />
      <source>Show rows with this result</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <location filename="../../gui/models/results_model.py" line="186" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="185" />
      <source>CRM ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="185" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="185" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="186" />
      <source>Reference ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="185" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="185" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="191" />
      <source>The ID the CRM can use to find this row again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="189" />
      <source>The contact's ID in the CRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="190" />
      <source>The request it was sent in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="188" />
      <source>The row's number in your spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="189" />
      <source>What happened to the row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="190" />
      <source>What the CRM said, or why the row was not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/results_model.py" line="188" />
      <source>Who the row is</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../gui/pages/results_page.py" line="63" />
      <source>&amp;Export results…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="347" />
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="259" />
      <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet program (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="258" />
      <source>Export results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="65" />
      <source>Export the results to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="349" />
      <source>Open the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="366" />
      <source>Read these rows from your file again (fix them there first) and send them to the same place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="223" />
      <source>Reading the file again for the failed rows…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="133" />
      <source>Reading the results…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="81" />
      <source>Result of every row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="39" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="224" />
      <source>Resuming…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="67" />
      <location filename="../../gui/pages/results_page.py" line="365" />
      <source>Retry &amp;failed rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="364" />
      <source>Retry &amp;failed rows ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="70" />
      <source>Run &amp;history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="283" />
      <source>Saved the results to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="68" />
      <source>Send the failed rows again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="71" />
      <source>Show earlier runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="291" />
      <source>The results file could not be written: {why} If it is open in a spreadsheet program, close it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="338" />
      <source>This run did not finish (the app closed while sending). Resume checks what reached the CRM, then sends the rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="39" />
      <source>What happened to every row. Export a file to keep, and send the rows that failed again once they are fixed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="323" />
      <source>includes {n} earlier run(s): each row shows its latest result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="129" />
      <source>reading the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="317" />
      <source>the practice {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="271" />
      <source>writing the results file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/results_page.py" line="320" />
      <source>{file} sent to {where} on {when} (run {id})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="82" />
      <source>&amp;Don't ask again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="81" />
      <source>&amp;Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="79" />
      <source>&amp;Resume now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="84" />
      <source>C&amp;onnections…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="48" />
      <source>Finish the last import?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="102" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="66" />
      <source>Resume first asks {crm} which contacts already arrived, then sends the rest, so nobody is added twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="57" />
      <source>Sending {file} to {where} was cut off before it finished: {left} of {total} rows have no result yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="53" />
      <source>the practice {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/resume_dialog.py" line="73" />
      <source>{n} other unfinished run(s) are in the run history on the Results step.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <location filename="../../gui/sending/progress.py" line="40" />
      <location filename="../../gui/sending/progress.py" line="99" />
      <source>&amp;Cancel sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="41" />
      <source>Cancel sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="81" />
      <source>Cancel sending?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="141" />
      <source>Checking batch {n} against the CRM before sending anything again ({rows} contacts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="37" />
      <source>Contacts sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="161" />
      <source>Getting ready to send…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="35" />
      <source>Sending progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="42" />
      <source>Stop after the batches already on their way; the rest can be sent later with Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="82" />
      <source>Stop sending now?

Contacts already sent stay in the CRM. The rest are not sent; you can send them later with Resume.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="107" />
      <source>Stopping: the batches already on their way are getting their answer. Nothing more will be sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="106" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/progress.py" line="47" />
      <source>Waiting</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RunText</name>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>1 accepted for review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>1 already exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="129" />
      <source>1 contact was not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="41" />
      <source>1 created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>1 failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>1 not sent yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="63" />
      <source>1 row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="48" />
      <source>1 skipped because it did not pass the checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>1 unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="42" />
      <source>1 updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="130" />
      <source>Cancelled: {left}. Nothing is lost; press Resume to send the rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="112" />
      <source>Contacts already sent will not be sent twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="60" />
      <source>No rows yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="123" />
      <source>Sending stopped before every contact was sent. Press Resume to try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="110" />
      <source>The CRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="105" />
      <source>The CRM did not answer; trying again ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="104" />
      <source>The answer was lost; checking what arrived ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="110" />
      <source>The practice CRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="102" />
      <source>Waiting for the rate limit ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="93" />
      <source>about {time} left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="34" />
      <source>the CRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="114" />
      <source>{crm} refused the API key of “{name}”. It may have been changed or may not be allowed to write contacts. Check it under Connections, then press Resume.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="120" />
      <source>{crm} stopped answering. Check the internet connection and press Resume in a few minutes; the app first checks which contacts arrived.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="117" />
      <source>{crm} will take no more requests today: the account's daily limit is used up. Press Resume tomorrow to send the rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="87" />
      <source>{done} of {total} contacts sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="82" />
      <source>{h} h {m} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="91" />
      <source>{n} a minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="89" />
      <source>{n} a second</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="43" />
      <source>{n} accepted for review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="44" />
      <source>{n} already exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="129" />
      <source>{n} contacts were not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="41" />
      <source>{n} created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="45" />
      <source>{n} failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="81" />
      <source>{n} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="47" />
      <source>{n} not sent yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="63" />
      <source>{n} rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="79" />
      <source>{n} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="49" />
      <source>{n} skipped because they did not pass the checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="46" />
      <source>{n} unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="42" />
      <source>{n} updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/run_words.py" line="64" />
      <source>{rows}: {parts}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RunsDialog</name>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="52" />
      <source>&amp;Show its rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="32" />
      <source>Every import sent from this computer, newest first. Choose one to see what happened to its rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="47" />
      <source>No runs yet: the imports you send appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="37" />
      <source>Past runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="27" />
      <source>Run history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs/runs_dialog.py" line="53" />
      <source>Show the rows of the selected run</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RunsModel</name>
    <message>
      <location filename="../../gui/models/runs_model.py" line="92" />
      <source> (retry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="65" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="57" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="62" />
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="57" />
      <source>How it ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="63" />
      <source>Interrupted (the app closed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="66" />
      <source>Not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="73" />
      <source>Practice {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="58" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="109" />
      <source>Run {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="67" />
      <source>Sending now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="57" />
      <source>Sent to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="64" />
      <source>Stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/models/runs_model.py" line="57" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <location filename="../../gui/pages/send_page.py" line="75" />
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>1 batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>1 contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="31" />
      <source>1 row will not be sent (errors or left out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="366" />
      <source>Another send is going on; wait for it to end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="218" />
      <source>Checking the connection to {crm}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="374" />
      <source>Choose where to send the contacts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="43" />
      <source>Done. {counts} The Results step has every row and a file to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="39" />
      <source>Finished, but some rows need attention. {counts} The Results step says why; fix them in your file and retry the failed rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="217" />
      <source>Getting ready to send…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="25" />
      <source>No contacts are ready to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="297" />
      <source>Preparing the batches…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="95" />
      <source>Results as they arrive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="77" />
      <source>Resume the run: send the contacts not sent yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="234" />
      <source>Resuming…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="45" />
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="361" />
      <source>Send 1 contact to {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="45" />
      <source>Send the contacts you previewed. You can cancel at any time and resume later; no contact is ever sent twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="204" />
      <source>Send to {crm}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="205" />
      <source>Send {n} contacts to {crm} now?

They go to “{name}” ({url}). You can cancel part-way and resume later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="362" />
      <source>Send {n} contacts to {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="366" />
      <source>Sending…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="376" />
      <source>Sent. To send these contacts again, change something on an earlier step first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="199" />
      <source>The API key for “{name}” is not saved on this computer. Enter it under Connections…, then press Send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="370" />
      <source>The batches could not be prepared. Go back to the Preview step to try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="372" />
      <source>There is nothing to send: go back and fix or include some rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="378" />
      <source>This run did not finish: Resume sends the contacts not sent yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="368" />
      <source>Wait for the batches to be prepared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="297" />
      <source>contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/pages/send_page.py" line="359" />
      <source>practice {crm}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="29" />
      <source>{contacts} ready to send in {batches}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="27" />
      <source>{n} batches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="26" />
      <source>{n} contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/send_words.py" line="32" />
      <source>{n} rows will not be sent (errors or left out).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepBar</name>
    <message>
      <location filename="../../gui/widgets/step_bar.py" line="31" />
      <source>Step {n}: {title}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SubmitWorker</name>
    <message>
      <location filename="../../gui/sending/worker.py" line="165" />
      <source>Cancelled before anything was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="86" />
      <source>Could not reach {crm} at {url} ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="80" />
      <source>Could not reach {crm} at {url}. Check the address and the internet connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="211" />
      <source>Sending stopped because of an unexpected problem: {detail}. Nothing already sent is lost; resume the run to go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="172" />
      <source>That run is no longer in the run history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="174" />
      <source>The failed rows cannot be sent again from this file: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="180" />
      <source>There are no failed rows to send again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="182" />
      <source>This run did not finish; resume it instead of retrying.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="169" />
      <source>This run is being sent by another Contact Importer window right now. Wait for it to finish there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/sending/worker.py" line="76" />
      <source>{crm} refused this API key. Check that it was copied in full and that it may read and write contacts.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/readers/header.py" line="160" />
      <source>1 blank row skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="32" />
      <source>A new contact was created in {crm}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="23" />
      <source>Accepted for review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="21" />
      <location filename="../../core/mapping/catalog.py" line="110" />
      <location filename="../../core/mapping/catalog.py" line="111" />
      <location filename="../../core/mapping/catalog.py" line="112" />
      <location filename="../../core/mapping/catalog.py" line="113" />
      <location filename="../../core/mapping/catalog.py" line="114" />
      <location filename="../../core/mapping/catalog.py" line="115" />
      <location filename="../../core/mapping/catalog.py" line="150" />
      <location filename="../../core/mapping/catalog.py" line="151" />
      <location filename="../../core/mapping/catalog.py" line="152" />
      <location filename="../../core/mapping/catalog.py" line="153" />
      <location filename="../../core/mapping/catalog.py" line="154" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="110" />
      <source>Address line 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="111" />
      <source>Address line 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="24" />
      <source>Already exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="160" />
      <source>Associated company ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="122" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="112" />
      <location filename="../../core/mapping/catalog.py" line="151" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="155" />
      <source>Company name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="98" />
      <source>Contact name (household / organization)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="97" />
      <source>Contact type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="115" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="154" />
      <source>Country/Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="21" />
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="26" />
      <location filename="../../core/mapping/catalog.py" line="200" />
      <source>Custom fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="167" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="275" />
      <source>Delimiter: {delimiter}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="19" />
      <location filename="../../core/mapping/catalog.py" line="106" />
      <location filename="../../core/mapping/catalog.py" line="107" />
      <location filename="../../core/mapping/catalog.py" line="107" />
      <location filename="../../core/mapping/catalog.py" line="146" />
      <location filename="../../core/mapping/catalog.py" line="146" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="132" />
      <source>Email lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="106" />
      <source>Email type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="23" />
      <location filename="../../core/mapping/catalog.py" line="116" />
      <location filename="../../core/mapping/catalog.py" line="117" />
      <location filename="../../core/mapping/catalog.py" line="118" />
      <location filename="../../core/mapping/catalog.py" line="120" />
      <location filename="../../core/mapping/catalog.py" line="121" />
      <location filename="../../core/mapping/catalog.py" line="122" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="116" />
      <source>Event ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="117" />
      <source>Event name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="25" />
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="149" />
      <source>Fax number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="102" />
      <location filename="../../core/mapping/catalog.py" line="144" />
      <source>First name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="142" />
      <source>Full name (split into first/last)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="100" />
      <source>Full name (split into first/middle/last)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="157" />
      <source>Header found in row {row}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="157" />
      <source>Header taken from row {row}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="159" />
      <source>Industry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="118" />
      <source>Invitation type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="157" />
      <source>Job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="104" />
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="164" />
      <source>Lead status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="162" />
      <source>Lifecycle stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="168" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="103" />
      <source>Middle name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="148" />
      <source>Mobile phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="18" />
      <location filename="../../core/mapping/catalog.py" line="97" />
      <location filename="../../core/mapping/catalog.py" line="98" />
      <location filename="../../core/mapping/catalog.py" line="100" />
      <location filename="../../core/mapping/catalog.py" line="101" />
      <location filename="../../core/mapping/catalog.py" line="102" />
      <location filename="../../core/mapping/catalog.py" line="103" />
      <location filename="../../core/mapping/catalog.py" line="104" />
      <location filename="../../core/mapping/catalog.py" line="105" />
      <location filename="../../core/mapping/catalog.py" line="142" />
      <location filename="../../core/mapping/catalog.py" line="143" />
      <location filename="../../core/mapping/catalog.py" line="144" />
      <location filename="../../core/mapping/catalog.py" line="145" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="27" />
      <source>Not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="38" />
      <source>Not sent yet: resume the run to send it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="37" />
      <source>Not sent: it did not pass the checks, or you left it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="22" />
      <location filename="../../core/mapping/catalog.py" line="155" />
      <location filename="../../core/mapping/catalog.py" line="157" />
      <location filename="../../core/mapping/catalog.py" line="158" />
      <location filename="../../core/mapping/catalog.py" line="159" />
      <location filename="../../core/mapping/catalog.py" line="160" />
      <source>Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="134" />
      <source>Origin segment code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="27" />
      <location filename="../../core/mapping/catalog.py" line="95" />
      <location filename="../../core/mapping/catalog.py" line="162" />
      <location filename="../../core/mapping/catalog.py" line="164" />
      <location filename="../../core/mapping/catalog.py" line="167" />
      <location filename="../../core/mapping/catalog.py" line="168" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="20" />
      <location filename="../../core/mapping/catalog.py" line="108" />
      <location filename="../../core/mapping/catalog.py" line="109" />
      <location filename="../../core/mapping/catalog.py" line="109" />
      <location filename="../../core/mapping/catalog.py" line="147" />
      <location filename="../../core/mapping/catalog.py" line="148" />
      <location filename="../../core/mapping/catalog.py" line="149" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="147" />
      <source>Phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="108" />
      <source>Phone type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="114" />
      <location filename="../../core/mapping/catalog.py" line="153" />
      <source>Postal code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="121" />
      <source>RSVP response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="120" />
      <source>RSVP'd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="274" />
      <source>Read as {encoding}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/excel.py" line="164" />
      <source>Read sheet '{sheet}' ({count} sheets in the workbook)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="95" />
      <source>Reference ID (your own ID for the contact)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="131" />
      <source>Row {row}, column '{column}': '{value}' is also in row {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="83" />
      <source>Row {row}, column '{column}': '{value}' {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="119" />
      <source>Row {row}: {what} is required and is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="143" />
      <source>Salutation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="39" />
      <source>Sent, but the answer was lost and {crm} could not confirm it. Look it up in {crm}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="26" />
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="113" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="152" />
      <source>State/Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="150" />
      <source>Street address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="105" />
      <source>Suffix (Jr., III)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="131" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="25" />
      <location filename="../../core/mapping/catalog.py" line="131" />
      <location filename="../../core/mapping/catalog.py" line="132" />
      <location filename="../../core/mapping/catalog.py" line="134" />
      <source>Tags &amp; lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="33" />
      <source>The contact with this email was updated in {crm}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="101" />
      <source>Title (Mr., Dr.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="28" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="22" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="127" />
      <source>Volunteer date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="129" />
      <source>Volunteer hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="125" />
      <source>Volunteer opportunity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="123" />
      <source>Volunteer opportunity ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="24" />
      <location filename="../../core/mapping/catalog.py" line="123" />
      <location filename="../../core/mapping/catalog.py" line="125" />
      <location filename="../../core/mapping/catalog.py" line="127" />
      <location filename="../../core/mapping/catalog.py" line="129" />
      <source>Volunteering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="158" />
      <source>Website URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="163" />
      <source>is not a date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="188" />
      <source>is not a date we can read (use YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="129" />
      <location filename="../../core/validation/normalize.py" line="140" />
      <source>is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="82" />
      <source>is not a phone number we can read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="180" />
      <source>is not a real date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="66" />
      <source>is not a valid email address ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="84" />
      <source>is not a valid phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="116" />
      <location filename="../../core/validation/normalize.py" line="124" />
      <source>is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="198" />
      <source>is not one of the allowed options ({options})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/normalize.py" line="111" />
      <source>is not yes/no (use Yes, No, TRUE, FALSE, Y, N, 1 or 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/validation/check.py" line="117" />
      <source>one of {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/csv_text.py" line="31" />
      <source>tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="34" />
      <source>{crm} accepted the contact into an import it matches and reviews.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="35" />
      <source>{crm} already has a contact with this email; it was left as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/targets/outcomes.py" line="36" />
      <source>{crm} turned this row down; the message says why. Fix it and retry the failed rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/mapping/catalog.py" line="200" />
      <source>{name} (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../core/readers/header.py" line="160" />
      <source>{n} blank rows skipped</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
