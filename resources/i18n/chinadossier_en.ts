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
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="181"/>
        <source>IMPACT →</source>
        <translation>IMPACT →</translation>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="189"/>
        <source>De lijst van {0} komt in een volgende stap van deze versie. Het aantal in de zijbalk klopt al; zoeken kan via de opdrachtregel (chinadossier search).</source>
        <translation>The list of {0} comes in a next step of this version. The count in the sidebar is already correct; search is available on the command line (chinadossier search).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="202"/>
        <source>Briefingsnotities (memo&apos;s) maken en terugzien komt in een volgende stap van deze versie.</source>
        <translation>Making and reviewing briefing memos comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="206"/>
        <source>De Prullenbak (verwijderde records terugzetten) komt in een volgende stap van deze versie.</source>
        <translation>The recycle bin (restoring deleted records) comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="226"/>
        <source>Zoeken… (Ctrl+K)</source>
        <translation>Search… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="227"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="234"/>
        <source>Memo maken…</source>
        <translation>Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="235"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="403"/>
        <source>Memo maken</source>
        <translation>Make memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="237"/>
        <source>+ Contactmoment vastleggen (Ctrl+N)</source>
        <translation>+ Log contact moment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="239"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="394"/>
        <source>Contactmoment vastleggen</source>
        <translation>Log contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="257"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="260"/>
        <source>Demodossier · fictieve gegevens</source>
        <translation>Demo case file · fictitious data</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="267"/>
        <source>Standaard: {0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="294"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="295"/>
        <source>Contactmoment &amp;vastleggen…</source>
        <translation>&amp;Log contact moment…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="297"/>
        <source>&amp;Memo maken…</source>
        <translation>&amp;Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="299"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="327"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="302"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="306"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="307"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="310"/>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="311"/>
        <source>&amp;Filteren</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="314"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="323"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="325"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="326"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="328"/>
        <source>Gegevens&amp;map openen</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="330"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="331"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="336"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="337"/>
        <source>&amp;Over Chinadossier</source>
        <translation>&amp;About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="370"/>
        <source>Records openen komt met de lijstpagina&apos;s in een volgende stap.</source>
        <translation>Opening records comes with the list pages in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="376"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="385"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="410"/>
        <source>{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.</source>
        <translation>{0} is not available in this version yet; it comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="434"/>
        <source>Zoeken met resultaten tijdens het typen komt in een volgende stap.</source>
        <translation>Search with results while typing comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="494"/>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup made: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="506"/>
        <source>Back-up: nog geen</source>
        <translation>Backup: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="509"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="511"/>
        <source>Back-up: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="521"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="525"/>
        <source>Dossier controleren</source>
        <translation>Check case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="522"/>
        <source>Het dossier is in orde.</source>
        <translation>The case file is in order.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="523"/>
        <source>Er zijn problemen gevonden.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="538"/>
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
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="542"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="544"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="552"/>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="555"/>
        <source>Over Chinadossier</source>
        <translation>About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="553"/>
        <source>Chinadossier {0}
Het dossier van de banden van een Nederlandse gemeente of provincie met China.</source>
        <translation>Chinadossier {0}
The case file of a Dutch municipality&apos;s or province&apos;s ties with China.</translation>
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
        <source>{0} vervolgacties · {1} risicoreviews</source>
        <translation>{0} follow-up actions · {1} risk reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="448"/>
        <source>netto = na beheersmaatregelen</source>
        <translation>net = after measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="449"/>
        <source>bruto = voor beheersmaatregelen</source>
        <translation>gross = before measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="450"/>
        <source>{0} open risico&apos;s · {1} · matrix v{2}</source>
        <translation>{0} open risks · {1} · matrix v{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="463"/>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="464"/>
        <source>Vervolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="465"/>
        <source>Risicoreview</source>
        <translation>Risk review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="466"/>
        <source>Evaluatie band</source>
        <translation>Tie evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="467"/>
        <source>Einde band</source>
        <translation>Tie ends</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="473"/>
        <source>{0} dagen te laat</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="474"/>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="476"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="477"/>
        <source>over {0} dagen</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="477"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="486"/>
        <source>Niets achterstallig en niets binnenkort verwacht.</source>
        <translation>Nothing overdue and nothing due soon.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="522"/>
        <source>legde vast</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="523"/>
        <source>wijzigde</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="524"/>
        <source>verwijderde</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="525"/>
        <source>zette terug</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="526"/>
        <source>exporteerde</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="539"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="541"/>
        <source>gisteren {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="548"/>
        <source>Nog geen wijzigingen.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="575"/>
        <source>Risico&apos;s met kans {0} en impact {1} ({2})</source>
        <translation>Risks with likelihood {0} and impact {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="576"/>
        <source>netto</source>
        <translation>net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="576"/>
        <source>bruto</source>
        <translation>gross</translation>
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
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="108"/>
        <source>Chinadossier</source>
        <translation>Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="117"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="118"/>
        <source>Prullenbak en instellingen</source>
        <translation>Recycle bin and settings</translation>
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
