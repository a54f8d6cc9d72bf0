<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>CellRisksDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="177"/>
        <source>Risico&apos;s in deze cel</source>
        <translation>Risks in this cell</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="183"/>
        <source>Geen open risico&apos;s in deze cel.</source>
        <translation>No open risks in this cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="189"/>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="190"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="47"/>
        <source>Opslaan lukte niet: record gewijzigd</source>
        <translation>Could not save: record changed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="53"/>
        <source>Iemand anders heeft dit record intussen gewijzigd</source>
        <translation>Someone else has changed this record in the meantime</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="60"/>
        <source>{number} ({label}) is gewijzigd door {who} op {when}, nadat u het opende.</source>
        <translation>{number} ({label}) was changed by {who} on {when}, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="69"/>
        <source>Uw wijzigingen zijn nog niet opgeslagen; er is niets overschreven.

• Opnieuw laden: u ziet de huidige gegevens; wat u typte vervalt.
• Verder bewerken: wat u typte blijft staan. Slaat u daarna op, dan vervangt uw versie de andere wijziging (die blijft zichtbaar in de geschiedenis).</source>
        <translation>Your changes have not been saved yet; nothing was overwritten.

• Reload: you see the current data; what you typed is discarded.
• Keep editing: what you typed stays. If you then save, your version replaces the other change (which stays visible in the history).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="78"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="85"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="87"/>
        <source>Opnieuw laden; wat u typte vervalt</source>
        <translation>Reload; what you typed is discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="88"/>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="89"/>
        <source>Verder bewerken; wat u typte blijft staan</source>
        <translation>Keep editing; what you typed stays</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="117"/>
        <source>Laatste wijziging: {0}.</source>
        <translation>Last change: {0}.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/app.py" line="170"/>
        <source>Dossier openen…</source>
        <translation>Opening case file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/app.py" line="214"/>
        <source>Dossier geweigerd</source>
        <translation>Case file refused</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="59"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="60"/>
        <source>Bewerken (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="61"/>
        <source>Record bewerken</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="74"/>
        <source>Details van het record</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="82"/>
        <source>Kies een record in de lijst om het hier te zien.</source>
        <translation>Choose a record in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="164"/>
        <source>Dit record kon niet worden gelezen: {0}</source>
        <translation>This record could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="22"/>
        <source>Details staan in het logbestand {0}.</source>
        <translation>Details are in the log file {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="24"/>
        <source>Er ging iets mis ({0}). Er is niets half opgeslagen.</source>
        <translation>Something went wrong ({0}). Nothing was half saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="38"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="30"/>
        <source>Export afgebroken; er is geen bestand gemaakt.</source>
        <translation>Export stopped; no file was made.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="35"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="36"/>
        <source>CSV voor Excel, puntkomma (*.csv)</source>
        <translation>CSV for Excel, semicolon (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="52"/>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="95"/>
        <source>{0} exporteren</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="89"/>
        <source> (hoogste classificatie: {0})</source>
        <translation> (highest classification: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="91"/>
        <source>{0} {1} geëxporteerd naar {2}{3}.</source>
        <translation>{0} {1} exported to {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="108"/>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="130"/>
        <source>Hele dossier exporteren (JSON)</source>
        <translation>Export the whole case file (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="110"/>
        <source>JSON-export (*.json)</source>
        <translation>JSON export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="126"/>
        <source>Dossier geëxporteerd naar {0}: {1} records.</source>
        <translation>Case file exported to {0}: {1} records.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="83"/>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="84"/>
        <source>Een CSV-bestand (puntkomma of komma) of een Excel-werkmap (.xlsx) met organisaties, personen, contactmomenten of andere records. Er wordt nog niets geïmporteerd.</source>
        <translation>A CSV file (semicolon or comma) or an Excel workbook (.xlsx) with organisations, persons, contact moments or other records. Nothing is imported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="89"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="130"/>
        <source>Bestand om te importeren</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="90"/>
        <source>Pad naar een .csv- of .xlsx-bestand</source>
        <translation>Path to a .csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="92"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="93"/>
        <source>Bestand zoeken</source>
        <translation>Find a file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="96"/>
        <source>Tekenset van een CSV-bestand</source>
        <translation>Character set of a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="104"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="110"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="113"/>
        <source>&amp;Tekenset (CSV)</source>
        <translation>&amp;Character set (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="131"/>
        <source>Lijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="145"/>
        <source>{0} bestaat niet of is geen bestand.</source>
        <translation>{0} does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="151"/>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="178"/>
        <source>Dit bestand kan niet worden gelezen: {0}</source>
        <translation>This file cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="62"/>
        <source>Deze lijst kan hier nog niet op filteren</source>
        <translation>This list cannot filter on this yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="66"/>
        <source>Filter op tekst… (Ctrl+F)</source>
        <translation>Filter by text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="67"/>
        <source>Filter op tekst</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="77"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="84"/>
        <source>Filter op {0}</source>
        <translation>Filter by {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="88"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="89"/>
        <source>Laatste 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="90"/>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="91"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="92"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="96"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="99"/>
        <source>Classificatie</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="102"/>
        <source>Filter op classificatie</source>
        <translation>Filter by classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="106"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="107"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="108"/>
        <source>Filter op tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="112"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="115"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="49"/>
        <source>Risicomatrix kans × impact</source>
        <translation>Risk matrix likelihood × impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="84"/>
        <source>Kans {0}, impact {1}: {2} risico&apos;s. Pijltjestoetsen verplaatsen, Enter toont de risico&apos;s in deze cel.</source>
        <translation>Likelihood {0}, impact {1}: {2} risks. Arrow keys move, Enter shows the risks in this cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="147"/>
        <source>KANS ↑</source>
        <translation>LIKELIHOOD ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="185"/>
        <source>IMPACT →</source>
        <translation>IMPACT →</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="641"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="642"/>
        <source>Importeren uit CSV of Excel</source>
        <translation>Import from CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="647"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="648"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="649"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="650"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="98"/>
        <source>Nieuw…</source>
        <extracomment>Kinds whose labels appear in a kind&apos;s rows (their changes make the list re-query too).</extracomment>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="99"/>
        <source>Nieuw record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="101"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="102"/>
        <source>Geselecteerde records verwijderen</source>
        <translation>Delete the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="103"/>
        <source>Naar de prullenbak (Delete); Ctrl+Z maakt het ongedaan</source>
        <translation>To the recycle bin (Delete); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="106"/>
        <source>Tag toevoegen…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="107"/>
        <source>Tag toevoegen aan de geselecteerde records</source>
        <translation>Add a tag to the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="109"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="111"/>
        <source>Deze lijst exporteren naar CSV of Excel</source>
        <translation>Export this list to CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="112"/>
        <source>De lijst zoals gefilterd naar CSV of Excel</source>
        <translation>The list as filtered, to CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="115"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="116"/>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="117"/>
        <source>Kolommen kiezen</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="432"/>
        <source>Tag toevoegen</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="433"/>
        <source>Tag voor {0} geselecteerde records:</source>
        <translation>Tag for {0} selected records:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="441"/>
        <source>Tag toegevoegd aan {0} records</source>
        <translation>Tag added to {0} records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="448"/>
        <source>{0} staat in de prullenbak</source>
        <translation>{0} is in the recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="451"/>
        <source>{0} records staan in de prullenbak</source>
        <translation>{0} records are in the recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="453"/>
        <source> · Ctrl+Z maakt het ongedaan</source>
        <translation> · Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="459"/>
        <source>Niet alles verwijderd</source>
        <translation>Not everything was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="477"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="478"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="479"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="480"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="481"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="482"/>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="483"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="489"/>
        <source>gesorteerd op datum, nieuwste eerst</source>
        <translation>sorted by date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="490"/>
        <source>gesorteerd op datum, oudste eerst</source>
        <translation>sorted by date, oldest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="491"/>
        <source>gesorteerd op naam</source>
        <translation>sorted by name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="492"/>
        <source>gesorteerd op startdatum, nieuwste eerst</source>
        <translation>sorted by start date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="493"/>
        <source>gesorteerd op netto score, hoogste eerst</source>
        <translation>sorted by net score, highest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="494"/>
        <source>gesorteerd op herbeoordeling, eerstvolgende eerst</source>
        <translation>sorted by review date, next first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="495"/>
        <source>gesorteerd op titel</source>
        <translation>sorted by title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="502"/>
        <source>{0} records</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="504"/>
        <source>{0}+ gevonden</source>
        <translation>{0}+ found</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="506"/>
        <source>{0} gevonden</source>
        <translation>{0} found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="115"/>
        <source> — demodossier</source>
        <extracomment>Sidebar pages: key, record kind listed there (None for Overzicht and Memo&apos;s).</extracomment>
        <translation> — demo case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="116"/>
        <source>Chinadossier — {0}{1}</source>
        <translation>Chinadossier — {0}{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="117"/>
        <source>Chinadossier hoofdvenster</source>
        <translation>Chinadossier main window</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="121"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="121"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="122"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="122"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="123"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="123"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="124"/>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="124"/>
        <source>Memo&apos;s</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="125"/>
        <source>Prullenbak</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="125"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="191"/>
        <source>De lijst van {0} komt in een volgende stap van deze versie. Het aantal in de zijbalk klopt al; zoeken kan via de opdrachtregel (chinadossier search).</source>
        <translation>The list of {0} comes in a next step of this version. The count in the sidebar is already correct; search is available on the command line (chinadossier search).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="204"/>
        <source>Briefingsnotities (memo&apos;s) maken en terugzien komt in een volgende stap van deze versie.</source>
        <translation>Making and reviewing briefing memos comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="211"/>
        <source>De Prullenbak (verwijderde records terugzetten) komt in een volgende stap van deze versie.</source>
        <translation>The recycle bin (restoring deleted records) comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="263"/>
        <source>Zoeken… (Ctrl+K)</source>
        <translation>Search… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="264"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="271"/>
        <source>Memo maken…</source>
        <translation>Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="272"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="461"/>
        <source>Memo maken</source>
        <translation>Make memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="274"/>
        <source>+ Contactmoment vastleggen (Ctrl+N)</source>
        <translation>+ Log contact moment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="276"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="452"/>
        <source>Contactmoment vastleggen</source>
        <translation>Log contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="294"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="297"/>
        <source>Demodossier · fictieve gegevens</source>
        <translation>Demo case file · fictitious data</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="304"/>
        <source>Standaard: {0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="331"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="332"/>
        <source>Contactmoment &amp;vastleggen…</source>
        <translation>&amp;Log contact moment…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="334"/>
        <source>&amp;Memo maken…</source>
        <translation>&amp;Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="337"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="338"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="339"/>
        <source>Hele dossier exporteren (&amp;JSON)…</source>
        <translation>Export the whole case file (&amp;JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="342"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="375"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="345"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="349"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="355"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="358"/>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="359"/>
        <source>&amp;Filteren</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="362"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="371"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="373"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="374"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="376"/>
        <source>Gegevens&amp;map openen</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="378"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="379"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="383"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="384"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="385"/>
        <source>&amp;Over Chinadossier</source>
        <translation>&amp;About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="418"/>
        <source>Records openen komt met de lijstpagina&apos;s in een volgende stap.</source>
        <translation>Opening records comes with the list pages in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="424"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="438"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="429"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="443"/>
        <source>Dit soort record heeft geen formulier.</source>
        <translation>This kind of record has no form.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="468"/>
        <source>{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.</source>
        <translation>{0} is not available in this version yet; it comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="493"/>
        <source>Zoeken met resultaten tijdens het typen komt in een volgende stap.</source>
        <translation>Search with results while typing comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="554"/>
        <source>Kies eerst een lijst (Banden, Organisaties, …) om te exporteren.</source>
        <translation>First choose a list (Ties, Organisations, …) to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="579"/>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup made: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="591"/>
        <source>Back-up: nog geen</source>
        <translation>Backup: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="594"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="596"/>
        <source>Back-up: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="606"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="610"/>
        <source>Dossier controleren</source>
        <translation>Check case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="607"/>
        <source>Het dossier is in orde.</source>
        <translation>The case file is in order.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="608"/>
        <source>Er zijn problemen gevonden.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="623"/>
        <source>Ctrl+N  contactmoment vastleggen
Ctrl+K  zoeken
Ctrl+F  lijst filteren
F5  vernieuwen
Ctrl+1 … Ctrl+8  pagina&apos;s in de zijbalk
Ctrl+Z  ongedaan maken
Ctrl+P  memo maken
Ctrl+,  instellingen
Ctrl+Q  afsluiten
Pijltjes + Enter  cel van de risicomatrix openen</source>
        <translation>Ctrl+N  log contact moment
Ctrl+K  search
Ctrl+F  filter the list
F5  refresh
Ctrl+1 … Ctrl+8  sidebar pages
Ctrl+Z  undo
Ctrl+P  make memo
Ctrl+,  settings
Ctrl+Q  quit
Arrows + Enter  open a risk matrix cell</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="627"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="629"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="637"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="640"/>
        <source>Over Chinadossier</source>
        <translation>About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="638"/>
        <source>Chinadossier {0}
Het dossier van de banden van een Nederlandse gemeente of provincie met China.</source>
        <translation>Chinadossier {0}
The case file of a Dutch municipality&apos;s or province&apos;s ties with China.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="191"/>
        <source>Werkblad en kolommen</source>
        <translation>Sheet and columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="192"/>
        <source>Herkende kolommen zijn al toegewezen. Wijs een niet herkende kolom toe aan een veld, of laat hem overslaan.</source>
        <translation>Recognised columns are assigned already. Assign an unrecognised column to a field, or let it be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="195"/>
        <source>Werkblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="197"/>
        <source>&amp;Werkblad</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="200"/>
        <source>Soort records in het bestand</source>
        <translation>Kind of records in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="202"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="206"/>
        <source>Kolommen van het bestand en hun velden</source>
        <translation>Columns of the file and their fields</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="208"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="208"/>
        <source>Eerste waarde</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="208"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="218"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="234"/>
        <source>{0} ({1} rijen)</source>
        <translation>{0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="235"/>
        <source>{0} (geen lijst)</source>
        <translation>{0} (not a list)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="258"/>
        <source>{0} (herkend)</source>
        <translation>{0} (recognised)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="273"/>
        <source>Werkblad lezen…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="312"/>
        <source>Veld voor kolom {0}</source>
        <translation>Field for column {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="313"/>
        <source>— niet importeren —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="315"/>
        <source> (verplicht)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="322"/>
        <source>Niet herkend: kies een veld of laat hem overslaan.</source>
        <translation>Not recognised: choose a field or let it be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="339"/>
        <source>Naam (of Achternaam, of Chinese naam)</source>
        <translation>Name (or family name, or Chinese name)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="342"/>
        <source>Verplicht veld zonder kolom: {0}.</source>
        <translation>Required field without a column: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="345"/>
        <source>Twee kolommen voor hetzelfde veld: {0}.</source>
        <translation>Two columns for the same field: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="348"/>
        <source>Wordt overgeslagen: {0}.</source>
        <translation>Skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="364"/>
        <source>Elke rij controleren…</source>
        <translation>Checking every row…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="219"/>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="231"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="233"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="238"/>
        <source>Vernieuwen (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="239"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="249"/>
        <source>Actieve banden</source>
        <translation>Active ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="250"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="251"/>
        <source>Open risico&apos;s per niveau (netto)</source>
        <translation>Open risks per level (net)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="252"/>
        <source>Achterstallig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="284"/>
        <source>Banden per status</source>
        <translation>Ties per status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="301"/>
        <source>Risico&apos;s — kans × impact</source>
        <translation>Risks — likelihood × impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="304"/>
        <source>Bruto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="305"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="306"/>
        <source>Bruto: voor beheersmaatregelen</source>
        <translation>Gross: before measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="307"/>
        <source>Netto: na beheersmaatregelen</source>
        <translation>Net: after measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="340"/>
        <source>Pijltjestoetsen + Enter of klik: de risico&apos;s in die cel tonen</source>
        <translation>Arrow keys + Enter or click: show the risks in that cell</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="349"/>
        <source>Vraagt aandacht</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="365"/>
        <source>Recente activiteit</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="407"/>
        <source>Stand per {0} · alle banden van {1}</source>
        <translation>As of {0} · all ties of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="411"/>
        <source>van {0} · {1} slapend · {2} beëindigd</source>
        <translation>of {0} · {1} dormant · {2} ended</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="414"/>
        <source>laatste 12 maanden</source>
        <translation>last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="424"/>
        <source>1 vervolgactie</source>
        <translation>1 follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="425"/>
        <source>{0} vervolgacties</source>
        <translation>{0} follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="426"/>
        <source>1 risicoreview</source>
        <translation>1 risk review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="427"/>
        <source>{0} risicoreviews</source>
        <translation>{0} risk reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="451"/>
        <source>netto = na beheersmaatregelen</source>
        <translation>net = after measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="452"/>
        <source>bruto = voor beheersmaatregelen</source>
        <translation>gross = before measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="453"/>
        <source>{0} open risico&apos;s · {1} · matrix v{2}</source>
        <translation>{0} open risks · {1} · matrix v{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="466"/>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="467"/>
        <source>Vervolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="468"/>
        <source>Risicoreview</source>
        <translation>Risk review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="469"/>
        <source>Evaluatie band</source>
        <translation>Tie evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="470"/>
        <source>Einde band</source>
        <translation>Tie ends</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="476"/>
        <source>{0} dagen te laat</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="477"/>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="479"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="480"/>
        <source>over {0} dagen</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="480"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="489"/>
        <source>Niets achterstallig en niets binnenkort verwacht.</source>
        <translation>Nothing overdue and nothing due soon.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="525"/>
        <source>legde vast</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="526"/>
        <source>wijzigde</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="527"/>
        <source>verwijderde</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="528"/>
        <source>zette terug</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="529"/>
        <source>exporteerde</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="542"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="544"/>
        <source>gisteren {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="551"/>
        <source>Nog geen wijzigingen.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="578"/>
        <source>Risico&apos;s met kans {0} en impact {1} ({2})</source>
        <translation>Risks with likelihood {0} and impact {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="579"/>
        <source>netto</source>
        <translation>net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="579"/>
        <source>bruto</source>
        <translation>gross</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="395"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="395"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="395"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="396"/>
        <source>Komt overeen met</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="396"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="396"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="448"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="449"/>
        <source>Nog niets is geïmporteerd. Controleer per rij wat er gebeurt; Importeren schrijft alles in één keer, na een back-up, of niets.</source>
        <translation>Nothing has been imported yet. Check what happens to each row; Import writes everything at once, after a backup, or nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="453"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="457"/>
        <source>Aantallen per uitkomst</source>
        <translation>Counts per outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="459"/>
        <source>Rijen tonen</source>
        <translation>Rows to show</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="461"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="470"/>
        <source>Rijen van het bestand en wat ermee gebeurt</source>
        <translation>Rows of the file and what happens to them</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="481"/>
        <source>Afgewezen rijen &amp;overslaan en de goede rijen importeren</source>
        <translation>&amp;Skip the rejected rows and import the good ones</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="483"/>
        <source>Afgewezen rijen overslaan</source>
        <translation>Skip the rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="487"/>
        <source>Opmerkingen bij het voorbeeld</source>
        <translation>Notes on the preview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="508"/>
        <source>{0}{1}: {2} rijen {3} — {4}</source>
        <translation>{0}{1}: {2} rows {3} — {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="512"/>
        <source>Alle rijen ({0})</source>
        <translation>All rows ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="525"/>
        <source>Nieuwe organisaties ({0}): {1}{2}.</source>
        <translation>New organisations ({0}): {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="527"/>
        <source> en {0} meer</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="529"/>
        <source>Overgeslagen kolommen: {0}.</source>
        <translation>Skipped columns: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="577"/>
        <source>Afgebroken; er is niets geïmporteerd.</source>
        <translation>Stopped; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="588"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="38"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="41"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="42"/>
        <source>Afbreken; er blijft niets achter</source>
        <translation>Stop; nothing is left behind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="81"/>
        <source>Afbreken…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/record_table.py" line="193"/>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="600"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="604"/>
        <source>Uitkomst van de import</source>
        <translation>Outcome of the import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="614"/>
        <source>{0} records geïmporteerd uit {1}.</source>
        <translation>{0} records imported from {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="617"/>
        <source>{0} bestaande records bijgewerkt.</source>
        <translation>{0} existing records updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="619"/>
        <source>Niet geïmporteerd: {0} rij(en) (bestonden al, dubbel of afgewezen).</source>
        <translation>Not imported: {0} row(s) (already there, duplicate or rejected).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="622"/>
        <source>Back-up vooraf: {0}</source>
        <translation>Backup beforehand: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="46"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="51"/>
        <source>Zoeken… namen, Hanzi, pinyin, onderwerpen</source>
        <translation>Search… names, Hanzi, pinyin, subjects</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="52"/>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="57"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="71"/>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="123"/>
        <source>Typ om te zoeken.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="125"/>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="130"/>
        <source>Zoeken mislukt: {0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="149"/>
        <source>en {0} meer</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="165"/>
        <source>{0} gevonden · Enter opent</source>
        <translation>{0} found · Enter opens</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="166"/>
        <source>Niets gevonden voor ‘{0}’.</source>
        <translation>Nothing found for ‘{0}’.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="36"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="41"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="51"/>
        <source>Taal van de interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="58"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="68"/>
        <source>Kleurenschema</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="59"/>
        <source>Volgt het systeem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="59"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="60"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="67"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="73"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="75"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="77"/>
        <source>Eigen overheid</source>
        <translation>Own authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="78"/>
        <source>Standaardclassificatie</source>
        <translation>Default classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="80"/>
        <source>Soort dossier</source>
        <translation>Kind of case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="80"/>
        <source>Demodossier (fictieve gegevens)</source>
        <translation>Demo case file (fictitious data)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="81"/>
        <source>Eigen dossier</source>
        <translation>Own case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="86"/>
        <source>Taal en kleurenschema gelden voor deze computer en gaan direct in. Een andere gegevensmap kiest u bij het starten (--data-dir).</source>
        <translation>Language and colour scheme apply to this computer and take effect at once. Choose another data folder when starting (--data-dir).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="112"/>
        <source>Chinadossier</source>
        <translation>Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="121"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="122"/>
        <source>Prullenbak en instellingen</source>
        <translation>Recycle bin and settings</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="46"/>
        <source>Prullenbak</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="53"/>
        <source>Verwijderde records blijven bewaard tot u ze terugzet.</source>
        <translation>Deleted records are kept until you restore them.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="55"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="57"/>
        <source>Geselecteerde records terugzetten</source>
        <translation>Restore the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="64"/>
        <source>Verwijderde records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="161"/>
        <source>Teruggezet: {0}</source>
        <translation>Restored: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="163"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="175"/>
        <source>{0}+ verwijderde records</source>
        <translation>{0}+ deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="177"/>
        <source>{0} verwijderde records</source>
        <translation>{0} deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="179"/>
        <source>bewaard tot u ze terugzet</source>
        <translation>kept until you restore them</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="108"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="111"/>
        <source>Verwijderen van {0} ongedaan maken</source>
        <translation>Undo deleting {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="112"/>
        <source>Verwijderen van {0} records ongedaan maken</source>
        <translation>Undo deleting {0} records</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="31"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="32"/>
        <source>Dossier bijwerken</source>
        <translation>Upgrade case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="40"/>
        <source>Dit dossier moet worden bijgewerkt</source>
        <translation>This case file needs an upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="43"/>
        <source>Het dossier {0} is gemaakt met een oudere versie (opbouw {1}); deze versie werkt met opbouw {2}.

Eerst wordt een back-up gemaakt en gecontroleerd in {3}. Daarna wordt het dossier in één keer bijgewerkt; lukt dat niet, dan blijft het zoals het was.</source>
        <translation>The case file {0} was made by an older version (schema {1}); this version works with schema {2}.

First a backup is made and verified in {3}. Then the case file is upgraded in one step; if that fails, it stays as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="55"/>
        <source>Bijwerken bezig</source>
        <translation>Upgrading</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="65"/>
        <source>Back-up maken en bijwerken</source>
        <translation>Back up and upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="68"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="96"/>
        <source>Back-up maken en bijwerken…</source>
        <translation>Backing up and upgrading…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="139"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="140"/>
        <source>Chinadossier instellen</source>
        <translation>Set up Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="153"/>
        <source>Welkom bij Chinadossier</source>
        <translation>Welcome to Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="156"/>
        <source>Uw dossier van banden met Chinese partners: contactmomenten, besluiten, risico&apos;s en briefingsnotities op één plek. Eerst drie keuzes; alles is later te wijzigen.</source>
        <translation>Your case file of ties with Chinese partners: contact moments, decisions, risks and briefing memos in one place. Three choices first; everything can be changed later.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="163"/>
        <source>Voor welke gemeente of provincie werkt u?</source>
        <translation>Which municipality or province do you work for?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="164"/>
        <source>Eigen overheid *</source>
        <translation>Own authority *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="168"/>
        <source>Typ een naam of CBS-code, bijv. Rotterdam of GM0599</source>
        <translation>Type a name or CBS code, e.g. Rotterdam or GM0599</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="169"/>
        <source>Eigen overheid zoeken</source>
        <translation>Search own authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="173"/>
        <source>Gevonden gemeenten en provincies</source>
        <translation>Matching municipalities and provinces</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="177"/>
        <source>Nog geen overheid gekozen.</source>
        <translation>No authority chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="184"/>
        <source>Hoe wilt u beginnen?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="185"/>
        <source>Leeg dossier — begin met uw eigen gegevens; referentielijsten zijn al geladen</source>
        <translation>Empty case file — start with your own data; reference lists are already loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="187"/>
        <source>Met demogegevens — oefen met fictieve gegevens (gemarkeerd als fictief)</source>
        <translation>With demo data — practise with fictitious data (marked as fictitious)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="189"/>
        <source>Leeg dossier</source>
        <translation>Empty case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="190"/>
        <source>Met demogegevens</source>
        <translation>With demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="198"/>
        <source>Waar bewaart u het dossier?</source>
        <translation>Where do you keep the case file?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="199"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="204"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="205"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="206"/>
        <source>Gegevensmap wijzigen</source>
        <translation>Change data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="210"/>
        <source>Alleen op deze computer, geen clouddienst. Back-ups komen in de submap backups.</source>
        <translation>Only on this computer, no cloud service. Backups go into the backups subfolder.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="218"/>
        <source>Dossier wordt aangemaakt</source>
        <translation>Creating the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="228"/>
        <source>Later te wijzigen via Extra › Instellingen (Ctrl+,)</source>
        <translation>Can be changed later in Tools › Settings (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="230"/>
        <source>Dossier aanmaken</source>
        <translation>Create case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="236"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="274"/>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="274"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="275"/>
        <source>provincie {0}</source>
        <translation>province {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="298"/>
        <source>Gekozen: {0}</source>
        <translation>Chosen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="304"/>
        <source>Gegevensmap kiezen</source>
        <translation>Choose data folder</translation>
    </message>
</context>
</TS>
