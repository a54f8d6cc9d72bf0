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
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="110"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="111"/>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="112"/>
        <source>Kolommen kiezen</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="413"/>
        <source>Tag toevoegen</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="414"/>
        <source>Tag voor {0} geselecteerde records:</source>
        <translation>Tag for {0} selected records:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="422"/>
        <source>Tag toegevoegd aan {0} records</source>
        <translation>Tag added to {0} records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="429"/>
        <source>{0} staat in de prullenbak</source>
        <translation>{0} is in the recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="432"/>
        <source>{0} records staan in de prullenbak</source>
        <translation>{0} records are in the recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="434"/>
        <source> · Ctrl+Z maakt het ongedaan</source>
        <translation> · Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="440"/>
        <source>Niet alles verwijderd</source>
        <translation>Not everything was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="458"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="459"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="460"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="461"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="462"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="463"/>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="464"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="470"/>
        <source>gesorteerd op datum, nieuwste eerst</source>
        <translation>sorted by date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="471"/>
        <source>gesorteerd op datum, oudste eerst</source>
        <translation>sorted by date, oldest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="472"/>
        <source>gesorteerd op naam</source>
        <translation>sorted by name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="473"/>
        <source>gesorteerd op startdatum, nieuwste eerst</source>
        <translation>sorted by start date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="474"/>
        <source>gesorteerd op netto score, hoogste eerst</source>
        <translation>sorted by net score, highest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="475"/>
        <source>gesorteerd op herbeoordeling, eerstvolgende eerst</source>
        <translation>sorted by review date, next first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="476"/>
        <source>gesorteerd op titel</source>
        <translation>sorted by title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="483"/>
        <source>{0} records</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="485"/>
        <source>{0}+ gevonden</source>
        <translation>{0}+ found</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="487"/>
        <source>{0} gevonden</source>
        <translation>{0} found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="455"/>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="446"/>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="336"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="369"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="339"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="343"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="349"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="352"/>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="353"/>
        <source>&amp;Filteren</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="356"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="365"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="367"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="368"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="370"/>
        <source>Gegevens&amp;map openen</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="372"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="373"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="377"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="378"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="379"/>
        <source>&amp;Over Chinadossier</source>
        <translation>&amp;About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="412"/>
        <source>Records openen komt met de lijstpagina&apos;s in een volgende stap.</source>
        <translation>Opening records comes with the list pages in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="418"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="432"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="423"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="437"/>
        <source>Dit soort record heeft geen formulier.</source>
        <translation>This kind of record has no form.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="462"/>
        <source>{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.</source>
        <translation>{0} is not available in this version yet; it comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="487"/>
        <source>Zoeken met resultaten tijdens het typen komt in een volgende stap.</source>
        <translation>Search with results while typing comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="547"/>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup made: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="559"/>
        <source>Back-up: nog geen</source>
        <translation>Backup: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="562"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="564"/>
        <source>Back-up: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="574"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="578"/>
        <source>Dossier controleren</source>
        <translation>Check case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="575"/>
        <source>Het dossier is in orde.</source>
        <translation>The case file is in order.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="576"/>
        <source>Er zijn problemen gevonden.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="591"/>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="595"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="597"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="605"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="608"/>
        <source>Over Chinadossier</source>
        <translation>About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="606"/>
        <source>Chinadossier {0}
Het dossier van de banden van een Nederlandse gemeente of provincie met China.</source>
        <translation>Chinadossier {0}
The case file of a Dutch municipality&apos;s or province&apos;s ties with China.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>anonimiseerde</source>
        <translation>anonymised</translation>
    </message>
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
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/record_table.py" line="193"/>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>This column cannot be sorted</translation>
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
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
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
<context>
    <name>AnonymiseButton</name>
    <message>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Persoonsgegevens definitief wissen (AVG)</source>
        <translation>Erase personal data for good (GDPR)</translation>
    </message>
    <message>
        <source>Persoon anonimiseren</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <source>Anonimiseren verwijdert de persoonsgegevens van {0} ({1}) definitief uit het dossierbestand: naam, Chinese naam, pinyin, aliassen, notities, e-mail, telefoon, adres, functies, politieke gegevens, bijlagen en koppelingen, en de oude waarden in het logboek en de zoekindex.

Contactmomenten, besluiten en risico&apos;s blijven en tonen &apos;geanonimiseerde persoon&apos;. Het wisregister legt vast dát (niet wat) er gewist is, zodat het ook na het terugzetten van een oudere back-up weer gebeurt. Oudere back-ups bevatten de gegevens tot ze worden opgeruimd.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Anonymising removes the personal data of {0} ({1}) from the case file for good: name, Chinese name, pinyin, aliases, notes, e-mail, telephone, address, posts, political facts, attachments and links, and the old values in the log and the search index.

Contact moments, decisions and risks stay and show &apos;geanonimiseerde persoon&apos; (anonymised person). The erasure ledger records that (not what) was erased, so it happens again after an older backup is restored. Older backups hold the data until they are rotated out.

This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonimiseren bevestigen</source>
        <translation>Confirm anonymising</translation>
    </message>
    <message>
        <source>{0} is geanonimiseerd.</source>
        <translation>{0} has been anonymised.</translation>
    </message>
</context>
<context>
    <name>BackupFolderEditor</name>
    <message>
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Back-upmap kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Standaard back-upmap gebruiken</source>
        <translation>Use the default backup folder</translation>
    </message>
    <message>
        <source>Automatische back-ups: bij het starten (als de laatste ouder is dan 24 uur) en vóór bijwerken, importeren, samenvoegen, terugzetten en verwijderen van meerdere records. Bewaard: de laatste {0} dagen, {1} weken en {2} maanden; back-ups die u zelf maakt blijven altijd.</source>
        <translation>Automatic backups: at start-up (when the last one is older than 24 hours) and before upgrading, importing, merging, restoring and deleting several records. Kept: the last {0} days, {1} weeks and {2} months; backups you make yourself are always kept.</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>De automatische back-up is niet gelukt: {0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>Geen automatische back-up: {0}</source>
        <translation>No automatic backup: {0}</translation>
    </message>
    <message>
        <source>Automatische back-up gemaakt: {0}</source>
        <translation>Automatic backup made: {0}</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd: {0}</source>
        <translation>Backup made and verified: {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Kies de back-up die u wilt terugzetten. Het huidige dossier wordt eerst als veiligheidskopie bewaard in {0}; personen die zijn geanonimiseerd, worden in de teruggezette back-up opnieuw geanonimiseerd.</source>
        <translation>Choose the backup to restore. The current case file is first kept as a safety copy in {0}; persons who were anonymised are anonymised again in the restored backup.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Gecontroleerd</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back-ups zoeken…</source>
        <translation>Looking for backups…</translation>
    </message>
    <message>
        <source>Toestand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voortgang van het terugzetten</source>
        <translation>Restore progress</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Gekozen back-up terugzetten</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{0} back-ups in {1}.</source>
        <translation>{0} backups in {1}.</translation>
    </message>
    <message>
        <source>Er zijn nog geen back-ups van dit dossier in {0}.</source>
        <translation>There are no backups of this case file in {0} yet.</translation>
    </message>
    <message>
        <source>De back-up van {0} vervangt de inhoud van het dossier. Wat sindsdien is vastgelegd, staat daarna alleen nog in de veiligheidskopie, die eerst wordt gemaakt in {1}.

Doorgaan?</source>
        <translation>The backup of {0} replaces the contents of the case file. What was recorded since will then only be in the safety copy, which is made first in {1}.

Continue?</translation>
    </message>
    <message>
        <source>Terugzetten bevestigen</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>De back-up van {0} is nu geladen.</source>
        <translation>The backup of {0} is now loaded.</translation>
    </message>
    <message>
        <source>Het dossier van vóór het terugzetten is bewaard als {0}.</source>
        <translation>The case file as it was before the restore is kept as {0}.</translation>
    </message>
    <message>
        <source>{0} geanonimiseerde persoon/personen opnieuw geanonimiseerd.</source>
        <translation>{0} anonymised person(s) anonymised again.</translation>
    </message>
    <message>
        <source>Let op: de controle van het teruggezette dossier vond problemen (Dossier → Controleren).</source>
        <translation>Note: the check of the restored case file found problems (Case file → Check).</translation>
    </message>
    <message>
        <source>Het terugzetten is mislukt; het dossier is niet gewijzigd.</source>
        <translation>The restore failed; the case file was not changed.</translation>
    </message>
</context>
</TS>
