<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="201"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="300"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="203"/>
        <source>Ons</source>
        <translation>Ours</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="203"/>
        <source>Hun</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="211"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="176"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="212"/>
        <source>Gekoppelde band</source>
        <translation>Linked tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="213"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="217"/>
        <source>Geschenken en gastvrijheid</source>
        <translation>Gifts and hospitality</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="223"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="292"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="201"/>
        <source>Overheid</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="224"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="174"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="199"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="225"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="253"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="171"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="196"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="220"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="258"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="327"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="226"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="313"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="197"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="296"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="227"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="203"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="228"/>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="229"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="232"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="205"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="234"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="258"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="280"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="299"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="324"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="339"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="235"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="325"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="251"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="263"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="218"/>
        <source>Hanzi en pinyin</source>
        <translation>Hanzi and pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="252"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="224"/>
        <source>Engelse naam</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="254"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="184"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="221"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="255"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="256"/>
        <source>Andere namen</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="258"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="283"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="339"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="264"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="246"/>
        <source>Andere schrijfwijzen</source>
        <translation>Other spellings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="281"/>
        <source>Functies</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="282"/>
        <source>Politieke feiten</source>
        <translation>Political facts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="293"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="260"/>
        <source>Orgaan</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="294"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="261"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="295"/>
        <source>Stemmen voor – tegen</source>
        <translation>Votes for – against</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="296"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="262"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="301"/>
        <source>Gekoppeld</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="307"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="292"/>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="308"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="291"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="309"/>
        <source>Bruto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="310"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="311"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="298"/>
        <source>Behandeling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="312"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="300"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="314"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="293"/>
        <source>Herbeoordeling</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="315"/>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="319"/>
        <source>bruto {b}, netto {n} (matrix v{v})</source>
        <translation>gross {b}, net {n} (matrix v{v})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="326"/>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="327"/>
        <source>Beoordelingen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="334"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="313"/>
        <source>Uitgever</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="335"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="316"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="336"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="314"/>
        <source>Verschenen</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="337"/>
        <source>Geraadpleegd</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="351"/>
        <source>{n} dagen te laat</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="357"/>
        <source>Vervolgacties · {n} open</source>
        <translation>Follow-up actions · {n} open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="389"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="429"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="429"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="492"/>
        <source>(waarden gewist)</source>
        <translation>(values erased)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="504"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="535"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="80"/>
        <source>Classificatie</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="89"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="328"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="94"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="99"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="155"/>
        <source>Geen open vervolgacties</source>
        <translation>No open follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="156"/>
        <source>{0} open vervolgacties</source>
        <translation>{0} open follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="157"/>
        <source>1 open vervolgactie</source>
        <translation>1 open follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="159"/>
        <source>eerstvolgende {0}</source>
        <translation>next {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="161"/>
        <source>{0} te laat</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="168"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="256"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="173"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="180"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="182"/>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="194"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="216"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="242"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="244"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="259"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="290"/>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="311"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="282"/>
        <source>Herbeoordeling verlopen sinds {0}</source>
        <translation>Review overdue since {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="288"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="329"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="330"/>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="364"/>
        <source>Nog geen record citeert deze bron.</source>
        <translation>No record cites this source yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="365"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="374"/>
        <source>Geciteerd door</source>
        <translation>Cited by</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/columns.py" line="108"/>
        <source>{0} (verwijderd)</source>
        <translation>{0} (deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/delete_links.py" line="75"/>
        <source>{0} naar de prullenbak verplaatsen?</source>
        <translation>Move {0} to the bin?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/delete_links.py" line="76"/>
        <source>Dit record naar de prullenbak verplaatsen?</source>
        <translation>Move this record to the bin?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/delete_links.py" line="79"/>
        <source>{0} is gekoppeld aan {1}</source>
        <translation>{0} is linked to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/delete_links.py" line="81"/>
        <source>Die records blijven bestaan en tonen de koppeling als verwijderd. Ctrl+Z maakt het verwijderen ongedaan.</source>
        <translation>Those records remain and show the link as deleted. Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="38"/>
        <source>dit dossier is al geopend in een ander venster</source>
        <translation>this case file is already open in another window</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="68"/>
        <source>proces {0} op {1}</source>
        <translation>process {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="81"/>
        <source>Dossier al geopend</source>
        <translation>Case file already open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="82"/>
        <source>Dit dossier is al geopend in een ander venster.</source>
        <translation>This case file is already open in another window.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="83"/>
        <source>Twee vensters die allebei wijzigen, tonen elkaars wijzigingen pas na Vernieuwen (F5). Open het hier alleen-lezend om te kijken en te zoeken, of sluit het andere venster eerst.</source>
        <translation>Two windows that both make changes only show each other&apos;s changes after Refresh (F5). Open it read-only here to look and search, or close the other window first.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="87"/>
        <source>(Geopend door {0}.)</source>
        <translation>(Opened by {0}.)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="89"/>
        <source>Alleen lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="90"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/case_file_lock.py" line="91"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window_title.py" line="24"/>
        <source>demodossier</source>
        <translation>demo case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window_title.py" line="26"/>
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="42"/>
        <source>aanmaken van {0}</source>
        <translation>creating {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="46"/>
        <source>Aanmaken van {0} ongedaan gemaakt; het staat in de prullenbak</source>
        <translation>Creating {0} undone; it is in the Recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="62"/>
        <source>wijziging van {0}</source>
        <translation>change to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="66"/>
        <source>Wijziging van {0} ongedaan gemaakt</source>
        <translation>Change to {0} undone</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="82"/>
        <source>tag &apos;{0}&apos; bij {1}</source>
        <translation>tag &apos;{0}&apos; on {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_steps.py" line="86"/>
        <source>Tag &apos;{0}&apos; weggehaald bij {1}</source>
        <translation>Tag &apos;{0}&apos; removed from {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="170"/>
        <source>Netto {score} · herbeoordeling {date}</source>
        <translation>Net {score} · review {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="455"/>
        <source>toegevoegd: {items}</source>
        <translation>added: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="457"/>
        <source>verwijderd: {items}</source>
        <translation>removed: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_words.py" line="22"/>
        <source>aanmaken (naar de prullenbak)</source>
        <translation>creation (moved to the recycle bin)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_words.py" line="23"/>
        <source>wijziging</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_words.py" line="24"/>
        <source>tag toevoegen</source>
        <translation>adding a tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_words.py" line="25"/>
        <source>verwijderen (teruggezet)</source>
        <translation>deletion (restored)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo_words.py" line="27"/>
        <source>Ongedaan gemaakt: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="245"/>
        <source>vanaf {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="193"/>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="246"/>
        <source>tot {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="183"/>
        <source>Beëindigd, datum onbekend</source>
        <translation>Ended, date unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="185"/>
        <source>Beëindigd op {0}</source>
        <translation>Ended on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="185"/>
        <source>Beëindigd in {0}</source>
        <translation>Ended in {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="188"/>
        <source>sinds {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="190"/>
        <source>overeenkomst {0}</source>
        <translation>agreement {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="230"/>
        <source>Looptijd</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="231"/>
        <source>Verlengd</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_html.py" line="195"/>
        <source>Status onbekend</source>
        <translation>Status unknown</translation>
    </message>
</context>
<context>
    <name>AccessExportAction</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/access_dialog.py" line="58"/>
        <source>Inzageverzoek exporteren</source>
        <translation>Export access request</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/access_dialog.py" line="59"/>
        <source>PDF en JSON (*.pdf)</source>
        <translation>PDF and JSON (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/access_dialog.py" line="68"/>
        <source>Inzageverzoek opgeslagen:
{0}</source>
        <translation>Access request saved:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/access_dialog.py" line="76"/>
        <source>Inzageverzoek</source>
        <translation>Access request</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="451"/>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="452"/>
        <source>Actie bewerken</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="458"/>
        <source>Actie *</source>
        <translation>Action *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="458"/>
        <source>Bijv. Conceptevaluatie naar Xinghe sturen</source>
        <translation>E.g. Send draft evaluation to Xinghe</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="460"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="461"/>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="463"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="464"/>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="465"/>
        <source>Contactmoment</source>
        <translation>Contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="466"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="126"/>
        <source>+ Actie toevoegen</source>
        <translation>+ Add action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="126"/>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="136"/>
        <source>Bestaande vervolgacties</source>
        <translation>Existing follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="156"/>
        <source>Wat moet er gebeuren?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="157"/>
        <source>Actie {0}: wat</source>
        <translation>Action {0}: what</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="172"/>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="171"/>
        <source>Actie {0} verwijderen</source>
        <translation>Remove action {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="164"/>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="167"/>
        <source>Actie {0}: eigenaar</source>
        <translation>Action {0}: owner</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="166"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="169"/>
        <source>Actie {0}: uiterste datum</source>
        <translation>Action {0}: due date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="216"/>
        <source>is verplicht</source>
        <translation>is required</translation>
    </message>
</context>
<context>
    <name>AnonymiseButton</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="23"/>
        <source>Anonimiseren…</source>
        <extracomment>The name an anonymised person shows (services.anonymise.ANONYMISED_NAME; not imported here so the detail pane does not load the database layer).</extracomment>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="24"/>
        <source>Persoonsgegevens definitief wissen (AVG)</source>
        <translation>Erase personal data for good (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="25"/>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="49"/>
        <source>Persoon anonimiseren</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="50"/>
        <source>Anonimiseren verwijdert de persoonsgegevens van {0} ({1}) definitief uit het dossierbestand: naam, Chinese naam, pinyin, aliassen, notities, e-mail, telefoon, adres, functies, politieke gegevens, bijlagen en koppelingen, en de oude waarden in het logboek en de zoekindex.

Contactmomenten, besluiten en risico&apos;s blijven en tonen &apos;geanonimiseerde persoon&apos;. Het wisregister legt vast dát (niet wat) er gewist is, zodat het ook na het terugzetten van een oudere back-up weer gebeurt. Oudere back-ups bevatten de gegevens tot ze worden opgeruimd.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Anonymising removes the personal data of {0} ({1}) from the case file for good: name, Chinese name, pinyin, aliases, notes, e-mail, telephone, address, posts, political facts, attachments and links, and the old values in the log and the search index.

Contact moments, decisions and risks stay and show &apos;geanonimiseerde persoon&apos; (anonymised person). The erasure ledger records that (not what) was erased, so it happens again after an older backup is restored. Older backups hold the data until they are rotated out.

This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="62"/>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="90"/>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="63"/>
        <source>Anonimiseren bevestigen</source>
        <translation>Confirm anonymising</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="87"/>
        <source>{0} is geanonimiseerd.</source>
        <translation>{0} has been anonymised.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/anonymise_action.py" line="74"/>
        <source>Anonimiseren en oude gegevens uit het bestand wissen…</source>
        <translation>Anonymising and erasing old data from the file…</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="63"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="69"/>
        <source>Bestand toevoegen…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="70"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="71"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="98"/>
        <source>{0}  ·  wordt toegevoegd bij opslaan</source>
        <translation>{0}  ·  added on save</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="104"/>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="173"/>
        <source>De bijlage kon niet worden verwerkt.</source>
        <translation>The attachment could not be processed.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/attachments.py" line="174"/>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="681"/>
        <source>Nieuwe gemeente of provincie</source>
        <translation>New municipality or province</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="682"/>
        <source>Gemeente of provincie bewerken</source>
        <translation>Edit municipality or province</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="689"/>
        <source>CBS-code *</source>
        <translation>CBS code *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="689"/>
        <source>GM0599 of PV28</source>
        <translation>GM0599 or PV28</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="690"/>
        <source>Soort *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="691"/>
        <source>Naam (CBS) *</source>
        <translation>Name (CBS) *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="692"/>
        <source>Gangbare naam</source>
        <translation>Common name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="694"/>
        <source>Provincie (code)</source>
        <translation>Province (code)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="695"/>
        <source>Opgeheven op</source>
        <translation>Dissolved on</translation>
    </message>
</context>
<context>
    <name>AuthorityPicker</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="206"/>
        <source>Typ een naam of CBS-code, bijv. Rotterdam of GM0599</source>
        <translation>Type a name or CBS code, e.g. Rotterdam or GM0599</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="207"/>
        <source>Eigen overheid zoeken</source>
        <translation>Search own authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="210"/>
        <source>Gevonden gemeenten en provincies</source>
        <translation>Matching municipalities and provinces</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="220"/>
        <source>Meerdere overheden heten zo; kies er een uit de lijst.</source>
        <translation>Several authorities have this name; pick one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="223"/>
        <source>Nog geen overheid gekozen.</source>
        <translation>No authority chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="252"/>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="252"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="253"/>
        <source>provincie {0}</source>
        <translation>province {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="266"/>
        <source>Provincie {0}</source>
        <translation>Province of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="267"/>
        <source>{0} (gemeente)</source>
        <translation>{0} (municipality)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/authority_picker.py" line="329"/>
        <source>Gekozen: {0}</source>
        <translation>Chosen: {0}</translation>
    </message>
</context>
<context>
    <name>BackupFolderEditor</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="378"/>
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="380"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="381"/>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="414"/>
        <source>Back-upmap kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="383"/>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="384"/>
        <source>Standaard back-upmap gebruiken</source>
        <translation>Use the default backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="403"/>
        <source>Automatische back-ups: bij het starten (als de laatste ouder is dan 24 uur) en vóór bijwerken, importeren, samenvoegen, terugzetten en verwijderen van meerdere records. Bewaard: alles van de laatste {3} uur, en de laatste {0} dagen, {1} weken en {2} maanden; back-ups die u zelf maakt blijven altijd.</source>
        <translation>Automatic backups: at start-up (when the last one is older than 24 hours) and before upgrading, importing, merging, restoring and deleting several records. Kept: everything of the last {3} hours, and the last {0} days, {1} weeks and {2} months; backups you make yourself are always kept.</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="101"/>
        <source>De automatische back-up is niet gelukt: {0}</source>
        <extracomment>The start-up backup waits this long, so it never competes with the window&apos;s first paint.</extracomment>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="108"/>
        <source>Geen automatische back-up: {0}</source>
        <translation>No automatic backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="111"/>
        <source>Automatische back-up gemaakt: {0}</source>
        <translation>Automatic backup made: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="128"/>
        <source>Back-up gemaakt en gecontroleerd: {0}</source>
        <translation>Backup made and verified: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="133"/>
        <source>Back-up afgebroken; er is geen back-up gemaakt.</source>
        <translation>Backup cancelled; no backup was made.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="135"/>
        <source>Back-up maken</source>
        <translation>Make backup</translation>
    </message>
</context>
<context>
    <name>CaseSettingsDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="45"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="46"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="51"/>
        <source>Dit dossier wijzigen</source>
        <translation>Change this case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="60"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="67"/>
        <source>Standaardclassificatie</source>
        <translation>Default classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="66"/>
        <source>Eigen overheid</source>
        <translation>Own authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="73"/>
        <source>Wat de wijziging betekent</source>
        <translation>What the change means</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="82"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="84"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="85"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="86"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="124"/>
        <source>Titel, statusbalk, Overzicht en nieuwe records gaan uit van {0}.</source>
        <translation>Title, status bar, Overview and new records will use {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="128"/>
        <source>Wat al over {0} is vastgelegd blijft bij {0} staan: {1} banden, {2} besluiten, {3} contactmomenten en {4} personen met een functie daar. Het Overzicht telt voortaan de banden en besluiten van {5}.</source>
        <translation>What is recorded about {0} stays with {0}: {1} ties, {2} decisions, {3} contact moments and {4} persons with a post there. From now on the Overview counts the ties and decisions of {5}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="135"/>
        <source>Het aantal zetels ({0}) hoort bij de raad van {1} en wordt gewist.</source>
        <translation>The number of seats ({0}) belongs to the council of {1} and is cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="139"/>
        <source>Nieuwe records krijgen standaard de classificatie {0}; bestaande records houden hun eigen classificatie.</source>
        <translation>New records get the classification {0} by default; existing records keep their own classification.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="142"/>
        <source>Kies een andere overheid of classificatie.</source>
        <translation>Choose another authority or classification.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/case_settings_dialog.py" line="143"/>
        <source>De wijziging komt met oude en nieuwe waarde in het logboek.</source>
        <translation>The change is logged in the audit trail with its old and new value.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/chips.py" line="65"/>
        <location filename="../../desktop/chinadossier/ui/widgets/chips.py" line="66"/>
        <source>{0} verwijderen</source>
        <extracomment>Widest label in pixels before it is elided (&quot;…&quot;).</extracomment>
        <translation>Remove {0}</translation>
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
        <location filename="../../desktop/chinadossier/ui/dialogs/conflict_dialog.py" line="118"/>
        <source>Laatste wijziging: {0}.</source>
        <translation>Last change: {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="503"/>
        <source>Besluit vastleggen</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="504"/>
        <source>Besluit bewerken</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="510"/>
        <source>Onderwerp *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="510"/>
        <source>Bijv. Motie beëindiging stedenband</source>
        <translation>E.g. Motion to end the twinning</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="512"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="513"/>
        <source>Soort *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="515"/>
        <source>Orgaan *</source>
        <translation>Body *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="516"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="517"/>
        <source>Nederlandse overheid *</source>
        <translation>Dutch authority *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="519"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="520"/>
        <source>Stemmen voor</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="521"/>
        <source>Stemmen tegen</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="522"/>
        <source>Gaat over</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="523"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/app.py" line="254"/>
        <source>Dossier openen…</source>
        <translation>Opening case file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/app.py" line="393"/>
        <source>Dossier geweigerd</source>
        <translation>Case file refused</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="66"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="67"/>
        <source>Bewerken (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="68"/>
        <source>Record bewerken</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="81"/>
        <source>Details van het record</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="89"/>
        <source>Kies een record in de lijst om het hier te zien.</source>
        <translation>Choose a record in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/detail/detail_pane.py" line="209"/>
        <source>Dit record kon niet worden gelezen: {0}</source>
        <translation>This record could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>DuplicateChoices</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="34"/>
        <source>overslaan</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="35"/>
        <source>als nieuw toevoegen</source>
        <translation>add as new</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="36"/>
        <source>samenvoegen</source>
        <translation>merge</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="100"/>
        <source>Mogelijk dubbele rij</source>
        <translation>Possible duplicate row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="101"/>
        <source>Sa&amp;menvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="102"/>
        <source>Rij samenvoegen met het bestaande record</source>
        <translation>Merge the row into the existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="104"/>
        <source>Als &amp;nieuw toevoegen</source>
        <translation>Add as &amp;new</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="105"/>
        <source>Rij als nieuw record toevoegen</source>
        <translation>Add the row as a new record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="107"/>
        <source>Over&amp;slaan</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="108"/>
        <source>Rij niet importeren</source>
        <translation>Do not import the row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="120"/>
        <source>Records die één lijken</source>
        <translation>Records that appear to be one</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="121"/>
        <source>&amp;Deze twee samenvoegen…</source>
        <translation>Merge &amp;these two…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="123"/>
        <source>De twee bestaande records samenvoegen (met back-up, ongedaan te maken)</source>
        <translation>Merge the two existing records (with a backup, can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="168"/>
        <source>Rij {0} ({1}) lijkt op {2}. Nu gekozen: {3}.</source>
        <translation>Row {0} ({1}) resembles {2}. Chosen now: {3}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="231"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="232"/>
        <source>Mogelijke dubbelen</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="236"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="238"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="239"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="240"/>
        <source>Soort records</source>
        <translation>Kind of records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="247"/>
        <source>Eerder samengevoegd &amp;nummer:</source>
        <translation>Earlier merged &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="249"/>
        <source>bijv. PER-0007</source>
        <translation>e.g. PER-0007</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="250"/>
        <source>Nummer van een samengevoegd record</source>
        <translation>Number of a merged record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="253"/>
        <source>&amp;Terugdraaien</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="255"/>
        <source>Samenvoegen van dit nummer ongedaan maken</source>
        <translation>Undo the merge of this number</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="264"/>
        <source>Overeenkomst</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="264"/>
        <source>Record A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="264"/>
        <source>Record B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="265"/>
        <source>Paren die waarschijnlijk hetzelfde zijn</source>
        <translation>Pairs that are probably the same</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="279"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="282"/>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="284"/>
        <source>Geselecteerd paar samenvoegen</source>
        <translation>Merge the selected pair</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="287"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="288"/>
        <source>Laatste samenvoegen ongedaan maken</source>
        <translation>Undo the last merge</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="292"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="293"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="305"/>
        <source>Zoeken naar mogelijke dubbelen…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="319"/>
        <source>{0} mogelijke dubbelen.</source>
        <translation>{0} possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="320"/>
        <source>Geen mogelijke dubbelen gevonden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="344"/>
        <source>{0} is samengevoegd met {1}.</source>
        <translation>{0} was merged into {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="360"/>
        <source>Typ het nummer van het samengevoegde record.</source>
        <translation>Type the number of the merged record.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="373"/>
        <source>Samenvoegen ongedaan gemaakt: {0} en {1} zijn weer zoals ervoor.</source>
        <translation>Merge undone: {0} and {1} are as they were before.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="33"/>
        <source>Details staan in het logbestand {0}.</source>
        <translation>Details are in the log file {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="84"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="26"/>
        <source>Het dossier kon niet goed worden gelezen. Er is niets half opgeslagen. Probeer het opnieuw; lukt het dan nog niet, sluit Chinadossier, open het opnieuw en controleer het dossier met &apos;chinadossier check&apos;.</source>
        <translation>The case file could not be read properly. Nothing was half saved. Try again; if it still fails, close Chinadossier, open it again and check the case file with &apos;chinadossier check&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/error_dialog.py" line="31"/>
        <source>Er ging iets mis. Er is niets half opgeslagen.</source>
        <translation>Something went wrong. Nothing was half saved.</translation>
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
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="63"/>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="106"/>
        <source>{0} exporteren</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="100"/>
        <source> (hoogste classificatie: {0})</source>
        <translation> (highest classification: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="102"/>
        <source>{0} {1} geëxporteerd naar {2}{3}.</source>
        <translation>{0} {1} exported to {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="119"/>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="142"/>
        <source>Hele dossier exporteren (JSON)</source>
        <translation>Export the whole case file (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="121"/>
        <source>JSON-export (*.json)</source>
        <translation>JSON export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/export_actions.py" line="138"/>
        <source>Dossier geëxporteerd naar {0}: {1} records.</source>
        <translation>Case file exported to {0}: {1} records.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="21"/>
        <source>is verplicht</source>
        <extracomment>key → the Dutch template (the source text of the translation).</extracomment>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="22"/>
        <source>is verplicht; kies er een</source>
        <translation>is required; choose one</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="23"/>
        <source>moet tekst zijn</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="24"/>
        <source>moet een geheel getal zijn</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="25"/>
        <source>moet ja of nee zijn</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="26"/>
        <source>moet een datum zijn</source>
        <translation>must be a date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="27"/>
        <source>moet een tijd zijn</source>
        <translation>must be a time</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="28"/>
        <source>moet een (onvolledige) datum zijn</source>
        <translation>must be a (partial) date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="30"/>
        <source>moet een plaatselijke tijd zonder tijdzone zijn</source>
        <translation>must be a local time without a time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="31"/>
        <source>ligt buiten 1900–2200</source>
        <translation>is outside 1900–2200</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="32"/>
        <source>ligt buiten de jaren {low}–{high}</source>
        <translation>is outside the years {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="33"/>
        <source>ligt vóór de begindatum</source>
        <translation>is before the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="35"/>
        <source>ligt in de toekomst</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="37"/>
        <source>moet een webadres zijn dat begint met http:// of https://</source>
        <translation>must be a web address starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="38"/>
        <source>moet beginnen met http:// of https://</source>
        <translation>must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="39"/>
        <source>moet een bedrag in hele centen zijn</source>
        <translation>must be an amount in whole cents</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="40"/>
        <source>mag niet negatief zijn</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="41"/>
        <source>is onwaarschijnlijk hoog</source>
        <translation>is implausibly high</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="42"/>
        <source>moet een geheel getal van 0 of meer zijn</source>
        <translation>must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="44"/>
        <source>moet een geheel getal van 1 tot en met 5 zijn</source>
        <translation>must be a whole number from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="46"/>
        <source>verwijst naar een record dat niet bestaat</source>
        <translation>refers to a record that does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="48"/>
        <source>verwijst naar een verwijderd record; zet het eerst terug</source>
        <translation>refers to a deleted record; restore it first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="49"/>
        <source>staat al in de lijst</source>
        <translation>is already in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="51"/>
        <source>is te lang: mag hoogstens {max} tekens bevatten (nu {now})</source>
        <translation>is too long: at most {max} characters (now {now})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="53"/>
        <source>bevat een regeleinde ({where}); dit veld moet op één regel passen</source>
        <translation>contains a line break ({where}); this field must fit on one line</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="54"/>
        <source>bevat een tab ({where}); gebruik een gewone spatie</source>
        <translation>contains a tab ({where}); use an ordinary space</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="56"/>
        <source>bevat een onzichtbaar stuurteken ({where}); verwijder het</source>
        <translation>contains an invisible control character ({where}); remove it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="57"/>
        <source>kies een richting</source>
        <translation>choose a direction</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="58"/>
        <source>kies een soort contactmoment</source>
        <translation>choose a kind of contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="59"/>
        <source>kies een status</source>
        <translation>choose a status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="60"/>
        <source>kies een soort band</source>
        <translation>choose a kind of tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="61"/>
        <source>kies een soort organisatie</source>
        <translation>choose a kind of organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="62"/>
        <source>kies een soort besluit</source>
        <translation>choose a kind of decision</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="63"/>
        <source>kies een orgaan</source>
        <translation>choose a body</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="64"/>
        <source>kies een uitkomst</source>
        <translation>choose an outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="65"/>
        <source>kies onze kant of hun kant</source>
        <translation>choose our side or their side</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="66"/>
        <source>kies een waarde uit de lijst</source>
        <translation>choose a value from the list</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="67"/>
        <source>hoogstens {n} trefwoorden per record</source>
        <translation>at most {n} tags per record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="69"/>
        <source>is verplicht als het record vernietigd moet worden</source>
        <translation>is required when the record is to be destroyed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="82"/>
        <source>positie {0}</source>
        <translation>position {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="83"/>
        <source>regel {0}, positie {1}</source>
        <translation>line {0}, position {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_messages.py" line="34"/>
        <source>ligt vóór de ondertekening ({date})</source>
        <translation>lies before the signing ({date})</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="41"/>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="42"/>
        <source>Een CSV-bestand (puntkomma of komma) of een Excel-werkmap (.xlsx) met organisaties, personen, contactmomenten of andere records. Er wordt nog niets geïmporteerd.</source>
        <translation>A CSV file (semicolon or comma) or an Excel workbook (.xlsx) with organisations, persons, contact moments or other records. Nothing is imported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="47"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="86"/>
        <source>Bestand om te importeren</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="48"/>
        <source>Pad naar een .csv- of .xlsx-bestand</source>
        <translation>Path to a .csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="50"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="51"/>
        <source>Bestand zoeken</source>
        <translation>Find a file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="54"/>
        <source>Tekenset van een CSV-bestand</source>
        <translation>Character set of a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="62"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="66"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="69"/>
        <source>&amp;Tekenset (CSV)</source>
        <translation>&amp;Character set (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="87"/>
        <source>Lijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="101"/>
        <source>{0} bestaat niet of is geen bestand.</source>
        <translation>{0} does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="107"/>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="147"/>
        <source>Dit bestand kan niet worden gelezen: {0}</source>
        <translation>This file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="108"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="139"/>
        <source>Bestand lezen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="108"/>
        <source>Rijen lezen</source>
        <translation>Reading the rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="108"/>
        <source>Werkbladen tellen</source>
        <translation>Counting the sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_file_page.py" line="136"/>
        <source>Afgebroken; er is niets ingelezen.</source>
        <translation>Cancelled; nothing was read.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="77"/>
        <source>Deze lijst kan hier nog niet op filteren</source>
        <translation>This list cannot filter on this yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="81"/>
        <source>Filter op tekst… (Ctrl+F)</source>
        <translation>Filter by text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="82"/>
        <source>Filter op tekst</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="91"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="98"/>
        <source>Filter op {0}</source>
        <translation>Filter by {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="103"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="104"/>
        <source>Laatste 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="105"/>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="106"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="107"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="111"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="244"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="114"/>
        <source>Classificatie</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="117"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="245"/>
        <source>Filter op classificatie</source>
        <translation>Filter by classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="120"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="121"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="122"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="239"/>
        <source>Filter op tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="127"/>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="130"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="195"/>
        <source>{0}× gebruikt</source>
        <translation>used {0}×</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/filter_bar.py" line="242"/>
        <source>Tag: {0}</source>
        <translation>Tag: {0}</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/error_display.py" line="62"/>
        <source>Niet opgeslagen: controleer de gemarkeerde velden.</source>
        <extracomment>First words of a message that is a bare predicate (&quot;is verplicht&quot;, &quot;must be a date&quot;): the field&apos;s label goes before it as the subject. Any other lower-case message (&quot;een band die … eindigde kan niet actief zijn&quot;, &quot;kies een richting&quot;) gets the label and a colon (#8).</extracomment>
        <translation>Not saved: check the marked fields.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="149"/>
        <source>Hanzi</source>
        <translation>Hanzi</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="150"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="172"/>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="173"/>
        <source>E-mailadressen (één per regel)</source>
        <translation>E-mail addresses (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="174"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="175"/>
        <source>Telefoonnummers (één per regel)</source>
        <translation>Telephone numbers (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="178"/>
        <source>Postadressen (lege regel tussen twee adressen)</source>
        <translation>Postal addresses (blank line between two addresses)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="179"/>
        <source>Straat 1
1234 AB Plaats</source>
        <translation>Street 1
1234 AB Town</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="186"/>
        <source>Classificatie</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="188"/>
        <source>Classificatie *</source>
        <translation>Classification *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="190"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="191"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="192"/>
        <source>Zoek een bron of voeg er een toe…</source>
        <translation>Search for a source or add one…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="195"/>
        <source>Vindplaats: pagina, URL of paragraaf</source>
        <translation>Locator: page, URL or section</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="196"/>
        <source>Vindplaats in {0}</source>
        <translation>Locator in {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="201"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="203"/>
        <source>Bewaren (Archiefwet)</source>
        <translation>Retention (Archives Act)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_builders.py" line="204"/>
        <source>Vernietigen na</source>
        <translation>Destroy after</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/unsaved_guard.py" line="86"/>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/unsaved_guard.py" line="88"/>
        <source>U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?</source>
        <translation>You have changes that have not been saved. Do you want to discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/unsaved_guard.py" line="89"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/unsaved_guard.py" line="90"/>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>FormSaving</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/saving.py" line="56"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/saving.py" line="71"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/saving.py" line="80"/>
        <source>Er ging iets mis bij het opslaan; er is niets opgeslagen. Uw invoer staat er nog.</source>
        <translation>Something went wrong while saving; nothing was saved. Your input is still there.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/saving.py" line="95"/>
        <source>{0} is intussen gewijzigd. Uw invoer staat er nog; opslaan vervangt de nieuwe versie.</source>
        <translation>{0} has been changed in the meantime. Your input is still there; saving replaces the newer version.</translation>
    </message>
</context>
<context>
    <name>FormValues</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/field_values.py" line="64"/>
        <source>&apos;{0}&apos; is geen bedrag; typ bijvoorbeeld 125,50</source>
        <translation>&apos;{0}&apos; is not an amount; type for example 125,50</translation>
    </message>
</context>
<context>
    <name>HanziPinyin</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/hanzi.py" line="41"/>
        <source>wordt afgeleid van de Hanzi</source>
        <translation>derived from the Hanzi</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="63"/>
        <source>Risicomatrix kans × impact</source>
        <translation>Risk matrix likelihood × impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="98"/>
        <source>Kans {0}, impact {1}: {2} risico&apos;s. Pijltjestoetsen verplaatsen, Enter toont de risico&apos;s in deze cel.</source>
        <translation>Likelihood {0}, impact {1}: {2} risks. Arrow keys move, Enter shows the risks in this cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="162"/>
        <source>KANS ↑</source>
        <translation>LIKELIHOOD ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/heatmap.py" line="203"/>
        <source>IMPACT →</source>
        <translation>IMPACT →</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="51"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="52"/>
        <source>Importeren uit CSV of Excel</source>
        <translation>Import from CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="57"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="58"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="59"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="60"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="128"/>
        <source>Het bestand opnieuw controleren…</source>
        <translation>Checking the file again…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="147"/>
        <source>Afgebroken. Er zijn records samengevoegd, dus dit voorbeeld is niet meer actueel: ga met Vorige terug en met Volgende weer hierheen om het bestand opnieuw te controleren.</source>
        <translation>Cancelled. Records were merged, so this preview is out of date: go back with Back and here again with Next to check the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_wizard.py" line="157"/>
        <source>Bestand opnieuw controleren</source>
        <translation>Checking the file again</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="153"/>
        <source>Nieuw…</source>
        <extracomment>Kinds whose labels appear in a kind&apos;s rows (their changes make the list re-query too).</extracomment>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="154"/>
        <source>Nieuw record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="63"/>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="156"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="157"/>
        <source>Geselecteerde records verwijderen</source>
        <translation>Delete the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="158"/>
        <source>Naar de prullenbak (Delete); Ctrl+Z maakt het ongedaan</source>
        <translation>To the recycle bin (Delete); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="161"/>
        <source>Tag toevoegen…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="162"/>
        <source>Tag toevoegen aan de geselecteerde records</source>
        <translation>Add a tag to the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="174"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="175"/>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="176"/>
        <source>Kolommen kiezen</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="109"/>
        <source>{0} staat in de prullenbak</source>
        <translation>{0} is in the recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="117"/>
        <source> · Ctrl+Z maakt het ongedaan</source>
        <translation> · Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="127"/>
        <source>Niet alles verwijderd</source>
        <translation>Not everything was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="616"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="617"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="618"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="619"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="620"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="621"/>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="622"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="75"/>
        <source>gesorteerd op datum, nieuwste eerst</source>
        <translation>sorted by date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="76"/>
        <source>gesorteerd op datum, oudste eerst</source>
        <translation>sorted by date, oldest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="77"/>
        <source>gesorteerd op naam</source>
        <translation>sorted by name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="78"/>
        <source>gesorteerd op startdatum, nieuwste eerst</source>
        <translation>sorted by start date, newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="81"/>
        <source>gesorteerd op netto score, hoogste eerst</source>
        <translation>sorted by net score, highest first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="84"/>
        <source>gesorteerd op herbeoordeling, eerstvolgende eerst</source>
        <translation>sorted by review date, next first</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_sorting.py" line="87"/>
        <source>gesorteerd op titel</source>
        <translation>sorted by title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="631"/>
        <source>{0}+ gevonden</source>
        <translation>{0}+ found</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="633"/>
        <source>{0} gevonden</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="170"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="169"/>
        <source>Deze lijst exporteren naar CSV of Excel</source>
        <translation>Export this list to CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="171"/>
        <source>De lijst zoals gefilterd naar CSV of Excel</source>
        <translation>The list as filtered, to CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="99"/>
        <source>Tag toegevoegd aan {0}</source>
        <translation>Tag added to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="113"/>
        <source>{0} staan in de prullenbak</source>
        <translation>{0} moved to the Recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="523"/>
        <source>Filter {0} weghalen</source>
        <translation>Remove filter {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_page.py" line="524"/>
        <source>Filter weghalen: weer de hele lijst</source>
        <translation>Remove the filter: the whole list again</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="69"/>
        <source>Naar de prullenbak</source>
        <translation>Move to the bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="71"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_actions.py" line="74"/>
        <source>Verwijderen bevestigen</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_columns.py" line="44"/>
        <source>Kolommen herstellen</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/list_columns.py" line="47"/>
        <source>De standaardkolommen, -volgorde en -breedtes terugzetten</source>
        <translation>Restore the default columns, order and widths</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="88"/>
        <source>Chinadossier hoofdvenster</source>
        <translation>Chinadossier main window</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="92"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="92"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="93"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="93"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="94"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="94"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="95"/>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="96"/>
        <source>Memo&apos;s</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="97"/>
        <source>Prullenbak</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="97"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/settings_follow.py" line="46"/>
        <source>Standaard: {0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/main_window.py" line="95"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="40"/>
        <source>Werkblad en kolommen</source>
        <translation>Sheet and columns</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="41"/>
        <source>Herkende kolommen zijn al toegewezen. Wijs een niet herkende kolom toe aan een veld, of laat hem overslaan.</source>
        <translation>Recognised columns are assigned already. Assign an unrecognised column to a field, or let it be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="44"/>
        <source>Werkblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="46"/>
        <source>&amp;Werkblad</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="49"/>
        <source>Soort records in het bestand</source>
        <translation>Kind of records in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="51"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="70"/>
        <source>Kolommen van het bestand en hun velden</source>
        <translation>Columns of the file and their fields</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="72"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="72"/>
        <source>Eerste waarde</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="72"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="82"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="105"/>
        <source>{0} ({1} rijen)</source>
        <translation>{0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="101"/>
        <source>{0} (geen lijst)</source>
        <translation>{0} (not a list)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="103"/>
        <source>{0} (1 rij)</source>
        <translation>{0} (1 row)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="128"/>
        <source>Rij {0} boven rij {1} is overgeslagen (een titel?).</source>
        <translation>Row {0} above row {1} was skipped (a title?).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="131"/>
        <source>Rijen {0}–{1} boven rij {2} zijn overgeslagen (een titel?).</source>
        <translation>Rows {0}–{1} above row {2} were skipped (a title?).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="146"/>
        <source>{0} (herkend)</source>
        <translation>{0} (recognised)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="171"/>
        <source>Werkblad lezen…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="228"/>
        <source>Veld voor kolom {0}</source>
        <translation>Field for column {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="229"/>
        <source>— niet importeren —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="231"/>
        <source> (verplicht)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="238"/>
        <source>Niet herkend: kies een veld of laat hem overslaan.</source>
        <translation>Not recognised: choose a field or let it be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="259"/>
        <source>Naam (of Achternaam, of Chinese naam)</source>
        <translation>Name (or family name, or Chinese name)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="262"/>
        <source>Verplicht veld zonder kolom: {0}.</source>
        <translation>Required field without a column: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="265"/>
        <source>Twee kolommen voor hetzelfde veld: {0}.</source>
        <translation>Two columns for the same field: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="268"/>
        <source>Wordt overgeslagen: {0}.</source>
        <translation>Skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="284"/>
        <source>Elke rij controleren…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="56"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="59"/>
        <source>Rijnummer van de kopregel</source>
        <translation>Row number of the header row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="61"/>
        <source>De rij met de kolomnamen. Titelregels erboven worden overgeslagen.</source>
        <translation>The row with the column names. Title rows above it are skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="63"/>
        <source>&amp;Kopregel (rij)</source>
        <translation>&amp;Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="67"/>
        <source>Overgeslagen titelregels</source>
        <translation>Skipped title rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="171"/>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="173"/>
        <source>Werkblad lezen</source>
        <translation>Reading the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="173"/>
        <source>Bestand lezen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="199"/>
        <source>Afgebroken; de kolommen hieronder zijn die van het vorige werkblad of de vorige kopregel.</source>
        <translation>Cancelled; the columns below are those of the previous sheet or header row.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="303"/>
        <source>Afgebroken; er is niets geïmporteerd.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_mapping_page.py" line="314"/>
        <source>Voorbeeld maken</source>
        <translation>Making the preview</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="235"/>
        <source>Contactmoment vastleggen</source>
        <translation>Log contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="236"/>
        <source>Contactmoment bewerken</source>
        <translation>Edit contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="237"/>
        <source>Gesprek, bezoek of bericht met de Chinese partij. Velden met * zijn verplicht.</source>
        <translation>Conversation, visit or message with the Chinese party. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="246"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="248"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="250"/>
        <source>Soort *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="253"/>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="254"/>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="255"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="256"/>
        <source>Plaats in China of vrije tekst</source>
        <translation>Place in China or free text</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="257"/>
        <source>Onderwerp *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="258"/>
        <source>Bijv. Voorbereiding evaluatie MoU</source>
        <translation>E.g. Preparing the MoU evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="260"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="261"/>
        <source>Gekoppelde band</source>
        <translation>Linked tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="262"/>
        <source>Zoek een band…</source>
        <translation>Search for a tie…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="263"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="268"/>
        <source>Vervolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="269"/>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="270"/>
        <source>Relatiegeschenk of gastvrijheid</source>
        <translation>Gift or hospitality</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="273"/>
        <source>Omschrijving geschenk of gastvrijheid</source>
        <translation>Description of gift or hospitality</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="274"/>
        <source>Geschatte waarde (€)</source>
        <translation>Estimated value (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="357"/>
        <source>is verplicht</source>
        <translation>is required</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="73"/>
        <source>1 Kernpunten</source>
        <translation>1 Key points</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="74"/>
        <source>2 Aanleiding</source>
        <translation>2 Occasion</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="75"/>
        <source>3 Feiten</source>
        <translation>3 Facts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="76"/>
        <source>4 Wijzigingen sinds de vorige notitie</source>
        <translation>4 Changes since the previous memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="77"/>
        <source>5 Risico’s</source>
        <translation>5 Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="78"/>
        <source>6 Openstaande acties en toezeggingen</source>
        <translation>6 Open actions and commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="79"/>
        <source>7 Handelingsopties / advies</source>
        <translation>7 Options / advice</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="80"/>
        <source>8 Spreekpunten en mogelijke vragen</source>
        <translation>8 Talking points and possible questions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="81"/>
        <source>9 Bronnen</source>
        <translation>9 Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="138"/>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="139"/>
        <source>Briefingsnotitie maken</source>
        <translation>Make briefing memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="182"/>
        <source>Onderwerp en periode</source>
        <extracomment>Chinadossier&apos;s proposals for sections 2, 7 and 8: a text still equal to its proposal is marked in the memo as a generated draft.</extracomment>
        <translation>Subject and period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="185"/>
        <source>Waarover gaat de notitie</source>
        <translation>What the memo is about</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="186"/>
        <source>&amp;Over</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="191"/>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="192"/>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="196"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="198"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="202"/>
        <source>Classificatie van de notitie</source>
        <translation>Classification of the memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="203"/>
        <source>&amp;Classificatie</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="205"/>
        <source>Weggelaten wegens classificatie</source>
        <translation>Left out because of classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="210"/>
        <source>Kop</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="218"/>
        <source>automatisch (volgnummer over dit onderwerp)</source>
        <translation>automatic (sequence number on this subject)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="219"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="219"/>
        <source>&amp;Aan</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="220"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="220"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="221"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="221"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="222"/>
        <source>Kenmerk (volgt uit de geschiedenis)</source>
        <translation>Reference (follows from the history)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="223"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="224"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="224"/>
        <source>V&amp;ersie</source>
        <translation>V&amp;ersion</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="229"/>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="241"/>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="230"/>
        <source>bijv. Raad</source>
        <translation>e.g. Council</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="233"/>
        <source>Datum van de vergadering</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="234"/>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="235"/>
        <source>Vergadering heeft een datum</source>
        <translation>Meeting has a date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="238"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="245"/>
        <source>agendapunt</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="251"/>
        <source>Hoofdstukken</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="257"/>
        <source>Hoofdstuk {0} opnemen</source>
        <translation>Include section {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="263"/>
        <source>Eigen tekst (voorstellen uit open risico’s, acties en besluiten)</source>
        <translation>Own text (suggestions from open risks, actions and decisions)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="268"/>
        <source>Aanleiding</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="269"/>
        <source>Handelingsopties / advies</source>
        <translation>Options / advice</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="270"/>
        <source>Spreekpunten en mogelijke vragen</source>
        <translation>Talking points and possible questions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="275"/>
        <source>&amp;Voorstellen opnieuw invullen</source>
        <translation>&amp;Fill in suggestions again</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="276"/>
        <source>Voorstellen opnieuw invullen</source>
        <translation>Fill in suggestions again</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="282"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="283"/>
        <source>&amp;DOCX (Word)</source>
        <translation>&amp;DOCX (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="285"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="286"/>
        <source>Opslaan als DOCX</source>
        <translation>Save as DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="309"/>
        <source>Voorbeeld van de notitie</source>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="313"/>
        <source>Bezig met opmaken</source>
        <translation>Typesetting</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="317"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="327"/>
        <source>Voorbeeld &amp;bijwerken</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="328"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="329"/>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="331"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="364"/>
        <source>Eigen overheid (alle banden)</source>
        <translation>Own authority (all ties)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="368"/>
        <source>Band {0}: {1}</source>
        <translation>Tie {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="370"/>
        <source>Organisatie {0}: {1}</source>
        <translation>Organisation {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="428"/>
        <source>Notitie wordt opgemaakt…</source>
        <translation>Typesetting the memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="454"/>
        <source>1 record met een hogere classificatie dan {0} wordt weggelaten.</source>
        <translation>1 record with a higher classification than {0} is left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="456"/>
        <source>{1} records met een hogere classificatie dan {0} worden weggelaten.</source>
        <translation>{1} records with a higher classification than {0} are left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="458"/>
        <source>Niets weggelaten: alles valt binnen {0}.</source>
        <translation>Nothing left out: everything falls within {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="462"/>
        <source>Voorbeeld bijgewerkt: {0} pagina’s.</source>
        <translation>Preview updated: {0} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="477"/>
        <source>De notitie kon niet worden opgemaakt.</source>
        <translation>The memo could not be typeset.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="503"/>
        <source>Notitie opslaan</source>
        <translation>Save memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="504"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="504"/>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="520"/>
        <source>{0} bestaat al; niet overschreven.</source>
        <translation>{0} already exists; not overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="523"/>
        <source>Bestand vervangen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="524"/>
        <source>{0} bestaat al. Wilt u het vervangen?</source>
        <translation>{0} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="542"/>
        <source>Opgeslagen in de geschiedenis, maar niet als bestand: {0}</source>
        <translation>Saved in the history, but not as a file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/memo/memo_dialog.py" line="546"/>
        <source>Notitie {0} opgeslagen: {1}</source>
        <translation>Memo {0} saved: {1}</translation>
    </message>
</context>
<context>
    <name>MemoViewer</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="105"/>
        <source>Notitie</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="109"/>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="110"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MemosPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="44"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="45"/>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="46"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="47"/>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="48"/>
        <source>Classificatie</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="49"/>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="50"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="129"/>
        <source>Memo&apos;s</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="130"/>
        <source>Memo’s</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="132"/>
        <source>Elke gemaakte briefingsnotitie blijft hier bewaard, met de gegevens waarop ze berust. Open, bewaar opnieuw of vergelijk twee notities.</source>
        <translation>Every briefing memo made is kept here, with the data it rests on. Open it, save it again or compare two memos.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="137"/>
        <source>Gemaakte notities</source>
        <translation>Memos made</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="143"/>
        <source>&amp;Nieuwe notitie…</source>
        <translation>&amp;New memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="145"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="146"/>
        <source>Op&amp;slaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="147"/>
        <source>&amp;Vergelijken</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="148"/>
        <source>Nieuwe notitie</source>
        <translation>New memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="149"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="150"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="151"/>
        <source>Twee notities vergelijken</source>
        <translation>Compare two memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="158"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="199"/>
        <source>{0} notities</source>
        <translation>{0} memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="201"/>
        <source>Nog geen notities. Maak er een met ‘Nieuwe notitie…’ (Ctrl+P).</source>
        <translation>No memos yet. Make one with ‘New memo…’ (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="220"/>
        <source>Dat is niet gelukt.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="233"/>
        <source>Notitie {0}</source>
        <translation>Memo {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="246"/>
        <source>Notitie opslaan</source>
        <translation>Save memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="257"/>
        <source>Bestand vervangen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="258"/>
        <source>{0} bestaat al. Vervangen?</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="270"/>
        <source>{0} opgeslagen: {1}</source>
        <translation>{0} saved: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="289"/>
        <source>{0} vergeleken met {1}</source>
        <translation>{0} compared with {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="293"/>
        <source>Verschillen</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="200"/>
        <source>1 notitie</source>
        <translation>1 memo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="89"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="90"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="120"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="93"/>
        <source>Voorvertoning laden…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="101"/>
        <source>Velden van beide records</source>
        <translation>Fields of both records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="108"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="111"/>
        <source>&amp;Wissel welke blijft</source>
        <translation>&amp;Swap which one stays</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="112"/>
        <source>Wissel welk record blijft</source>
        <translation>Swap which record stays</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="117"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="122"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="124"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="145"/>
        <source>{0} {1} (A) blijft bestaan; {2} {3} (B) wordt ermee samengevoegd en verdwijnt uit lijsten en zoeken. Kies per veld welke waarde blijft. Ongedaan maken kan zolang geen van beide daarna is gewijzigd.</source>
        <translation>{0} {1} (A) stays; {2} {3} (B) is merged into it and disappears from lists and search. Choose per field which value stays. The merge can be undone as long as neither record is changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="151"/>
        <source>&lt;b&gt;Veld&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="152"/>
        <source>&lt;b&gt;A: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;A: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="153"/>
        <source>&lt;b&gt;B: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;B: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="164"/>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="165"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="168"/>
        <source>{0}: waarde van {1}</source>
        <translation>{0}: value of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="182"/>
        <source>Gaat over van B naar A: {0}</source>
        <translation>Moves from B to A: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="183"/>
        <source>B heeft geen koppelingen.</source>
        <translation>B has no links.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="208"/>
        <source>Back-up maken en samenvoegen…</source>
        <translation>Making a backup and merging…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="161"/>
        <source>Beide bewaren (A, dan B)</source>
        <translation>Keep both (A, then B)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/duplicates_dialog.py" line="167"/>
        <source>{0}: beide bewaren</source>
        <translation>{0}: keep both</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="74"/>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="75"/>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="81"/>
        <source>Naam (Nederlands) *</source>
        <translation>Name (Dutch) *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="82"/>
        <source>Bijv. Bureau Buitenlandse Zaken Xinghe</source>
        <translation>E.g. Xinghe Foreign Affairs Office</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="85"/>
        <source>Soort *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="86"/>
        <source>Naam (Engels)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="87"/>
        <source>Plaats (referentielijst of vrije tekst)</source>
        <translation>Place (reference list or free text)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="89"/>
        <source>Bijv. Nanjing of 南京</source>
        <translation>E.g. Nanjing or 南京</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="90"/>
        <source>Valt onder</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="91"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="91"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="92"/>
        <source>Andere schrijfwijzen</source>
        <translation>Other spellings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="93"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="600"/>
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
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="309"/>
        <source>Bruto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="310"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="311"/>
        <source>Bruto: voor beheersmaatregelen</source>
        <translation>Gross: before measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="312"/>
        <source>Netto: na beheersmaatregelen</source>
        <translation>Net: after measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="346"/>
        <source>Pijltjestoetsen + Enter of klik: de risico&apos;s in die cel tonen</source>
        <translation>Arrow keys + Enter or click: show the risks in that cell</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="355"/>
        <source>Vraagt aandacht</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="385"/>
        <source>Recente activiteit</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="458"/>
        <source>Stand per {0} · alle banden van {1}</source>
        <translation>As of {0} · all ties of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="462"/>
        <source>van {0} · {1} slapend · {2} beëindigd</source>
        <translation>of {0} · {1} dormant · {2} ended</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="465"/>
        <source>laatste 12 maanden</source>
        <translation>last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="475"/>
        <source>1 vervolgactie</source>
        <translation>1 follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="476"/>
        <source>{0} vervolgacties</source>
        <translation>{0} follow-up actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="477"/>
        <source>1 risicoreview</source>
        <translation>1 risk review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="478"/>
        <source>{0} risicoreviews</source>
        <translation>{0} risk reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="509"/>
        <source>netto = na beheersmaatregelen</source>
        <translation>net = after measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="510"/>
        <source>bruto = voor beheersmaatregelen</source>
        <translation>gross = before measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="511"/>
        <source>{0} open risico&apos;s · {1} · matrix v{2}</source>
        <translation>{0} open risks · {1} · matrix v{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="530"/>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="531"/>
        <source>Vervolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="532"/>
        <source>Risicoreview</source>
        <translation>Risk review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="533"/>
        <source>Evaluatie band</source>
        <translation>Tie evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="534"/>
        <source>Einde band</source>
        <translation>Tie ends</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="540"/>
        <source>{0} dagen te laat</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="541"/>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="543"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="544"/>
        <source>over {0} dagen</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="544"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="556"/>
        <source>Minder tonen</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="557"/>
        <source>Alles tonen ({0})</source>
        <translation>Show all ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="559"/>
        <source>Niets achterstallig en niets binnenkort verwacht.</source>
        <translation>Nothing overdue and nothing due soon.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="595"/>
        <source>legde vast</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="596"/>
        <source>wijzigde</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="597"/>
        <source>verwijderde</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="598"/>
        <source>zette terug</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="599"/>
        <source>exporteerde</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="601"/>
        <source>voegde samen</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="602"/>
        <source>maakte samenvoegen ongedaan van</source>
        <translation>undid the merge of</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="629"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="631"/>
        <source>gisteren {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="667"/>
        <source>netto</source>
        <translation>net</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="667"/>
        <source>bruto</source>
        <translation>gross</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="666"/>
        <source>{2} kans {0} × impact {1}</source>
        <translation>{2} likelihood {0} × impact {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="639"/>
        <source>Nog geen activiteit. Wat u vastlegt of wijzigt, verschijnt hier.</source>
        <translation>No activity yet. What you record or change appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="682"/>
        <source>Geen open risico&apos;s in deze cel ({0})</source>
        <translation>No open risks in this cell ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="514"/>
        <source>{0} · band {1}</source>
        <translation>{0} · tie {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="517"/>
        <source>Risicomatrix kans × impact</source>
        <translation>Risk matrix likelihood × impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/overview_page.py" line="518"/>
        <source>Risicomatrix kans × impact, band {0}</source>
        <translation>Risk matrix likelihood × impact, tie {0}</translation>
    </message>
</context>
<context>
    <name>PartiesField</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="66"/>
        <source>Onze kant</source>
        <translation>Our side</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="68"/>
        <source>Chinese partij</source>
        <translation>Chinese party</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="79"/>
        <source>Deelnemers onze kant</source>
        <translation>Participants on our side</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="80"/>
        <source>Deelnemers Chinese partij</source>
        <translation>Participants on the Chinese side</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="84"/>
        <source>Rol, bijv. burgemeester</source>
        <translation>Role, e.g. mayor</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="84"/>
        <source>Rol van {0}</source>
        <translation>Role of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/quick_meeting_dialog.py" line="88"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="301"/>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="302"/>
        <source>Persoon bewerken</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="310"/>
        <source>Achternaam *</source>
        <translation>Family name *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="310"/>
        <source>Bijv. Wáng of Bakker</source>
        <translation>E.g. Wáng or Bakker</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="311"/>
        <source>Voornaam</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="312"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="313"/>
        <source>Naamvolgorde</source>
        <translation>Name order</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="319"/>
        <source>Functies</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="321"/>
        <source>Politieke feiten (met bron en datum)</source>
        <translation>Political facts (with source and date)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="323"/>
        <source>Andere schrijfwijzen</source>
        <translation>Other spellings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="324"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="20"/>
        <source>Records wegschrijven</source>
        <translation>Writing records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="21"/>
        <source>Controlegetallen berekenen</source>
        <translation>Computing checksums</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="22"/>
        <source>Logboek bijwerken</source>
        <translation>Updating the log</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="23"/>
        <source>Zoekindex bijwerken</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="24"/>
        <source>Opslaan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="25"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="26"/>
        <source>Bestand controleren</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="27"/>
        <source>Pagina&apos;s, koppelingen en logboek controleren</source>
        <translation>Checking pages, links and log</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="30"/>
        <source>Controlegetallen van de records narekenen</source>
        <translation>Recomputing the records&apos; checksums</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="33"/>
        <source>Bijlagen controleren</source>
        <translation>Checking attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="34"/>
        <source>Pagina&apos;s, koppelingen, logboek en zoekindex controleren</source>
        <translation>Checking pages, links, log and search index</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="37"/>
        <source>Zoekindex controleren</source>
        <translation>Checking the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="38"/>
        <source>Samenhang controleren</source>
        <translation>Checking consistency</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="39"/>
        <source>Controle klaar</source>
        <translation>Check complete</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="40"/>
        <source>Kopie maken</source>
        <translation>Making the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="41"/>
        <source>Kopie controleren</source>
        <translation>Verifying the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="42"/>
        <source>Kopie vastleggen</source>
        <translation>Storing the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="43"/>
        <source>Back-up controleren</source>
        <translation>Verifying the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="44"/>
        <source>Veiligheidskopie van het huidige dossier maken</source>
        <translation>Making a safety copy of the current case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="45"/>
        <source>Back-up terugzetten</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="46"/>
        <source>Wisregister opnieuw toepassen</source>
        <translation>Reapplying the erasure ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="47"/>
        <source>Teruggezet dossier controleren</source>
        <translation>Checking the restored case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="48"/>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="49"/>
        <source>Zoekindex opnieuw opbouwen</source>
        <translation>Rebuilding the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="50"/>
        <source>Het dossier lezen</source>
        <translation>Reading the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="51"/>
        <source>Rijen lezen</source>
        <translation>Reading rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="52"/>
        <source>Elke rij controleren: {done} van {total} rijen</source>
        <translation>Checking each row: {done} of {total} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="55"/>
        <source>Controleren zoals bij opslaan</source>
        <translation>Checking as when saving</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="56"/>
        <source>Mogelijke dubbelen zoeken</source>
        <translation>Looking for possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="57"/>
        <source>Voorbeeld klaar</source>
        <translation>Preview ready</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="58"/>
        <source>Records klaarzetten: {done} van {total} rijen</source>
        <translation>Preparing records: {done} of {total} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="61"/>
        <source>Records tellen</source>
        <translation>Counting records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="62"/>
        <source>{done} van {total} records</source>
        <translation>{done} of {total} records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="63"/>
        <source>Rijen tellen</source>
        <translation>Counting rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="64"/>
        <source>Exporteren: {done} van {total} rijen</source>
        <translation>Exporting: {done} of {total} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="65"/>
        <source>Export vastleggen in het auditspoor</source>
        <translation>Recording the export in the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/progress_phases.py" line="66"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PickerPopup</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker.py" line="171"/>
        <source>Gevonden records</source>
        <translation>Records found</translation>
    </message>
</context>
<context>
    <name>PickerSource</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="133"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="136"/>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="148"/>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="154"/>
        <source>Nieuwe persoon aanmaken…</source>
        <translation>Create new person…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="139"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="142"/>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="163"/>
        <source>Nieuwe organisatie aanmaken…</source>
        <translation>Create new organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="145"/>
        <source>Personen en organisaties</source>
        <translation>Persons and organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="151"/>
        <source>Personen en overheden</source>
        <translation>Persons and authorities</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="157"/>
        <source>Nederlandse overheden</source>
        <translation>Dutch authorities</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="160"/>
        <source>Organisaties en overheden</source>
        <translation>Organisations and authorities</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="166"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="169"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="172"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="175"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="178"/>
        <source>Nieuwe bron toevoegen…</source>
        <translation>Add new source…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="181"/>
        <source>Plaatsen (referentielijst)</source>
        <translation>Places (reference list)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="184"/>
        <source>Banden, organisaties en personen</source>
        <translation>Ties, organisations and persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="188"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker_sources.py" line="204"/>
        <source> (verwijderd)</source>
        <translation> (deleted)</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="59"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="59"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="59"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="60"/>
        <source>Komt overeen met</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="60"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="60"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="86"/>
        <source>Uw keuze: {0}. {1}</source>
        <translation>Your choice: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="88"/>
        <source>Lijkt op {0}; kies hieronder samenvoegen, als nieuw of overslaan.</source>
        <translation>Resembles {0}; choose merge, add as new or skip below.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="91"/>
        <source>Let op: geen organisatie, dus de kolom {0} komt in de opmerkingen (&quot;Functie: {1}&quot;), niet als functie.</source>
        <translation>Note: no organisation, so the column {0} goes into the notes (&quot;Functie: {1}&quot;), not as a position.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="96"/>
        <source>Laatste contact niet als contactmoment vastgelegd: medewerker van een Nederlandse overheid ({0}).</source>
        <translation>Last contact not recorded as a contact moment: staff of a Dutch authority ({0}).</translation>
    </message>
</context>
<context>
    <name>PoliticalFactsEditor</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="231"/>
        <source>+ Politiek feit toevoegen</source>
        <translation>+ Add political fact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="232"/>
        <source>Politiek feit toevoegen</source>
        <translation>Add political fact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="245"/>
        <source>Politiek feit {0}: soort</source>
        <translation>Political fact {0}: kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="247"/>
        <source>Wat, bijv. lid van de partijcommissie</source>
        <translation>What, e.g. member of the party committee</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="248"/>
        <source>Politiek feit {0}: omschrijving</source>
        <translation>Political fact {0}: description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="250"/>
        <source>Bron (verplicht)</source>
        <translation>Source (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="251"/>
        <source>Politiek feit {0}: bron</source>
        <translation>Political fact {0}: source</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="256"/>
        <source>Datum waarop het feit gold (verplicht)</source>
        <translation>Date on which the fact held (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="257"/>
        <source>Politiek feit {0}: per datum</source>
        <translation>Political fact {0}: as of</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="259"/>
        <source>Politiek feit {0} verwijderen</source>
        <translation>Remove political fact {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="260"/>
        <source>Politiek feit verwijderen</source>
        <translation>Remove political fact</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="159"/>
        <source>+ Functie toevoegen</source>
        <translation>+ Add position</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="159"/>
        <source>Functie toevoegen</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="170"/>
        <source>Functie, bijv. Directeur</source>
        <translation>Position, e.g. Director</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="171"/>
        <source>Functie {0}: titel</source>
        <translation>Position {0}: title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="173"/>
        <source>Organisatie of overheid</source>
        <translation>Organisation or authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="174"/>
        <source>Functie {0}: organisatie</source>
        <translation>Position {0}: organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="179"/>
        <source>van (bijv. ca. 2019)</source>
        <translation>from (e.g. ca. 2019)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="180"/>
        <source>tot</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="181"/>
        <source>Functie {0}: van</source>
        <translation>Position {0}: from</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="182"/>
        <source>Functie {0}: tot</source>
        <translation>Position {0}: until</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="184"/>
        <source>Functie {0} verwijderen</source>
        <translation>Remove position {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="185"/>
        <source>Functie verwijderen</source>
        <translation>Remove position</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="139"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="140"/>
        <source>Nog niets is geïmporteerd. Controleer per rij wat er gebeurt; Importeren schrijft alles in één keer, na een back-up, of niets.</source>
        <translation>Nothing has been imported yet. Check what happens to each row; Import writes everything at once, after a backup, or nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="144"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="148"/>
        <source>Aantallen per uitkomst</source>
        <translation>Counts per outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="150"/>
        <source>Rijen tonen</source>
        <translation>Rows to show</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="152"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="161"/>
        <source>Rijen van het bestand en wat ermee gebeurt</source>
        <translation>Rows of the file and what happens to them</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="178"/>
        <source>Afgewezen rijen &amp;overslaan en de goede rijen importeren</source>
        <translation>&amp;Skip the rejected rows and import the good ones</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="180"/>
        <source>Afgewezen rijen overslaan</source>
        <translation>Skip the rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="184"/>
        <source>Opmerkingen bij het voorbeeld</source>
        <translation>Notes on the preview</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="227"/>
        <source>{0}{1}: {2} rijen {3} — {4}</source>
        <translation>{0}{1}: {2} rows {3} — {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="230"/>
        <source>— daarbij nieuw: {0} uit de kolom &apos;Laatste contact&apos;</source>
        <translation>— also new: {0} from the column &apos;Laatste contact&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="235"/>
        <source>Alle rijen ({0})</source>
        <translation>All rows ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="253"/>
        <source>Nieuwe organisaties ({0}): {1}{2}.</source>
        <translation>New organisations ({0}): {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="255"/>
        <source> en {0} meer</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="258"/>
        <source>Let op: {0} zonder organisatie; de kolom {1} komt daar in de opmerkingen (&quot;Functie: …&quot;), niet als functie. Voeg een kolom Organisatie toe om er functies van te maken.</source>
        <translation>Note: {0} without an organisation; there the column {1} goes into the notes (&quot;Functie: …&quot;), not as a position. Add an Organisatie column to make them positions.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="261"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="268"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="261"/>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="268"/>
        <source>{0} rijen</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="265"/>
        <source>Let op: bij {0} wordt Laatste contact geen contactmoment: medewerkers van een Nederlandse overheid (een contactmoment is contact met een Chinese partij).</source>
        <translation>Note: for {0}, Last contact does not become a contact moment: staff of a Dutch authority (a contact moment is contact with a Chinese party).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="271"/>
        <source>Overgeslagen kolommen: {0}.</source>
        <translation>Skipped columns: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="286"/>
        <source>1 contactmoment</source>
        <translation>1 contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="287"/>
        <source>{0} contactmomenten</source>
        <translation>{0} contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="316"/>
        <source>Back-up maken</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="346"/>
        <source>Afgebroken; er is niets geïmporteerd.</source>
        <translation>Stopped; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="357"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="274"/>
        <source>Mogelijk dubbele rijen worden overgeslagen, tenzij u per rij samenvoegen of als nieuw kiest.</source>
        <translation>Possible duplicate rows are skipped unless you choose merge or add as new for a row.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_preview_page.py" line="277"/>
        <source>Kopregel: rij {0}.</source>
        <translation>Header row: row {0}.</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="47"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="50"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="51"/>
        <source>Afbreken; er blijft niets achter</source>
        <translation>Stop; nothing is left behind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/progress.py" line="116"/>
        <source>Afbreken…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="14"/>
        <source>{0} band</source>
        <translation>{0} tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="15"/>
        <source>{0} banden</source>
        <translation>{0} ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="16"/>
        <source>{0} organisatie</source>
        <translation>{0} organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="17"/>
        <source>{0} organisaties</source>
        <translation>{0} organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="18"/>
        <source>{0} persoon</source>
        <translation>{0} person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="19"/>
        <source>{0} personen</source>
        <translation>{0} persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="20"/>
        <source>{0} contactmoment</source>
        <translation>{0} contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="21"/>
        <source>{0} contactmomenten</source>
        <translation>{0} contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="22"/>
        <source>{0} besluit</source>
        <translation>{0} decision</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="23"/>
        <source>{0} besluiten</source>
        <translation>{0} decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="24"/>
        <source>{0} risico</source>
        <translation>{0} risk</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="25"/>
        <source>{0} risico&apos;s</source>
        <translation>{0} risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="26"/>
        <source>{0} bron</source>
        <translation>{0} source</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="27"/>
        <source>{0} bronnen</source>
        <translation>{0} sources</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="28"/>
        <source>{0} memo</source>
        <translation>{0} memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="29"/>
        <source>{0} memo&apos;s</source>
        <translation>{0} memos</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="31"/>
        <source>{0} record</source>
        <translation>{0} record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/counts.py" line="32"/>
        <source>{0} records</source>
        <translation>{0} records</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="61"/>
        <source>Nieuw record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="62"/>
        <source>Record bewerken</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="63"/>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="103"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="181"/>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="194"/>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="243"/>
        <source>Ctrl+Enter slaat op · Esc annuleert</source>
        <translation>Ctrl+Enter saves · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="197"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="201"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/base.py" line="251"/>
        <source>Het record kon niet worden geladen.</source>
        <translation>The record could not be loaded.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker.py" line="251"/>
        <source>Typ naam, Hanzi of pinyin (met of zonder tonen)</source>
        <translation>Type a name, Hanzi or pinyin (with or without tones)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/picker.py" line="290"/>
        <source>{0} · {1} gevonden voor &apos;{2}&apos;</source>
        <translation>{0} · {1} found for &apos;{2}&apos;</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/models/record_table.py" line="250"/>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="157"/>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="158"/>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="266"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="162"/>
        <source>Kies de back-up die u wilt terugzetten. Het huidige dossier wordt eerst als veiligheidskopie bewaard in {0}; personen die zijn geanonimiseerd, worden in de teruggezette back-up opnieuw geanonimiseerd en vernietigde records opnieuw vernietigd. Een back-up met een ouder schema wordt na het terugzetten bijgewerkt.</source>
        <translation>Choose the backup to restore. The current case file is first kept as a safety copy in {0}; persons who were anonymised are anonymised again in the restored backup, and destroyed records are destroyed again. A backup of an older schema is upgraded after it is restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="169"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="169"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="169"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="169"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="170"/>
        <source>Gecontroleerd</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="173"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="182"/>
        <source>Back-ups zoeken…</source>
        <translation>Looking for backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="184"/>
        <source>Toestand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="188"/>
        <source>Voortgang van het terugzetten</source>
        <translation>Restore progress</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="198"/>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="200"/>
        <source>Gekozen back-up terugzetten</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="205"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="232"/>
        <source>{0} · ouder schema</source>
        <translation>{0} · older schema</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="234"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="234"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="245"/>
        <source>1 back-up in {0}.</source>
        <translation>1 backup in {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="246"/>
        <source>{0} back-ups in {1}.</source>
        <translation>{0} backups in {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="250"/>
        <source>Er zijn nog geen back-ups van dit dossier in {0}.</source>
        <translation>There are no backups of this case file in {0} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="267"/>
        <source>De back-up van {0} vervangt de inhoud van het dossier. Wat sindsdien is vastgelegd, staat daarna alleen nog in de veiligheidskopie, die eerst wordt gemaakt in {1}.

Doorgaan?</source>
        <translation>The backup of {0} replaces the contents of the case file. What was recorded since will then only be in the safety copy, which is made first in {1}.

Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="273"/>
        <source>Terugzetten bevestigen</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="274"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="334"/>
        <source>De back-up van {0} is nu geladen.</source>
        <translation>The backup of {0} is now loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="336"/>
        <source>Het dossier van vóór het terugzetten is bewaard als {0}.</source>
        <translation>The case file as it was before the restore is kept as {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="340"/>
        <source>1 geanonimiseerde persoon opnieuw geanonimiseerd.</source>
        <translation>1 anonymised person anonymised again.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="342"/>
        <source>{0} geanonimiseerde personen opnieuw geanonimiseerd.</source>
        <translation>{0} anonymised persons anonymised again.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="345"/>
        <source>1 vernietigd record opnieuw vernietigd.</source>
        <translation>1 destroyed record destroyed again.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="347"/>
        <source>{0} vernietigde records opnieuw vernietigd.</source>
        <translation>{0} destroyed records destroyed again.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="350"/>
        <source>Let op: niet opnieuw vernietigd: {0}.</source>
        <translation>Note: not destroyed again: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="352"/>
        <source>Let op: de controle van het teruggezette dossier vond problemen (Dossier → Controleren).</source>
        <translation>Note: the check of the restored case file found problems (Case file → Check).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="364"/>
        <source>Het terugzetten is mislukt; het dossier is niet gewijzigd.</source>
        <translation>The restore failed; the case file was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="192"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="194"/>
        <source>Terugzetten afbreken (kan tot het kopiëren begint)</source>
        <translation>Cancel the restore (possible until copying starts)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/backups.py" line="315"/>
        <source>Afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="24"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="28"/>
        <source>Uitkomst van de import</source>
        <translation>Outcome of the import</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="42"/>
        <source>1 record geïmporteerd uit {0}{1}.</source>
        <translation>1 record imported from {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="44"/>
        <source>{0} records geïmporteerd uit {1}{2}.</source>
        <translation>{0} records imported from {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="47"/>
        <source>1 bestaand record bijgewerkt.</source>
        <translation>1 existing record updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="48"/>
        <source>{0} bestaande records bijgewerkt.</source>
        <translation>{0} existing records updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="51"/>
        <source>1 bestaand record bijgewerkt uit {0}.</source>
        <translation>1 existing record updated from {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="58"/>
        <source>Back-up vooraf: {0}</source>
        <translation>Backup beforehand: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="66"/>
        <source>1 rij bestond al in het dossier</source>
        <translation>1 row already existed in the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="67"/>
        <source>{0} rijen bestonden al in het dossier</source>
        <translation>{0} rows already existed in the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="68"/>
        <source>1 rij stond dubbel in het bestand</source>
        <translation>1 row was a duplicate in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="69"/>
        <source>{0} rijen stonden dubbel in het bestand</source>
        <translation>{0} rows were duplicates in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="70"/>
        <source>1 mogelijk dubbele rij overgeslagen</source>
        <translation>1 possible duplicate row skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="71"/>
        <source>{0} mogelijk dubbele rijen overgeslagen</source>
        <translation>{0} possible duplicate rows skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="72"/>
        <source>1 rij afgewezen</source>
        <translation>1 row rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="72"/>
        <source>{0} rijen afgewezen</source>
        <translation>{0} rows rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="76"/>
        <source>Niet geïmporteerd: {0}.</source>
        <translation>Not imported: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="81"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="81"/>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="82"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="82"/>
        <source>personen</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="83"/>
        <source>band</source>
        <translation>tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="83"/>
        <source>banden</source>
        <translation>ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="84"/>
        <source>contactmoment</source>
        <translation>contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="84"/>
        <source>contactmomenten</source>
        <translation>contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="85"/>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="85"/>
        <source>besluiten</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="86"/>
        <source>risiconotitie</source>
        <translation>risk note</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="86"/>
        <source>risiconotities</source>
        <translation>risk notes</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/import_result_page.py" line="53"/>
        <source>{0} bestaande records bijgewerkt uit {1}.</source>
        <translation>{0} existing records updated from {1}.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="43"/>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="44"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="48"/>
        <source>Per soort: hoeveel records bewaard, vernietigd of nog te bepalen zijn, en het voorstel van Chinadossier (leg het voor aan uw archivaris; bewaartermijnen blijven per record aan te passen).</source>
        <translation>Per kind: how many records are kept, to be destroyed or still to be decided, and Chinadossier&apos;s proposal (submit it to your archivist; retention stays editable per record).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="55"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="55"/>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="55"/>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="157"/>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="161"/>
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="56"/>
        <source>Nog te bepalen</source>
        <translation>To be decided</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="56"/>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="57"/>
        <source>Bewaartermijnen per soort</source>
        <translation>Retention per kind</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="63"/>
        <source>&lt;b&gt;Te vernietigen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Due for destruction&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="67"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="67"/>
        <source>Vernietigen vanaf</source>
        <translation>Destroy from</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="67"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="68"/>
        <source>Records waarvan de bewaartermijn verstreken is</source>
        <translation>Records whose retention period has passed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="78"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="81"/>
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="82"/>
        <source>Geselecteerde records vernietigen</source>
        <translation>Destroy the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="85"/>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="86"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="113"/>
        <source>{0} {1} jaar na {2}</source>
        <translation>{0} {1} years after {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="131"/>
        <source> (prullenbak)</source>
        <translation> (trash)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="136"/>
        <source>&lt;b&gt;Te vernietigen ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Due for destruction ({0})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="158"/>
        <source>{0} definitief vernietigen? Alle gegevens worden uit het dossier gewist; alleen het nummer blijft in het logboek. Er wordt eerst een back-up gemaakt.</source>
        <translation>Destroy {0} for good? All its data is erased from the case file; only the number stays in the log. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="162"/>
        <source>Definitief vernietigen</source>
        <translation>Destroy for good</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="164"/>
        <source>Vernietigen bevestigen</source>
        <translation>Confirm destruction</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="175"/>
        <source>Back-up maken en vernietigen…</source>
        <translation>Making a backup and destroying…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/avg/retention_dialog.py" line="182"/>
        <source>Vernietigd: {0}.</source>
        <translation>Destroyed: {0}.</translation>
    </message>
</context>
<context>
    <name>RiskCategoryForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="718"/>
        <source>Nieuwe risicocategorie</source>
        <translation>New risk category</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="719"/>
        <source>Risicocategorie bewerken</source>
        <translation>Edit risk category</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="726"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="727"/>
        <source>Volgorde</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="728"/>
        <source>Naam (Nederlands) *</source>
        <translation>Name (Dutch) *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="729"/>
        <source>Naam (Engels) *</source>
        <translation>Name (English) *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="730"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="731"/>
        <source>Gebruikelijke maatregelen</source>
        <translation>Usual measures</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="732"/>
        <source>Niet meer in gebruik</source>
        <translation>No longer in use</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="733"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RiskNoteForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="558"/>
        <source>Risico toevoegen</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="559"/>
        <source>Risico bewerken</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="565"/>
        <source>Titel *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="565"/>
        <source>Bijv. Betaalde reis voor raadsleden</source>
        <translation>E.g. Paid trip for council members</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="566"/>
        <source>Gaat over *</source>
        <translation>Concerns *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="567"/>
        <source>Band, organisatie of persoon</source>
        <translation>Tie, organisation or person</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="569"/>
        <source>Categorie *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="571"/>
        <source>Beoordeling (1–5)</source>
        <translation>Assessment (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="573"/>
        <source>Bruto kans</source>
        <translation>Gross likelihood</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="574"/>
        <source>Bruto impact</source>
        <translation>Gross impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="575"/>
        <source>Netto kans</source>
        <translation>Net likelihood</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="576"/>
        <source>Netto impact</source>
        <translation>Net impact</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="581"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="582"/>
        <source>Beheersmaatregelen</source>
        <translation>Controls</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="585"/>
        <source>Behandeling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="586"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="588"/>
        <source>Risico-eigenaar</source>
        <translation>Risk owner</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="589"/>
        <source>Volgende herbeoordeling</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="590"/>
        <source>Sterkte van kennis</source>
        <translation>Strength of knowledge</translation>
    </message>
</context>
<context>
    <name>RoughDateEdit</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="159"/>
        <source>Typ een datum als dd-mm-jjjj, alleen maand en jaar (06-2025) of alleen een jaar. Zet er &apos;ca.&apos; voor als de datum bij benadering is, en &apos;(onzeker)&apos; achter als de bron hem niet bevestigt.</source>
        <translation>Type a date as dd-mm-yyyy, only month and year (06-2025) or only a year. Put &apos;ca.&apos; in front if the date is approximate, and &apos;(uncertain)&apos; after it if the source does not confirm it.</translation>
    </message>
</context>
<context>
    <name>RowMergeDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="53"/>
        <source>Rij {0} samenvoegen</source>
        <translation>Merge row {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="67"/>
        <source>{0} {1} (A) blijft bestaan; rij {2} van het bestand (B) wordt erin opgenomen. Kies per veld welke waarde blijft. Er wordt nog niets geschreven: dat doet Importeren, na een back-up.</source>
        <translation>{0} {1} (A) is kept; row {2} of the file (B) is taken into it. Choose per field which value stays. Nothing is written yet: Import does that, after a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/interchange/preview_choices.py" line="70"/>
        <source>E-mailadressen, telefoonnummers en functies van B komen erbij; die van A blijven.</source>
        <translation>B&apos;s e-mail addresses, telephone numbers and positions are added; A&apos;s stay.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="60"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="65"/>
        <source>Zoeken… namen, Hanzi, pinyin, onderwerpen</source>
        <translation>Search… names, Hanzi, pinyin, subjects</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="66"/>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="71"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="89"/>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="179"/>
        <source>Typ om te zoeken.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="182"/>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="188"/>
        <source>Zoeken mislukt: {0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="222"/>
        <source>en {0} meer</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="231"/>
        <source>{0} gevonden · Enter opent</source>
        <translation>{0} found · Enter opens</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="232"/>
        <source>Niets gevonden voor ‘{0}’.</source>
        <translation>Nothing found for ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="268"/>
        <source>Niets gevonden voor ‘{0}’. Bedoelde u: {1}? (Enter)</source>
        <translation>Nothing found for ‘{0}’. Did you mean: {1}? (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/search/search_popup.py" line="271"/>
        <source>Niets gevonden. Bedoelde u: {0}? Druk op Enter om daarop te zoeken.</source>
        <translation>Nothing found. Did you mean: {0}? Press Enter to search for it.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="43"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="52"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="65"/>
        <source>Taal van de interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="72"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="86"/>
        <source>Kleurenschema</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="73"/>
        <source>Volgt het systeem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="73"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="74"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="85"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="122"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="130"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="102"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="105"/>
        <source>Eigen overheid</source>
        <translation>Own authority</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="103"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="106"/>
        <source>Standaardclassificatie</source>
        <translation>Default classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="104"/>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="107"/>
        <source>Soort dossier</source>
        <translation>Kind of case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="154"/>
        <source>Demodossier (fictieve gegevens)</source>
        <translation>Demo case file (fictitious data)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="155"/>
        <source>Eigen dossier</source>
        <translation>Own case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="90"/>
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="63"/>
        <source>Deze computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="91"/>
        <source>Taal en kleurenschema gelden voor deze computer en gaan direct in.</source>
        <translation>Language and colour scheme apply to this computer and take effect at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="101"/>
        <source>Dit dossier</source>
        <translation>This case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="108"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="110"/>
        <source>Eigen overheid en standaardclassificatie wijzigen</source>
        <translation>Change own authority and default classification</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="124"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="125"/>
        <source>Gegevensmap openen</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/settings_page.py" line="132"/>
        <source>De gegevensmap houdt het dossier, de logboeken en (standaard) de back-ups. Een andere map kiest u bij het starten: chinadossier --data-dir MAP, of de map die u in het welkomstvenster koos (onthouden op deze computer). Eigen overheid en standaardclassificatie staan in het dossier zelf; een wijziging komt in het logboek.</source>
        <translation>The data folder holds the case file, the log files and (by default) the backups. Choose another folder when starting: chinadossier --data-dir FOLDER, or the folder chosen in the welcome dialog (remembered on this computer). Own authority and default classification are stored in the case file itself; a change is logged in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="26"/>
        <source>contactmoment vastleggen</source>
        <extracomment>(key, what it does); a row with an empty key is a heading.</extracomment>
        <translation>log a contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>zoeken</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>lijst filteren</source>
        <translation>filter the list</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="29"/>
        <source>vernieuwen</source>
        <translation>refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="30"/>
        <source>pagina&apos;s in de zijbalk</source>
        <translation>pages in the sidebar</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="31"/>
        <source>ongedaan maken</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="32"/>
        <source>memo maken</source>
        <translation>make a memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="33"/>
        <source>instellingen</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>afsluiten</source>
        <translation>quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Pijltjes + Enter</source>
        <translation>Arrows + Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="36"/>
        <source>cel van de risicomatrix openen</source>
        <translation>open a cell of the risk matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>In een lijst</source>
        <translation>In a list</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="38"/>
        <source>record bewerken</source>
        <translation>edit the record</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="39"/>
        <source>gekozen records verwijderen</source>
        <translation>delete the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="40"/>
        <source>In een formulier</source>
        <translation>In a form</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>opslaan</source>
        <translation>save</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="42"/>
        <source>annuleren</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="44"/>
        <source>nieuw record maken van wat u in een zoekveld typte</source>
        <translation>create a new record from what you typed in a search field</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="57"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="58"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="61"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="62"/>
        <source>Toets en wat die doet</source>
        <translation>Key and what it does</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="63"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="63"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="92"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/shortcuts_dialog.py" line="93"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="118"/>
        <source>Chinadossier</source>
        <translation>Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="127"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/sidebar.py" line="128"/>
        <source>Prullenbak en instellingen</source>
        <translation>Recycle bin and settings</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="642"/>
        <source>Nieuwe bron</source>
        <translation>New source</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="643"/>
        <source>Bron bewerken</source>
        <translation>Edit source</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="653"/>
        <source>Titel *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="653"/>
        <source>Bijv. Raadsvoorstel stedenband</source>
        <translation>E.g. Council proposal on the twinning</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="654"/>
        <source>Uitgever</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="655"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="655"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="657"/>
        <source>Gepubliceerd</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="658"/>
        <source>Geraadpleegd op</source>
        <translation>Consulted on</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="659"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="82"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="83"/>
        <source>Tag toevoegen</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="89"/>
        <source>Tag voor 1 geselecteerd record:</source>
        <translation>Tag for 1 selected record:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="90"/>
        <source>Tag voor {0} geselecteerde records:</source>
        <translation>Tag for {0} selected records:</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="92"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="93"/>
        <source>Typ een tag of kies een bestaande</source>
        <translation>Type a tag or choose an existing one</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="97"/>
        <source>Tags in gebruik</source>
        <translation>Tags in use</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="103"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="105"/>
        <source>Tag toevoegen aan de geselecteerde records</source>
        <translation>Add a tag to the selected records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="106"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="107"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="140"/>
        <source>Nieuwe tag: {0}</source>
        <translation>New tag: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="150"/>
        <source>#{0}  ·  {1}×</source>
        <translation>#{0}  ·  {1}×</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="152"/>
        <source>{0}× gebruikt</source>
        <translation>used {0}×</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="166"/>
        <source>Typ een tag of kies er een uit de lijst (meest gebruikt bovenaan).</source>
        <translation>Type a tag or choose one from the list (most used first).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="168"/>
        <source>Bestaande tag: {0}.</source>
        <translation>Existing tag: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="173"/>
        <source>Nieuwe tag. Lijkt op: {0} — ↓ om die te kiezen.</source>
        <translation>New tag. Looks like: {0} — ↓ to choose it.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/tag_dialog.py" line="174"/>
        <source>Nieuwe tag.</source>
        <translation>New tag.</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/chips.py" line="175"/>
        <source>Tag toevoegen…</source>
        <translation>Add tag…</translation>
    </message>
</context>
<context>
    <name>TieFilterCombo</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="55"/>
        <source>Risico&apos;s van band</source>
        <translation>Risks of tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="56"/>
        <source>Alleen de risico&apos;s van één band in de matrix tellen</source>
        <translation>Count only one tie&apos;s risks in the matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="61"/>
        <source>Alle banden</source>
        <translation>All ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="62"/>
        <source>Alle open risico&apos;s, ook die over een organisatie, persoon of contactmoment</source>
        <translation>All open risks, including those about an organisation, person or contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="65"/>
        <source>Geen band van de eigen overheid heeft open risico&apos;s</source>
        <translation>No tie of the own authority has open risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="91"/>
        <source> · {0} open</source>
        <translation> · {0} open</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="111"/>
        <source>1 open risico</source>
        <translation>1 open risk</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/tie_filter.py" line="112"/>
        <source>{0} open risico&apos;s</source>
        <translation>{0} open risks</translation>
    </message>
</context>
<context>
    <name>TieForm</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="379"/>
        <source>Nieuwe band</source>
        <translation>New tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="380"/>
        <source>Band bewerken</source>
        <translation>Edit tie</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="386"/>
        <source>Nederlandse overheid *</source>
        <translation>Dutch authority *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="387"/>
        <source>Gemeente of provincie</source>
        <translation>Municipality or province</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="388"/>
        <source>Chinese partij *</source>
        <translation>Chinese party *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="390"/>
        <source>Soort band *</source>
        <translation>Kind of tie *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="391"/>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="393"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="394"/>
        <source>Leeg: gemaakt van de namen van beide partijen</source>
        <translation>Empty: made from the names of both parties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="396"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="397"/>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="398"/>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="402"/>
        <source>Einde looptijd</source>
        <translation>End of term</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="392"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="404"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="401"/>
        <source>Begin looptijd</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="403"/>
        <source>Verlengd</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/kinds.py" line="413"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
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
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="71"/>
        <source>Verwijderde records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="106"/>
        <source>De prullenbak is leeg</source>
        <translation>The recycle bin is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="179"/>
        <source>Teruggezet: {0}</source>
        <translation>Restored: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="181"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="225"/>
        <source>Wat u verwijdert, staat hier tot u het terugzet.</source>
        <translation>What you delete stays here until you restore it.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="228"/>
        <source>{0}+ verwijderde records</source>
        <translation>{0}+ deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="232"/>
        <source>{0} verwijderde records</source>
        <translation>{0} deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="234"/>
        <source>bewaard tot u ze terugzet</source>
        <translation>kept until you restore them</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/trash_page.py" line="230"/>
        <source>1 verwijderd record</source>
        <translation>1 deleted record</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="168"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="171"/>
        <source>Ongedaan maken: {0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/undo.py" line="177"/>
        <source>Ongedaan maken: verwijderen van {0}</source>
        <translation>Undo: deleting {0}</translation>
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
        <location filename="../../desktop/chinadossier/ui/dialogs/upgrade_dialog.py" line="102"/>
        <source>Back-up maken en bijwerken…</source>
        <translation>Backing up and upgrading…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="49"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="50"/>
        <source>Chinadossier instellen</source>
        <translation>Set up Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="65"/>
        <source>Welkom bij Chinadossier</source>
        <translation>Welcome to Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="77"/>
        <source>Voor welke gemeente of provincie werkt u?</source>
        <translation>Which municipality or province do you work for?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="78"/>
        <source>Eigen overheid *</source>
        <translation>Own authority *</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="68"/>
        <source>Uw dossier van banden met Chinese partners: contactmomenten, besluiten, risico&apos;s en briefingsnotities op één plek. Eerst drie keuzes. Nieuwe records krijgen de classificatie Intern, tenzij u in het formulier een andere kiest; de eigen overheid en deze standaardclassificatie kunt u later wijzigen in Instellingen › Dit dossier.</source>
        <translation>Your case file of ties with Chinese partners: contact moments, decisions, risks and briefing memos in one place. First three choices. New records get the classification Internal unless you choose another in the form; you can change the own authority and this default classification later in Settings › This case file.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="90"/>
        <source>Hoe wilt u beginnen?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="91"/>
        <source>Leeg dossier — begin met uw eigen gegevens; referentielijsten zijn al geladen</source>
        <translation>Empty case file — start with your own data; reference lists are already loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="93"/>
        <source>Met demogegevens — oefen met fictieve gegevens (gemarkeerd als fictief)</source>
        <translation>With demo data — practise with fictitious data (marked as fictitious)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="95"/>
        <source>Leeg dossier</source>
        <translation>Empty case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="96"/>
        <source>Met demogegevens</source>
        <translation>With demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="104"/>
        <source>Waar bewaart u het dossier?</source>
        <translation>Where do you keep the case file?</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="105"/>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="110"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="111"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="112"/>
        <source>Gegevensmap wijzigen</source>
        <translation>Change data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="116"/>
        <source>Alleen op deze computer, geen clouddienst. Back-ups komen in de submap backups.</source>
        <translation>Only on this computer, no cloud service. Backups go into the backups subfolder.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="124"/>
        <source>Dossier wordt aangemaakt</source>
        <translation>Creating the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="142"/>
        <source>Dossier aanmaken</source>
        <translation>Create case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="148"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="237"/>
        <source>Gegevensmap kiezen</source>
        <translation>Choose data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/dialogs/welcome_dialog.py" line="137"/>
        <source>Overheid en classificatie later te wijzigen via Extra › Instellingen (Ctrl+,). De gegevensmap hierboven wordt onthouden (--data-dir bij het starten gaat voor).</source>
        <translation>Authority and classification can be changed later in Tools › Settings (Ctrl+,). The data folder above is remembered (--data-dir at start-up takes precedence).</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="41"/>
        <source>{0} teruggezet</source>
        <translation>{0} restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="43"/>
        <source>{0} records teruggezet</source>
        <translation>{0} records restored</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="65"/>
        <source>Zoeken… (Ctrl+K)</source>
        <translation>Search… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="66"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="73"/>
        <source>Memo maken…</source>
        <translation>Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="74"/>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="142"/>
        <source>Memo maken</source>
        <translation>Make memo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="76"/>
        <source>+ Contactmoment vastleggen (Ctrl+N)</source>
        <translation>+ Log contact moment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="78"/>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="123"/>
        <source>Contactmoment vastleggen</source>
        <translation>Log contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="100"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="105"/>
        <source>Dit soort record heeft geen formulier.</source>
        <translation>This kind of record has no form.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="134"/>
        <source>Contactmoment {0} vastgelegd</source>
        <translation>Contact moment {0} logged</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="148"/>
        <source>{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.</source>
        <translation>{0} is not available in this version yet; it comes in a next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/commands.py" line="173"/>
        <source>Zoeken met resultaten tijdens het typen komt in een volgende stap.</source>
        <translation>Search with results while typing comes in a next step.</translation>
    </message>
</context>
<context>
    <name>WindowFileActions</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="30"/>
        <source>Kies eerst een lijst (Banden, Organisaties, …) om te exporteren.</source>
        <translation>First choose a list (Ties, Organisations, …) to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="82"/>
        <source>Kies eerst één persoon op de pagina Personen.</source>
        <translation>First choose one person on the Persons page.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="101"/>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="105"/>
        <source>Dossier controleren</source>
        <translation>Check case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="102"/>
        <source>Het dossier is in orde.</source>
        <translation>The case file is in order.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="103"/>
        <source>Er zijn problemen gevonden.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="127"/>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="130"/>
        <source>Over Chinadossier</source>
        <translation>About Chinadossier</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/file_actions.py" line="128"/>
        <source>Chinadossier {0}
Het dossier van de banden van een Nederlandse gemeente of provincie met China.</source>
        <translation>Chinadossier {0}
The case file of a Dutch municipality&apos;s or province&apos;s ties with China.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="38"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="39"/>
        <source>Contactmoment &amp;vastleggen…</source>
        <translation>&amp;Log contact moment…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="41"/>
        <source>&amp;Memo maken…</source>
        <translation>&amp;Make memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="44"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="45"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="46"/>
        <source>Hele dossier exporteren (&amp;JSON)…</source>
        <translation>Export the whole case file (&amp;JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="49"/>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="82"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="52"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="56"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="62"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="65"/>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="66"/>
        <source>&amp;Filteren</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="69"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="78"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="80"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="81"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="83"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="84"/>
        <source>Gegevens&amp;map openen</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="86"/>
        <source>Mogelijke &amp;dubbelen…</source>
        <translation>Possible &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="88"/>
        <source>&amp;Inzageverzoek exporteren…</source>
        <translation>Export &amp;access request…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="91"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="92"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="95"/>
        <source>&amp;Bewaartermijnen…</source>
        <translation>&amp;Retention periods…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="98"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/menus.py" line="99"/>
        <source>&amp;Over Chinadossier</source>
        <translation>&amp;About Chinadossier</translation>
    </message>
</context>
<context>
    <name>WindowPages</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/navigation.py" line="58"/>
        <source>De lijst van {0} komt in een volgende stap van deze versie. Het aantal in de zijbalk klopt al; zoeken kan via de opdrachtregel (chinadossier search).</source>
        <translation>The list of {0} comes in a next step of this version. The count in the sidebar is already correct; search is available on the command line (chinadossier search).</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/navigation.py" line="71"/>
        <source>Briefingsnotities (memo&apos;s) maken en terugzien komt in een volgende stap van deze versie.</source>
        <translation>Making and reviewing briefing memos comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/navigation.py" line="78"/>
        <source>De Prullenbak (verwijderde records terugzetten) komt in een volgende stap van deze versie.</source>
        <translation>The recycle bin (restoring deleted records) comes in a next step of this version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/navigation.py" line="105"/>
        <source>Inzageverzoek exporteren…</source>
        <translation>Export access request…</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/navigation.py" line="195"/>
        <source>Records openen komt met de lijstpagina&apos;s in een volgende stap.</source>
        <translation>Opening records comes with the list pages in a next step.</translation>
    </message>
</context>
<context>
    <name>WindowReadOnly</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/read_only.py" line="27"/>
        <source>Alleen lezen: {0} voor uw account. U kunt alles bekijken en zoeken; vastleggen, wijzigen en verwijderen zijn uitgeschakeld. Kopieer het dossier naar een map waarin u mag schrijven om het te wijzigen.</source>
        <extracomment>Actions that write to the case file; disabled when it is opened read-only.</extracomment>
        <translation>Read only: {0} for your account (message in Dutch). You can view and search everything; recording, changing and deleting are switched off. Copy the case file to a folder you may write to in order to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/read_only.py" line="32"/>
        <source>Alleen lezen: {0}. U kunt alles bekijken en zoeken; wijzigen doet u in het andere venster.</source>
        <translation>Read-only: {0}. You can view and search everything; make changes in the other window.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/read_only.py" line="38"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/read_only.py" line="50"/>
        <location filename="../../desktop/chinadossier/ui/window/read_only.py" line="55"/>
        <source>Alleen lezen: dit dossier kan niet worden gewijzigd.</source>
        <translation>Read only: this case file cannot be changed.</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="38"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="41"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="46"/>
        <source>Demodossier · fictieve gegevens</source>
        <translation>Demo case file · fictitious data</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="53"/>
        <source>Standaard: {0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="98"/>
        <source>Back-up: nog geen</source>
        <translation>Backup: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="102"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/window/status_bar.py" line="104"/>
        <source>Back-up: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/conflict.py" line="45"/>
        <source>Record is intussen gewijzigd</source>
        <translation>Record has been changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/conflict.py" line="48"/>
        <source>Opnieuw laden toont de huidige gegevens (wat u typte vervalt). Verder bewerken houdt wat u typte; slaat u daarna op, dan vervangt dat de nieuwe versie.</source>
        <translation>Reload shows the current data (what you typed is dropped). Keep editing keeps what you typed; if you then save, it replaces the newer version.</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/conflict.py" line="53"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/forms/conflict.py" line="55"/>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="42"/>
        <source>&apos;{0}&apos; is geen datum; typ dd-mm-jjjj, bijvoorbeeld 12-06-2025</source>
        <translation>&apos;{0}&apos; is not a date; type dd-mm-yyyy, for example 12-06-2025</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="49"/>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="101"/>
        <source>&apos;{0}&apos; is geen bestaande datum</source>
        <translation>&apos;{0}&apos; is not an existing date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="69"/>
        <source> (onzeker)</source>
        <translation> (uncertain)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="104"/>
        <source>&apos;{0}&apos; is geen datum</source>
        <translation>&apos;{0}&apos; is not a date</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="115"/>
        <source>&apos;{0}&apos; is geen tijd; typ uu:mm, bijvoorbeeld 14:00</source>
        <translation>&apos;{0}&apos; is not a time; type hh:mm, for example 14:00</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="119"/>
        <source>&apos;{0}&apos; is geen bestaande tijd</source>
        <translation>&apos;{0}&apos; is not an existing time</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="139"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="156"/>
        <source>dd-mm-jjjj, mm-jjjj of jjjj; ca. … / (onzeker)</source>
        <translation>dd-mm-yyyy, mm-yyyy or yyyy; ca. … / (uncertain)</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="177"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/widgets/dates.py" line="99"/>
        <source>&apos;{0}&apos;: het tweede jaar moet na het eerste liggen</source>
        <translation>&apos;{0}&apos;: the second year must come after the first</translation>
    </message>
</context>
<context>
    <name>memos_page</name>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="57"/>
        <source>{0} ({1}) tegenover {2} ({3})</source>
        <translation>{0} ({1}) compared with {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="61"/>
        <source>Banden</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="62"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="63"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="64"/>
        <source>Risico’s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="65"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="72"/>
        <source>{0}: {1} (was {2})</source>
        <translation>{0}: {1} (was {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="79"/>
        <source>Risico {0}: netto {1} → {2}</source>
        <translation>Risk {0}: net {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/chinadossier/ui/pages/memos_page.py" line="83"/>
        <source>Let op: andere classificatie ({0} → {1}).</source>
        <translation>Note: different classification ({0} → {1}).</translation>
    </message>
</context>
</TS>
