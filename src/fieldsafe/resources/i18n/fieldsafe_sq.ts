<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>Shtojcë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>Po hapet shtojca…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>Parapamje e shtojcës</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>Faqja e mëparshme</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>Faqja tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>Zvogëloni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>Zmadhoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>Përshtateni me dritaren</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>Zvogëloni (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>Zmadhoni (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Përshtateni me dritaren (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>Faqja e mëparshme (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>Faqja tjetër (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>Skedarët PDF mbahen siç ishin, përfshirë çdo të dhënë të ruajtur brenda tyre.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>Të dhënat e vendndodhjes dhe të kamerës u hoqën.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>Kjo foto u mbajt siç ishte, përfshirë çdo të dhënë vendndodhjeje ose kamere të ruajtur në të.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>Ky skedar nuk mund të shfaqet.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>Faqja {page} nga {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="457"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="46"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="62"/>
        <source>The new passphrase works at once and the old one stops working.</source>
        <translation>Frazëkalimi i ri funksionon menjëherë dhe i vjetri nuk funksionon më.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>E hapët FieldSafe me kodin e rikthimit. Nëse nuk e dini më frazëkalimin, mund të zgjidhni tani një të ri; i vjetri nuk funksionon më. Shkruani edhe një herë kodin e rikthimit nga fleta juaj, për të konfirmuar që jeni ju.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>&amp;Kodi i rikthimit:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Frazëkalimi aktual</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frazëkalimi &amp;aktual:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>Frazëkalimi i &amp;ri:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>Frazëkalimi i ri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>Konfir&amp;moni frazëkalimin e ri:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>Konfirmoni frazëkalimin e ri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>Gjithashtu ri&amp;enkriptoni kasafortën me një çelës të ri (rekomandohet). Kopjet e skedarit të çelësit të vjetër nuk funksionojnë më dhe merrni një kod të ri rikthimi për ta shkruar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>Gjithashtu rienkriptoni kasafortën</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Ndryshoni frazëkalimin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>Ndryshoni frazëkalimin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>Jo &amp;tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>Kodi juaj i ri i rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>Kod i ri rikthimi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>Kasaforta tani ka një çelës të ri. Shkruajeni tani këtë kod të ri në letër dhe mbajeni larg këtij laptopi, pastaj asgjësoni kodin e vjetër: ai nuk e hap më kasafortën. Kopjet rezervë të bëra më parë hapen ende me frazëkalimin dhe kodin e rikthimit që ishin të vlefshëm kur u bënë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>E kam &amp;shkruar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>E kam shkruar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>Po ndryshohet frazëkalimi…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>Gjendja sipas javëve</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>Mesatarja e gjendjes për javë (0 = shumë vështirë, 10 = shumë mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>Reflektime / takime</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>Ende asnjë regjistrim gjendjeje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>reflektim për {debriefed} nga %Ln takim</numerusform>
            <numerusform>reflektim për {debriefed} nga %Ln takime</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="116"/>
        <source>{debriefed}/{meetings}</source>
        <comment>debriefs/meetings in one week</comment>
        <translation>{debriefed}/{meetings}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="127"/>
        <source>%Ln week(s) from {first} to {last}</source>
        <translation>
            <numerusform>%Ln javë, nga {first} deri më {last}</numerusform>
            <numerusform>%Ln javë, nga {first} deri më {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln regjistrim gjendjeje</numerusform>
            <numerusform>%Ln regjistrime gjendjeje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>asnjë regjistrim gjendjeje në javën e fundit</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>mesatarja e javës së fundit është {average}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="145"/>
        <source>; </source>
        <comment>separates the parts of the chart&apos;s summary</comment>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="148"/>
        <source>Week of {date}</source>
        <translation>Java e {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>Asnjë regjistrim gjendjeje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln regjistrim gjendjeje, mesatarja {average}</numerusform>
            <numerusform>%Ln regjistrime gjendjeje, mesatarja {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>Libri i kodeve</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>Një kod personi ju lejon ta njihni të njëjtin person në raporte të ndryshme pa ia shkruar emrin. Fjalët e ndjeshme (një emër, një nofkë) qëndrojnë këtu: FieldSafe jua tregon nëse shfaqen në një raport, që të përdorni kodin në vend të tyre.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>Kodi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>p.sh. A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>Fjalë të ndjeshme</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>Emra ose nofka, të ndarë me presje</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>Shënim privat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>Vetëm ç&apos;ju ndihmon ta njihni personin. Ruhet vetëm në këtë kasafortë.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>Kod i &amp;ri</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>Kod i ri</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>Ru&amp;ani kodin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>Ruani kodin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>&amp;Fshini kodin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>Fshini kodin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kodi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>Fjalë të &amp;ndjeshme:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>Shënim &amp;privat:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>Mbyllni përsëri për ta hedhur poshtë këtë ndryshim.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>Fillimisht shkruani një kod.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>Ta fshini këtë kod nga libri i kodeve?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>Raportet që e përdorin kodin e mbajnë atë; fshihen vetëm ky zë dhe shënimi i tij.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>Kolegët</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>Për të ndarë plane pa internet, shkëmbeni kartat: jepini kolegut kartën tuaj (kodin ose skedarin) dhe importoni kartën e kolegut. Pastaj krahasoni bashkë numrin e sigurisë, ballë për ballë: duhet të jetë i njëjtë në të dy ekranet.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>Karta juaj tregon emrin tuaj: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>Ky është emri që ka çdo kartë e re, kështu që kolegët nuk ju dallojnë dot nga të tjerët. Zgjidhni emrin ose një nofkë te Preferencat; edhe kolegët mund t&apos;ju vënë një emër nga ana e tyre.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>Karta ime si kod</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>Ruani kartën time si skedar…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>Ruani kartën time si skedar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>Importoni një skedar karte…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>Importoni një skedar karte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>Ose ngjitni një kartë këtu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>Shtoni kartën e ngjitur</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>Emri i shfaqur për këtë koleg</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>Shfaqet &amp;si:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>Ruani emrin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>Ruani emrin e shfaqur për këtë koleg</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>Këtë emër e shihni vetëm ju: ai shfaqet për këtë koleg kudo në FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>Numrat përputhen: shënojeni si të verifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>Shënojeni si të verifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>Hiqeni këtë koleg…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>Hiqni kolegun</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>Karta ime</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>Karta e një kolegu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>verifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>çelësi ndryshoi: krahasoni përsëri</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>ende pa u verifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>Verifikuar. Planet mund të ndahen me këtë koleg.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>Çelësi i këtij kolegu ndryshoi. Asgjë nuk ndahet dhe asgjë nuk merret derisa ta krahasoni përsëri numrin.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>Ende pa u verifikuar. Krahasojeni numrin bashkë, ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>«{name}» shfaqet tashmë për dikë tjetër, ose i ngjan shumë. Zgjidhni një emër që nuk mund të ngatërrohet me të.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>Shkruani një emër ose një nofkë për këtë koleg.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>Ky koleg tani shfaqet si «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>Ruani kartën time</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>Karta FieldSafe (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>Karta u ruajt. Ajo përmban vetëm çelësa publikë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>Importoni një kartë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>Karta FieldSafe (*.fieldsafe-card);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>Karta u shtua. Tani krahasoni numrin e sigurisë ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>Ta hiqni {name} nga kolegët tuaj?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>Karta e këtij kolegu fshihet nga kasaforta. Planet e dërguara më parë nga ky koleg mbeten derisa t&apos;i fshini. Paketat nga ky koleg refuzohen derisa ta shtoni përsëri kartën dhe ta krahasoni sërish numrin e sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>Hiqni</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>Kolegu u hoq.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>Kontrolloni kodin e rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>Grup i kodit të rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Hapni kasafortën time</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>Për t&apos;u siguruar që është shkruar saktë, ju lutemi shkruani grupin {number} të kodit nga fleta juaj (grupet ndahen me viza). Mund të ktheheni mbrapa për ta parë përsëri kodin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;Grupi {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>Përputhet. Mbajeni fletën diku në vend të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>Ende nuk është i njëjtë. Ju lutemi krahasojeni me kodin.</translation>
    </message>
</context>
<context>
    <name>CountBars</name>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="118"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="119"/>
        <source>{value}: {count}</source>
        <translation>{value}: {count}</translation>
    </message>
</context>
<context>
    <name>DebriefEditor</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="133"/>
        <location filename="../../ui/journal/editor.py" line="134"/>
        <source>When</source>
        <extracomment>the journal editor&apos;s draft slot (kept by ui.common.drafting)</extracomment>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>Takimi që i paraprin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>Si ndihem, nga 0 (shumë vështirë) deri në 10 (shumë mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>Pa regjistrim gjendjeje këtë herë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>Me pak fjalë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>Me pak fjalë, nëse dëshironi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>Shënimet e mia</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>Çdo gjë tjetër, e gjatë ose e shkurtër sa të doni.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>Fola me dikë për këtë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>Ruani shënimin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>Fshini shënimin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>Kur:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>Pas:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>Si ndihem:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>Shënimet e mia:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>Shënim në ditar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>U rikthye nga drafti. Ruajeni që ta mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>Asnjë takim i veçantë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>Pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>U ruajt në ditarin tuaj.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>Ta fshini këtë shënim të ditarit?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Do të hiqet përgjithmonë nga kasaforta.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n skedar tani është në kasafortë. Ta fshini origjinalin?</numerusform>
            <numerusform>%n skedarë tani janë në kasafortë. T&apos;i fshini origjinalet?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>Dosja e ekipit është një dosje që një program sinkronizimi, si Syncthing, e bart midis pajisjeve të ekipit tuaj. FieldSafe shkruan atje vetëm paketa të enkriptuara dhe karta publike; programi i sinkronizimit nuk sheh kurrë emra, as çfarë thonë të dhënat.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>Ekipet</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>Emri i një ekipi të ri</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>Ekip i &amp;ri:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>Krijoni ekipin</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>Emri i këtij ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>E&amp;mri:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>Ruani emrin</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>Ruani emrin e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>Zgjidhni dosjen e ekipit…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>Zgjidhni dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>Pa dosje ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>Mos e përdorni më dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>Mund të bashkohen vetëm kolegët e verifikuar. Një përgjegjës sigurie merr atë që u dërgohet përgjegjësve të sigurisë, si p.sh. një incident të ri.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>Anëtarët e këtij ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>Përgjegjës sigurie</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>Anëtari i zgjedhur është përgjegjës sigurie</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>Hiqni nga ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>Hiqni nga ekipi anëtarin e zgjedhur</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>Kolegë që nuk janë në këtë ekip</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>Shtoni në ekip</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>Shtoni në ekip kolegun e zgjedhur</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>Lëreni kartën tuaj në dosje, që ekipi ta gjejë. Kartat atje janë kopje dhe nuk u besohet kurrë para se numri i sigurisë të krahasohet ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>Lëreni kartën time në dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>Kartat në dosjen e ekipit…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>Kartat në dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>Fshini këtë ekip…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>Fshini këtë ekip</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>Dosja e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>Anëtarët</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>Shtoni një koleg</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>Ende asnjë raport terreni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>Pas një takimi, shkruani çfarë ndodhi, çfarë u ra dakord dhe cilët janë hapat pasues. Përdorni kode personash, jo emra. Shtypni {shortcut} për të nisur një raport në çdo kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>Shkruani raportin e parë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>Ende asnjë plan takimi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>Para se të takoni dikë bashkë me një koleg, planifikojeni së bashku: ku dhe kur, sinjalin që do të thotë «largohuni tani», dhe kush lajmërohet te kush pas takimit. Një plan mund të mbahet në xhep si kartë, ose t&apos;i dërgohet kolegut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>Planifikoni një takim</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>Filtroni sipas mjedisit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>Çdo mjedis</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>Filtroni sipas kodit të personit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>Kodi i personit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>Filtroni sipas etiketës</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>Etiketa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>Nga çdo datë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>Nga data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>Deri në çdo datë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>Deri më datën</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>Hap pasues në pritje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>Vetëm raportet me një hap pasues në pritje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>Pastroni filtrat</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="313"/>
        <location filename="../../ui/shell/first_run.py" line="359"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
</context>
<context>
    <name>FolderCardsDialog</name>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="66"/>
        <location filename="../../ui/teams/folder_cards.py" line="84"/>
        <source>Cards in the team folder</source>
        <extracomment>the name already shown here that this card&apos;s name could be mistaken for a card became a colleague (not verified): their entry id</extracomment>
        <translation>Kartat në dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>Karta të lëna në dosjen e ekipit «{team}» që ende nuk i keni.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>Çdokush që mund të shkruajë në dosje mund të ketë lënë një kartë këtu. Një karte të shtuar nga këtu nuk i besohet kurrë: asgjë nuk ndahet me atë koleg dhe asgjë nuk merret prej tij derisa ta krahasoni bashkë numrin e sigurisë, ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>Shtojeni si koleg (pa verifikim)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>Shtojeni këtë kartë si koleg, pa verifikim</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>Nuk ka më karta për të shtuar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>Emri në këtë kartë i ngjan emrit {name}, një emër që e keni tashmë. Shtimi i saj mund ta bllokojë atë koleg derisa ta krahasoni përsëri numrin e sigurisë. Shtojeni vetëm nëse ai koleg ju ka thënë ballë për ballë se i ka ndryshuar karta.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>Pasi ta shtoni, krahasoni numrin e sigurisë me {name} ballë për ballë, te skeda Kolegët. Vetëm atëherë mund të bashkohet në një ekip.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>U shtua si {name}, pa verifikim. Krahasoni bashkë numrin e sigurisë, ballë për ballë, te skeda Kolegët.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>Shtoni një hap pasues</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>Kryer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>Çfarë, dhe kush e bën</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>Pa afat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>Hiqni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>Hapi pasues {n} u krye</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>Hapi pasues {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>Afati i hapit pasues {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>Hiqni hapin pasues {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>I trashë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>Titull</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>Listë me pika</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• Listë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>Listë me numra</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. Listë</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Sa herë që u ruajt ky raport, u mbajt ajo që thoshte më parë. Zgjidhni një version të mëparshëm për ta parë përbri atij aktual; fushat që ndryshojnë shënohen «ndryshuar».</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>Nuk ka versione të mëparshme: ky raport nuk është ndryshuar që kur u ruajt për herë të parë.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>Versionet e mëparshme</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>Versionet e &amp;ruajtura, më të rejat në krye:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>Version i mëparshëm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>Version i &amp;mëparshëm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>Versioni aktual</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>Versioni a&amp;ktual</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>Fshini versionet e mëparshme…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>Fshini versionet e mëparshme</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>Versioni a&amp;ktual, ruajtur: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>Ruajtur: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>Të fshihen versionet e mëparshme të këtij raporti?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>Mbahet vetëm versioni aktual. Bëjeni këtë kur një version i mëparshëm përmban diçka që nuk duhet mbajtur, si p.sh. një emër që e zëvendësuat me një kod personi. Ky veprim nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>Versionet e mëparshme u fshinë.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n fushë ndryshon nga versioni aktual.</numerusform>
            <numerusform>%n fusha ndryshojnë nga versioni aktual.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>Ky version është i njëjtë me atë aktual.</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>Lloji</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>Kush u përfshi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>Shfaqni të gjitha</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>Shfaqni të gjitha incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>Çdo lloj</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>Çdo mjedis</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>Çdo zonë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>Çdokush</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>Çdo status</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(pa titull)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>Nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>Ku</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>Incidentet sipas muajit dhe llojit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>Incidentet sipas mjedisit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>Incidentet sipas personave të përfshirë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>Incidentet sipas kohës së ditës</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>Modelet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>Nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>Nuk ka incidente për t&apos;u numëruar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>U numërua %n incident. Një incident me disa lloje personash të përfshirë numërohet një herë nën secilin lloj.</numerusform>
            <numerusform>U numëruan %n incidente. Një incident me disa lloje personash të përfshirë numërohet një herë nën secilin lloj.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} – {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>Incidentet në vijën kohore</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>Lloji nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>I hapur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>Masat u rishikuan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>Nuk ka incidente për t&apos;u shfaqur.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="55"/>
        <source>{type}, {when}, {status}</source>
        <translation>{type}, {when}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="81"/>
        <source>{type}: {count}</source>
        <translation>{type}: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="86"/>
        <source>%n incident(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n incident nga {first} deri më {last}</numerusform>
            <numerusform>%n incidente nga {first} deri më {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n i hapur</numerusform>
            <numerusform>%n të hapura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>pamja {zoom}, {window}: %n incident</numerusform>
            <numerusform>pamja {zoom}, {window}: %n incidente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>sipas llojit: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>zgjedhur: {incident}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="98"/>
        <source>; </source>
        <comment>separates the parts of the timeline&apos;s summary</comment>
        <translation>;</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <location filename="../../ui/incidents/section.py" line="197"/>
        <source>Incidents</source>
        <extracomment>open an incident (from the timeline or the list): its id &quot;Something happened…&quot; was pressed: register a new incident a load finished and the views show its result (tests wait for it) incidents were deleted or received here (counts and Today follow)</extracomment>
        <translation>Incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>Kërcënimet dhe incidentet me kalimin e kohës, dhe modelet në to: ku, të çfarë lloji, kush u përfshi, në ç&apos;orë të ditës.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>Ndodhi diçka…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>Regjistroni një incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>Ruani përmbledhjen për organizatën…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>Ruani përmbledhjen për organizatën</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>Zmadhoni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>Zmadhoni (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>Zvogëloni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>Zvogëloni (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>Në vijën kohore: tastet e shigjetave lëvizin midis incidenteve, + dhe - zmadhojnë dhe zvogëlojnë, Page Up dhe Page Down lëvizin në kohë, Enter hap incidentin.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>Vija kohore</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>Modelet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>Vija kohore dhe modelet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>Ndani…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>Ndani incidentet e zgjedhura</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>Një paketë për kolegët që zgjidhni. Me Shift ose Ctrl zgjidhni disa.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>Versionet e mëparshme…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>Versionet e mëparshme të incidentit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>Fshini…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>Fshini incidentet e zgjedhura</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>Merrni një paketë…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>Merrni një paketë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>Po shfaqet: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>Ende nuk është regjistruar asnjë incident. Kur ndodh diçka, regjistrojeni këtu, ose me Ctrl+I nga kudo: çdo pyetje mund të anashkalohet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>%n nga incidentet përputhet me filtrat.</numerusform>
            <numerusform>%n nga incidentet përputhen me filtrat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>Asnjë incident nuk përputhet me këta filtra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Paketa u ruajt me %n incident: e enkriptuar për kolegët që zgjodhët dhe për ju.</numerusform>
            <numerusform>Paketa u ruajt me %n incidente: e enkriptuar për kolegët që zgjodhët dhe për ju.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>U fshi %n incident.</numerusform>
            <numerusform>U fshinë %n incidente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>Cilësimet e ditarit</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>Shfaqni pyetjet ndihmëse në shënimet e reja</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>Pyetje ndihmëse, një për rresht</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>Të kërkohet frazëkalimi para se të hapet ditari</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>Të përmendet butësisht kur disa regjistrime të fundit të gjendjes kanë qenë të vështira</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>Pyetje ndihmëse (një për rresht; mund të shkruani tuajat, nëse doni):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Ditari juaj është i kyçur. Shkruani frazëkalimin për ta hapur.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>Frazëkalimi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>Hapni ditarin tim</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>Shënimet e ditarit</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>Ditari juaj është bosh</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>Kjo hapësirë është e juaja: pak fjalë pas një dite të vështirë, ose vetëm një regjistrim gjendjeje. Asgjë këtu nuk ndahet, nuk kërkohet dhe nuk eksportohet, veç nëse e zgjidhni ju, çdo herë.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>Shkruani shënimin e parë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>Shënim i ri</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>Shënim i ri në ditar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>Mbështetja ime</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>Cilësimet e ditarit…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>Cilësimet e ditarit</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>Në disa nga regjistrimet tuaja të fundit të gjendjes, gjërat janë ndier të vështira. Kjo ndodh në këtë punë. Lista juaj e mbështetjes, ose pak pushim, mund t&apos;ju ndihmojë.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>Hapni listën time të mbështetjes</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>Mbylleni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>Mbylleni këtë njoftim</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>Ky frazëkalim nuk e hapi ditarin tuaj. Kasaforta juaj mbetet e hapur.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>Po kontrollohet…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>Gjendja: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>E njëjtë me këtë kompjuter</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="149"/>
        <source>{language}: {status}</source>
        <translation>{language}: {status}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/shell/lock.py" line="55"/>
        <source>FieldSafe</source>
        <extracomment>the passphrase was submitted; key derivation is running</extracomment>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="68"/>
        <source>FieldSafe is locked</source>
        <translation>FieldSafe është i kyçur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>Të dhënat tuaja janë të enkriptuara. Shkruani frazëkalimin për t&apos;i hapur.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Frazëkalimi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frazëkalimi:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>E keni harruar? Mund të shkruani këtu kodin e rikthimit në vend të tij.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>S&amp;hkyçni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>Shkyçni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>Po shkyçet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>Mesazh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Riktheni nga një kopje rezervë…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>Riktheni nga një kopje rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>Ju lutemi shkruani frazëkalimin ose kodin e rikthimit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Po shkyçet…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>Shtojcat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>Bashkëngjitni foto ose PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>Bashkëngjitni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>Shikoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>Shikoni shtojcën</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>Hiqni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>Hiqni shtojcën</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>Hiqni nga fotot të dhënat e vendndodhjes dhe të kamerës</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>Po enkriptohen shtojcat…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>Ta hiqni këtë shtojcë?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Do të hiqet përgjithmonë nga kasaforta.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>Shtojca u hoq.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>Pak fjalë; përdorni kode personash, jo emra</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>Sa zgjati (minuta)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>Nuk është shënuar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>Një lagje ose pjesë e qytetit, kurrë një adresë e saktë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>Kush shkoi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>Unë dhe kolegët, të ndarë me presje</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>Kodet e personave</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>Kode, jo emra, p.sh. A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>Libri i kodeve…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>Libri i kodeve</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>Çfarë ndodhi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>Çfarë ndodhi, çfarë u ra dakord, cilët janë hapat pasues. Kode në vend të emrave.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>Nevojat e shprehura</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>Informacion dhe referime të dhëna</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>Vëzhgime për sigurinë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>A po vëzhgonte apo ndiqte dikush? Ndonjë kërcënim?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>Regjistrojeni si incident…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>Regjistrojeni si incident</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>Hapni formularin e incidentit me këtë raport dhe vëzhgimet e tij për sigurinë (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>Etiketat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>p.sh. shëndeti, strehimi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>Ka shënime në letër nga ky takim</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>I kam asgjësuar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>Shënimet në letër u asgjësuan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>Pa datë rishikimi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>Afati i rishikimit</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>Në këtë datë, pamja Sot ju pyet nëse ta mbani apo ta fshini këtë raport.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titulli:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>&amp;Kur:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>Sa &amp;gjatë:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>&amp;Mjedisi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>Kush shkoi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>Kodet e &amp;personave:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>Çfarë ndodh&amp;i:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>Raport terreni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>Nevojat &amp;që shprehu personi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>Informacion &amp;dhe referime të dhëna:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>Hapat pasu&amp;es:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>&amp;Vëzhgime për sigurinë:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>Etiketat:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>Shënime në letër:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>Shtoj&amp;cat:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>Afati i ri&amp;shikimit:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>Ende pa u konfirmuar si të asgjësuara.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>Asgjësuar, konfirmuar: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>Në fund nuk u asgjësuan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>unë</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>Zëvendësojeni me një kod…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>Zëvendësojeni me një kod personi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>Mbajeni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>Mbajeni këtë tekst</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>«{text}» duket si numër telefoni.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>«{text}» duket si adresë e-maili.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>«{text}» është një emër që e keni shënuar për {code} në librin e kodeve.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>Nëse ky laptop humbet, një kod personi e mban personin më të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>Zëvendësojeni me {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>Ende asnjë kod: shtoni një në librin e kodeve</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>Versionet e mëparshme…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>Versionet e mëparshme</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>&amp;Fshini</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>Ndr&amp;yshoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>Ndryshoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>Ndryshoni këtë raport të ruajtur (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>R&amp;uani</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>Ruani</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>U rikthye nga drafti. Ruajeni që ta mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>U ruajt. Shtypni Ndryshoni për ta ndryshuar.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>U plotësua nga plani i takimit.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>Ta fshini këtë raport terreni?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>Do të hiqet përgjithmonë nga kasaforta, bashkë me versionet e mëparshme dhe shtojcat. Ky veprim nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>Raporti u fshi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%n skedar u shtua në kasafortë.</numerusform>
            <numerusform>%n skedarë u shtuan në kasafortë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n skedar nuk u shtua:</numerusform>
            <numerusform>%n skedarë nuk u shtuan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>U fshi %n origjinal.</numerusform>
            <numerusform>U fshinë %n origjinale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>%n prej tyre vetëm u fshi, pa u mbishkruar më parë.</numerusform>
            <numerusform>%n prej tyre vetëm u fshinë, pa u mbishkruar më parë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n origjinal nuk ekzistonte më.</numerusform>
            <numerusform>%n origjinale nuk ekzistonin më.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n origjinal nuk mund të fshihej (skedari ose dosja e tij është vetëm për lexim, ose është një lidhje). Fshijeni në një mënyrë tjetër.</numerusform>
            <numerusform>%n origjinale nuk mund të fshiheshin (skedari ose dosja e tij është vetëm për lexim, ose është një lidhje). Fshijini në një mënyrë tjetër.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogListPanel</name>
    <message numerus="yes">
        <location filename="../../ui/shell/log_list.py" line="424"/>
        <source>Best matches among the %n most recent records that match. Add a word to find older ones.</source>
        <extracomment>the pages of :attr:`LogListPanel.lists` how the search row is laid out (see :meth:`LogListPanel._place_search`) the person moved to another row of the logs list (a log id) a search result was chosen: its id and its kind the logs list is shown again (the window selects its section) a short message for the status bar</extracomment>
        <translation>
            <numerusform>Përputhjet më të mira mes %n regjistrimit më të fundit që përputhet. Shtoni një fjalë për të gjetur më të vjetrat.</numerusform>
            <numerusform>Përputhjet më të mira mes %n regjistrimeve më të fundit që përputhen. Shtoni një fjalë për të gjetur më të vjetrat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>Raporti u ruajt. Dëshironi të shkruani disa rreshta për veten tuaj, se si shkoi?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>Reflektoni tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>Kujtesë më vonë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>Jo këtë herë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>Zgjidhni fillimisht një ose më shumë raporte për t&apos;i printuar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>Kërkim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>Kërkoni në të gjitha të dhënat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>Kërk&amp;oni:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>Raportet e terrenit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>Rezultatet e kërkimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>Fi&amp;ltrat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>Filtrat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>Përfshini ditarin tim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>Përfshini ditarin tim në këtë kërkim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>Asnjë raport nuk përputhet me këta filtra.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>Ditari juaj është i kyçur: hapeni fillimisht për ta përfshirë në kërkim.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>Përputhjet më të mira në krye; të tjerat shfaqen ndërsa lëvizni poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Nuk u gjet asgjë. Provoni më pak fjalë, ose fjalë më të shkurtra.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>Raport &amp;i ri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Ruani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>&amp;Versionet e mëparshme…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Printoni…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>R&amp;uani si PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;Libri i kodeve…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;Sot</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Bëni kopje rezervë…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>Ndryshoni frazëka&amp;limin…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>K&amp;yçni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>Hiqni gjithçka &amp;nga ekrani tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Dilni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>Çfarë &amp;mbron FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>Fshini &amp;këtë kasafortë…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>Kasafo&amp;rta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>Preferen&amp;cat…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>R&amp;aporti</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>S&amp;hkoni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>Rr&amp;eth FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Shiriti kryesor i veglave</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>Raport i ri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>Shfaqni Sot</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>Kyçni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>Ndryshoni &amp;këtë raport</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>&amp;Ndodhi diçka…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>&amp;Gjeni…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>Seksioni {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>Mbyllni shiritin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>Po shkruhet kopja rezervë…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>Kopja rezervë u shkrua. Mbajeni larg këtij laptopi; ajo hapet me frazëkalimin ose me kodin tuaj të rikthimit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>Frazëkalimi u ndryshua.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="90"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="121"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>Një kujtesë për reflektimin gjendet te pamja Sot.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>Ndryshimi juaj nuk mund të ruhej (shihni mesazhin poshtë tij). Mbyllni përsëri për ta hedhur poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>Ditari im</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>Planet e takimeve</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>Vlerësimet e rrezikut</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>Seksionet</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n muaj nga {first} deri më {last}</numerusform>
            <numerusform>%n muaj nga {first} deri më {last}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="350"/>
        <source>{type} {count}</source>
        <translation>{type} {count}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="355"/>
        <source>{month}: {total} ({types})</source>
        <translation>{month}: {total} ({types})</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="359"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <translation>;</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="48"/>
        <source>Your name for colleagues</source>
        <extracomment>the page&apos;s id in the wizard: after the recovery code is checked (ids leave room for pages in between) the name of a card never named (``vault.sharing.default_name``)</extracomment>
        <translation>Emri juaj për kolegët</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>Kur ndani plane takimesh, kolegët e shohin këtë emër në kartën tuaj dhe mbi gjysmën tuaj të numrit të sigurisë, që t&apos;ju dallojnë. Mjafton një emër ose një nofkë me të cilën ju njohin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>Emri ose nofka juaj</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>&amp;Emri ose nofka juaj:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>Karta juaj nuk është e fshehtë: kushdo që e sheh mund ta lexojë këtë emër. Mund ta ndryshoni më vonë te Preferencat.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Hapni kasafortën time</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>Kolegët do të shohin: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>Nëse e lini bosh, kolegët do të shohin {name}, emrin që ka çdo kartë e re, dhe nuk do t&apos;ju dallojnë dot nga të tjerët derisa t&apos;ju vënë vetë një emër.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>Ju lutemi përdorni të paktën %n shenjë ({count} deri tani). Mënyra më e lehtë është të shtoni edhe një fjalë.</numerusform>
            <numerusform>Ju lutemi përdorni të paktën %n shenja ({count} deri tani). Mënyra më e lehtë është të shtoni edhe një fjalë.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/common/ops.py" line="122"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../ui/common/optional_date.py" line="108"/>
        <source>Choose on a calendar…</source>
        <extracomment>two-digit day and month: as wide as a typed date gets in a numeric format a date was chosen on the calendar or among the quick picks</extracomment>
        <translation>Zgjidhni në kalendar…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>Nesër</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>Pas një jave</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>Pas një muaji</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>Pa datë</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: kalendar dhe zgjedhje të shpejta</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: kalendar</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: shënim</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>Ende nuk është datë: {kept} mbetet derisa të shkruani një datë si {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>Ende nuk është datë, prandaj nuk ruhet. Shkruajeni si {example}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: ora</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: shënim për orën</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>Ende nuk është orë. Shkruajeni si {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>Shtoni edhe një orë, si {example}; pa të nuk ruhet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe ruan kohë nga viti 1900 deri në vitin 9998.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>Deri atëherë mbetet {kept}.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>Pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>Zgjidhni një frazëkalim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>Do ta dini vetëm ju; FieldSafe nuk mund ta rivendosë. Në hapin tjetër do të merrni edhe një kod rikthimi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Krijoni kasafortën</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frazëkalimi:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>Frazëkalimi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>K&amp;onfirmoni frazëkalimin:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>Konfirmoni frazëkalimin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>Po krijohet kasaforta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>Po krijohet kasaforta juaj… Kjo zgjat pak me qëllim: për këdo tjetër, e bën shumë të ngadaltë hamendësimin e frazëkalimit.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>Plan takimi</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>Planet e takimeve</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>Plan i ri…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>Plan i ri takimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>Ndryshoni planin…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>Ndryshoni planin e takimit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>Fshini planin…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>Fshini planin e takimit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>Statusi i planit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>Takimi u krye: shkruani raportin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>Takimi u krye</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>Ndodhi diçka në këtë takim…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>Regjistroni një incident nga ky takim</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>Kolegët…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>Kolegët</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>Ndajeni me një koleg…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>Ndajeni këtë plan me një koleg</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>Merrni një paketë…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>Merrni një paketë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>Kartë xhepi si PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>Kartë xhepi si PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>Lista e kontrollit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>Statusi:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>Plan takimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>përditësuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>Përditësimi nga {name} ndryshoi: {fields}. Secila shënohet më poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>Një përditësim i marrë ndryshoi: {fields}. Secila shënohet më poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>Planifikoni një takim në dyshe: ku, një vend rezervë, çfarë do të bëni nëse…, sinjalin tuaj të alarmit dhe kur do të lajmëroheni.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, te {place}, me {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>një vend ende i pazgjedhur</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>një koleg ende i pazgjedhur</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>Ende pa plotësuar: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>Asgjë pa plotësuar: plani duket gati.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>Plani u ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>Ta fshini këtë plan takimi?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Do të hiqet përgjithmonë nga kasaforta, bashkë me versionet e mëparshme. Një kopje që e keni ndarë tashmë mbetet te kolegu juaj. Ky veprim nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>Plani u fshi.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>Paketa u ruajt: e enkriptuar për kolegun tuaj dhe për ju.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Preferencat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>Emri juaj</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>Një emër ose nofkë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>Madhësia e tekstit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="111"/>
        <source>min</source>
        <comment>minutes, after a number</comment>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="112"/>
        <source>Minutes idle before locking</source>
        <translation>Minuta pa aktivitet para kyçjes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>Pamja</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>Shfaqni një njoftim të sistemit kur kalon ora e lajmërimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>Njoftim i sistemit kur kalon ora e lajmërimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Emri juaj:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>Kolegët e shohin këtë emër në kartën tuaj.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>Madhësia e &amp;tekstit:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>Gjuha dhe madhësia e tekstit ndryshojnë herën tjetër që nis FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Kyçni pas &amp;pasivitetit prej:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>Pa&amp;mja:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>Njoftimi thotë vetëm se ka kaluar një orë lajmërimi, asnjëherë për cilin takim.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>Shkyçni kasafortën për të ndryshuar emrin tuaj</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>Do të përfshihet %n raport.</numerusform>
            <numerusform>Do të përfshihen %n raporte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="263"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>names Qt words with a country (&quot;español de España&quot;): the language alone</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="198"/>
        <source>Your recovery code</source>
        <translation>Kodi juaj i rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Nëse e harroni ndonjëherë frazëkalimin, ky kod e hap kasafortën tuaj. Shfaqet vetëm këtë herë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Shkruajeni tani në letër dhe mbajeni fletën larg këtij laptopi (jo në çantën e laptopit). Kushdo që ka edhe laptopin, edhe këtë kod, mund ta hapë kasafortën.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe nuk jua kopjon, që të mos përfundojë kurrë në historikun e kujtesës së përkohshme. Me shkronja të mëdha ose jo, me viza ose pa to: funksionojnë të dyja.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>Dosja e kopjeve rezervë nuk gjendet: a është futur disku, apo dosja u zhvendos? Nuk humbi asgjë; FieldSafe do të provojë përsëri më vonë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>Kopja rezervë e enkriptuar u shkrua në dosjen tuaj të kopjeve rezervë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>Kopja rezervë funksionoi këtë herë. Ajo ndodhet në dosjen tuaj të kopjeve rezervë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>Joaktive: asnjë kopje rezervë nuk shkruhet sipas orarit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>Ende nuk është shkruar asnjë kopje rezervë atje.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>Kopja e fundit rezervë: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>Përpjekja e fundit, {time}, nuk funksionoi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>Funksionoi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>Kopje rezervë sipas orarit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>Një kopje e enkriptuar e gjithë kasafortës suaj, e shkruar në dosjen që zgjidhni. E hap vetëm frazëkalimi ose kodi juaj i rikthimit: organizata juaj mund ta mbajë, por kurrë nuk mund ta lexojë, dhe ditari juaj mbetet privat brenda saj.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>Zgjidhni &amp;dosjen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>Zgjidhni dosjen e kopjeve rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;Përdorni dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>Përdorni dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>Sa shpesh të bëhet kopja rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>Çdo ditë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>Çdo javë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>Joaktive</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Bëni kopje rezervë tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>Bëni kopje rezervë tani</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>Si shkoi kopja e fundit rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>Shkyçni kasafortën për të bërë kopje rezervë sipas orarit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>Dosja:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>Sa &amp;shpesh:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>Nuk është zgjedhur asnjë dosje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Çdo %n orë</numerusform>
            <numerusform>Çdo %n orë</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Përdorni një dosje ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>Ajo dosje nuk gjendet tani: a është futur disku? Nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>Po shkruhet kopja rezervë…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>Pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_results.py" line="70"/>
        <source>{title}, {when}: {snippet}</source>
        <translation>{title}, {when}: {snippet}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/shell/session.py" line="248"/>
        <source>FieldSafe cannot write its log file, so it runs without one this time. Your records are not affected.</source>
        <translation>FieldSafe nuk mund të shkruajë skedarin e vet të regjistrit teknik, prandaj këtë herë punon pa të. Të dhënat tuaja nuk preken.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>Vetëm për lexim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>Nuk u kyç. Teksti i shënimit është në kujtesën e përkohshme për 30 sekonda dhe fshihet kur FieldSafe kyçet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>Nuk u kyç. Shënimi juaj është ende këtu; provoni ta ruani përsëri.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>Kasaforta është e kyçur. Ndryshimi që ishte i hapur nuk mund të ruhej, prandaj nuk u mbajt.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%n raport me hap pasues në pritje</numerusform>
            <numerusform>%n raporte me hapa pasues në pritje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>%n plan sot</numerusform>
            <numerusform>%n plane sot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%n incident i hapur me masa ende të parishikuara</numerusform>
            <numerusform>%n incidente të hapura me masa ende të parishikuara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n rishikim në afat</numerusform>
            <numerusform>%n rishikime në afat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/sidebar.py" line="280"/>
        <source>{section}, {count}</source>
        <translation>{section}, {count}</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../ui/journal/support.py" line="61"/>
        <source>My support</source>
        <translation>Mbështetja ime</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>Persona që mund t&apos;i kontaktoni dhe çfarë ju ndihmon. Ruhet vetëm në këtë kasafortë; asgjë nuk dërgohet askund.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>Persona që mund t&apos;i kontaktoj</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>Emri ose organizata</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>Si t&apos;i kontaktoni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>Shtoni person</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>Hiqni personin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>Çfarë më ndihmon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>Diçka që ndihmon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>p.sh. një shëtitje, muzikë, t&apos;i telefonoj motrës</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>Shtoni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>Shtoni çfarë ndihmon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>Hiqni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>Hiqni çfarë ndihmon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>Shtoni dikë që mund ta kontaktoj</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>Lista juaj e mbështetjes është bosh tani për tani. Disa gjëra që shpesh ndihmojnë:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>dikush të cilit i besoni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>një koleg ose mbikëqyrësi juaj</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>një linjë ndihme e organizatës suaj</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>pushimi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>diçka që ju qetëson dhe ju mban të pranishëm, si një shëtitje ose frymëmarrje e ngadaltë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>Fillimisht shkruani një emër ose një organizatë.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>Zgjidhni një ekip, ose krijoni një të ri.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>Ende asnjë ekip. Shkruani një emër për ekipin tuaj të parë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>Ende asnjë anëtar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>Të gjithë kolegët tuaj janë në këtë ekip.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>Ende asnjë koleg: shtoni kartat e tyre te skeda Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>Ekipi «{name}» u krijua. Zgjidhni dosjen e ekipit dhe shtoni kolegë të verifikuar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>Ekipi tani quhet «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>Zgjidhni dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>Ekipi tani nuk ka dosje. Dosja dhe skedarët në të mbeten aty ku janë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>Dosja e ekipit u caktua. Lëreni kartën tuaj atje, që ekipi ta gjejë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} tani bën pjesë në këtë ekip.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} tani ka rolin e përgjegjësit të sigurisë në këtë ekip.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} tani bën pjesë në këtë ekip, pa rolin e përgjegjësit të sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} nuk është më në këtë ekip. Mbetet në listën e kolegëve tuaj.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>Ta fshini ekipin «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>Ekipi hiqet nga kjo kasafortë, bashkë me listën e anëtarëve dhe rolet e tyre. Kolegët tuaj mbeten. Dosja e ekipit dhe çdo skedar në të mbeten aty ku janë: FieldSafe nuk i fshin.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>Fshini ekipin</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>Ekipi u fshi. Dosja e tij dhe skedarët në të mbeten.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>Karta juaj është në dosjen e ekipit. Ajo përmban vetëm çelësa publikë; kolegët duhet ende ta krahasojnë numrin e sigurisë me ju ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>Nuk ka karta të reja në dosjen e ekipit.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>Sipas sistemit</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>E çelët</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>E errët</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>Kontrast i lartë</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>Sot</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>Asgjë nuk kërkon vëmendje sot: asnjë takim i afërt, asnjë hap pasues në pritje, asnjë shënim në letër që pret të asgjësohet, asnjë raport për t&apos;u rishikuar, asnjë incident ose vlerësim rreziku që pret rishikim.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Hapa pasues në pritje (%n)</numerusform>
            <numerusform>Hapa pasues në pritje (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>afati {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>Shënime në letër ende pa u konfirmuar si të asgjësuara (%n)</numerusform>
            <numerusform>Shënime në letër ende pa u konfirmuar si të asgjësuara (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>Ka kaluar data e rishikimit: fshini ose mbani (%n)</numerusform>
            <numerusform>Ka kaluar data e rishikimit: fshini ose mbani (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>rishikim deri më {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>Reflektime të lëna për më vonë (%n)</numerusform>
            <numerusform>Reflektime të lëna për më vonë (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(shfaqet vetëm i pari)</numerusform>
            <numerusform>(shfaqen vetëm %n të parët)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>Takime dhe lajmërime që po afrohen (%n)</numerusform>
            <numerusform>Takime dhe lajmërime që po afrohen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>Plan takimi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>pa orë lajmërimi të rënë dakord</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>lajmërim deri në {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>Incidente me masa ende të parishikuara (%n)</numerusform>
            <numerusform>Incidente me masa ende të parishikuara (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>Rishikime vlerësimesh rreziku në afat (%n)</numerusform>
            <numerusform>Rishikime vlerësimesh rreziku në afat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>Vlerësim pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>afati i rishikimit {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>Pa titull</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>Mirë se vini në FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>Më pas do të zgjidhni një frazëkalim. Kjo zgjat disa minuta.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>Kodi burimor: i shpërndarë bashkë me këtë program, në {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>Kodi burimor: nuk përfshihet në këtë kopje. Kërkojeni te kushdo që jua dha.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>Versioni {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>Licenca: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, versioni 3 ose më i ri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="59"/>
        <source>SQLCipher {sqlcipher}, SQLite {sqlite}</source>
        <translation>SQLCipher {sqlcipher}, SQLite {sqlite}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="63"/>
        <source>Qt {qt} (PySide6 {pyside})</source>
        <translation>Qt {qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="67"/>
        <source>Portable mode: everything is kept in {folder}</source>
        <translation>Mënyra portative: gjithçka ruhet në {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>Rreth FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>Të dhëna terreni të enkriptuara, që qëndrojnë në këtë kompjuter dhe funksionojnë pa internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>Rreth kësaj kopjeje të FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe nuk mund të shkruajë në dosjen e vet {folder}, prandaj nuk mund të niset në mënyrën portative.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>Kopjojeni dosjen e FieldSafe në një vend ku mund të shkruani (një USB që nuk është i mbrojtur nga shkrimi, ose dosjen tuaj), ose niseni FieldSafe pa mënyrën portative.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>Jeni kthyer shëndoshë e mirë</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>Mbyllni njoftimin</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>U shënua në {time}. {name} mund të jetë duke pritur ta marrë vesh. FieldSafe mund ta lërë planin, ku tani shënohet se jeni kthyer shëndoshë e mirë, në dosjen e ekipit për {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>U shënua në {time}. {name} mund të jetë duke pritur ta marrë vesh. FieldSafe nuk dërgon asgjë vetë: mund ta ruajë planin, ku tani shënohet se jeni kthyer shëndoshë e mirë, si një paketë të vogël për {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>Njoftoni {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>Njoftoni {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>Njoftoni {name} se jeni kthyer shëndoshë e mirë</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>Paketa për {name} u ruajt. Përcilleni siç shkëmbeni zakonisht paketat: sapo {name} ta marrë, FieldSafe do t&apos;i tregojë se jeni kthyer shëndoshë e mirë.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>U la në dosjen e ekipit për {name}. Sapo FieldSafe në anën e kolegut ta lexojë dosjen, do të tregojë se jeni kthyer shëndoshë e mirë.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>Në vend të kësaj, mund të ruani një paketë të vogël për {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>Ka kaluar koha e caktuar për një lajmërim</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>Çfarë ratë dakord të bëni nëse njëri prej jush nuk lajmërohet:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>U ktheva shëndoshë e mirë</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>Hapni planin</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>Tjetra</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>Ora tjetër e lajmërimit që ka kaluar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>Në plan nuk është shkruar asgjë për këtë. Hapni planin për të parë çfarë ratë dakord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>Ka kaluar edhe %n orë lajmërimi.</numerusform>
            <numerusform>Kanë kaluar edhe %n orë lajmërimi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>%n minutë pas saj</numerusform>
            <numerusform>%n minuta pas saj</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>në atë orë</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, takimi në {start}: ratë dakord të lajmëroheni deri në {time} dhe të veproni {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>Takimi në {start}: ratë dakord të lajmëroheni deri në {time} dhe të veproni {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>Si të kontaktoni {colleague}: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>Si të kontaktoni kolegun: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>Plani nuk ka të dhëna kontakti për {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>Plani nuk ka të dhëna kontakti.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>njëri prej nesh nuk lajmërohet?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Si e kontaktojmë njëri-tjetrin gjatë dhe pas takimit?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Nëse lajmërimi nuk vjen, kjo shfaqet bashkë me atë që ratë dakord të bëni.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Sa presim pas orës së lajmërimit, para se të veprojmë?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe tregon çfarë ratë dakord, sapo të kalojë kjo kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>Veproni në orën e lajmërimit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutë</numerusform>
            <numerusform>%n minuta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/tray.py" line="65"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/tray.py" line="65"/>
        <source>A check-in time has passed.</source>
        <translation>Ka kaluar koha e caktuar për një lajmërim.</translation>
    </message>
</context>
<context>
    <name>colleagues</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="78"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="80"/>
        <source>Import</source>
        <translation>Importoni</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Skedari nuk mund të lexohet.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>Ndajeni me</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Shënoni çdo koleg që mund ta hapë paketën: secili prej tyre mund ta hapë, edhe ju, askush tjetër. Shfaqen vetëm kolegët me të cilët e keni krahasuar numrin e sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>Ende nuk është verifikuar asnjë koleg. Fillimisht krahasoni numrat e sigurisë te Kolegët, ose mbrojeni paketën me një frazëkalim që ia thoni kolegut ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>Kolegë të verifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Tasti Space shënon ose heq shënimin e një kolegu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>Ndani</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>Ndajeni me kolegët e shënuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>Mbrojeni me një &amp;frazëkalim në vend të kësaj…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>Mbrojeni me një frazëkalim në vend të kësaj</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>Anuloni: mos ndani asgjë</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>Ndajeni me %n koleg</numerusform>
            <numerusform>Ndajeni me %n kolegë</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>Numri i sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>Ju ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>Gjysma juaj e numrit të sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>{name}: gjysma e numrit të sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>Gjysma e numrit të sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>Ruani paketën</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>Paketa ndarjeje (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>Merrni një paketë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>Paketa ndarjeje (*.age);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>U shtuan: {added}, u përditësuan: {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>Nga {name} (verifikuar): të reja: {new}, për përditësim: {changed}. T&apos;i importoni?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>%n që e keni tashmë në këtë version, ose në një më të ri, mbetet siç është.</numerusform>
            <numerusform>%n që i keni tashmë në këtë version, ose në një më të ri, mbeten siç janë.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>Nga një dërgues që NUK është verifikuar (paketë me frazëkalim): të reja: {new}, për përditësim: {changed}. Importojeni vetëm nëse e prisnit.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>Kjo paketë nuk ishte drejtuar për ju: nuk emërton asnjë marrës, prandaj kushdo që ka frazëkalimin e saj mund ta hapë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>Të dy e ndryshuat këtë plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>Të dy e ndryshuat këtë incident</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>Të dy e ndryshuat këtë vlerësim rreziku</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>Të dy e ndryshuat këtë regjistrim</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>Versioni i {name}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>Versioni i kolegut: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>Versioni im: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>Mbani versionin tim: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>Merrni versionin e kolegut: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Ju dhe {name} i ndryshuat të njëjtat pjesë që nga shkëmbimi i fundit. Zgjidhni për secilën cilin version të mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Ju dhe kolegu juaj i ndryshuat të njëjtat pjesë që nga shkëmbimi i fundit. Zgjidhni për secilën cilin version të mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>Frazëkalimi i paketës</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>Një frazëkalim me të paktën 10 shenja. Thuajani kolegut ballë për ballë, kurrë bashkë me skedarin:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>I njëjti frazëkalim përsëri:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>Kjo paketë është e mbrojtur me frazëkalim. Shkruajeni:</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="49"/>
        <location filename="../../ui/common/dialogs.py" line="117"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="94"/>
        <source>A log you were writing was not saved.</source>
        <translation>Një raport që po shkruanit nuk u ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe e mbajti në gjendjen e {time}. Riktheni për të vazhduar shkrimin, ose hidheni poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>Hidheni poshtë</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>fshi</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>Fshirja shkatërron çelësin e kasafortës dhe pastaj të dhënat e saj. Më pas asnjë frazëkalim ose kod rikthimi nuk mund t&apos;i hapë ato. Ajo nuk i arrin kopjet rezervë ose kopjet e bëra më parë, as blloqet që një SSD i ka zhvendosur tashmë mënjanë.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>Për ta fshirë, shkruani fjalën «{word}»:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>Fjala e konfirmimit</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>Fshini kasafortën</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>Bëni kopje rezervë të kasafortës</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>Kopje rezervë FieldSafe (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>Bashkëngjitni foto, skanime ose PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Foto, skanime dhe PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe e mbishkruan çdo skedar, pastaj e fshin. Në një SSD, kartë memorieje, telefon ose dosje të sinkronizuar mund të mbeten kopje që asnjë program nuk i arrin; edhe një aparat fotografik ose skaner mund të mbajë kopjen e vet. Kopja e enkriptuar në kasafortë nuk preket.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>Fshini origjinalet</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>Mbajini</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>Nëse FieldSafe kyçet tani, shënimi humbet. Mund të kopjoni fillimisht tekstin e tij (fshihet nga kujtesa e përkohshme pas 30 sekondash dhe kur FieldSafe kyçet), ta mbani dritaren të hapur dhe të provoni ta ruani përsëri, ose ta kyçni gjithsesi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>FieldSafe ishte gati të kyçej, sepse nuk u përdor për njëfarë kohe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>Nëse askush nuk përgjigjet, FieldSafe kyçet pasi të kalojë përsëri e njëjta kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>Shënimi juaj nuk mund të ruhej, dhe as nuk mund të mbahej si draft.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>Kopjoni tekstin</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>Mbajeni dritaren të hapur</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>Kyçni gjithsesi (shënimi humbet)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Diçka nuk shkoi mirë. Nuk ka ndryshuar asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>Ai skedar nuk mund të bashkëngjitet. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>Disku është plot, prandaj të dhënat tuaja janë hapur vetëm për lexim dhe ky veprim nuk mund të kryhej. Nuk ndryshoi asgjë; lironi pak hapësirë, pastaj hapeni përsëri kasafortën.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe nuk ka leje të shkruajë në atë vend. Nuk ndryshoi asgjë; zgjidhni një vend tjetër.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>Shkrimi në disk dështoi. Nuk ndryshoi asgjë; ju lutemi provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>Ky frazëkalim ose kod rikthimi nuk e hapi këtë kopje rezervë. Provoni atë që ishte i vlefshëm kur u bë kopja rezervë. Nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>Disku është plot, prandaj të dhënat tuaja janë hapur vetëm për lexim. Nuk mund të ruhet asgjë derisa të lirohet pak hapësirë dhe kasaforta të hapet përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>Disku është plot, prandaj kasaforta nuk mund të hapet. Nuk ka ndryshuar asgjë; lironi pak hapësirë dhe provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe nuk ka leje të përdorë dosjen e kasafortës, prandaj kasaforta nuk mund të hapet. Nuk ka ndryshuar asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>Dosja e kasafortës nuk mund të përdoret tani (një problem me diskun), prandaj kasaforta nuk mund të hapet. Nuk ka ndryshuar asgjë; ju lutemi provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>Emri i asaj dosjeje ose skedari është shumë i gjatë për këtë kompjuter. Nuk ka ndryshuar asgjë; zgjidhni një emër ose vend më të shkurtër.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>Disku është plot, prandaj të dhënat tuaja janë hapur vetëm për lexim. Nuk u ruajt asgjë; teksti juaj është ende këtu. Lironi pak hapësirë, pastaj hapeni përsëri kasafortën.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>Disku është plot. Nuk u ruajt asgjë; teksti juaj është ende këtu. Lironi pak hapësirë dhe provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe nuk ka leje të shkruajë në atë vend. Nuk u ruajt asgjë; teksti juaj është ende këtu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>Shkrimi në disk dështoi. Nuk u ruajt asgjë; teksti juaj është ende këtu. Ju lutemi provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>nuk është e vlefshme</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>Regjistrimi {number}: fusha «{field}» {reason}. Nuk u importua asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>Fusha «{field}» {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>Skedari nuk është në formatin e pritur.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>Rreshti {line}: {problem} Nuk u importua asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>Ky frazëkalim ose kod rikthimi nuk e hapi këtë kasafortë. Ju lutemi provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>Skedari i çelësit të kasafortës (vault.key) mungon, prandaj të dhënat nuk mund të hapen. Riktheni atë nga një kopje rezervë; nuk ka ndryshuar asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>Skedari i çelësit të kasafortës (vault.key) është i dëmtuar, ose nuk është skedar çelësi i FieldSafe. Riktheni atë nga një kopje rezervë; nuk ka ndryshuar asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>Baza e të dhënave e kasafortës është e dëmtuar ose e paplotë. Nuk ka ndryshuar asgjë; riktheni nga një kopje rezervë, nëse keni.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>Në atë vend nuk ka kasafortë FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>Atje ka tashmë një kasafortë (ose skedarë të tjerë). FieldSafe nuk e mbishkruan kurrë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>Kjo kasafortë është krijuar nga një version më i ri i FieldSafe. Ju lutemi përditësoni FieldSafe për ta hapur.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>Përditësimi i kësaj kasaforte në versionin e ri të FieldSafe dështoi. Kasaforta u la siç ishte; para përpjekjes u mbajt një kopje.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>Një dritare ose komandë tjetër e FieldSafe po e përdor këtë kasafortë tani. Nuk ndryshoi asgjë; ju lutemi provoni përsëri pas pak.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Kasaforta është e kyçur. Shkyçeni për të vazhduar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>Ky regjistrim nuk ekziston më.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>Dosja nuk gjendet: a është futur disku, apo dosja u zhvendos? Nuk u shkrua asgjë; nëse u zhvendos, zgjidheni përsëri dosjen te Kolegët › Ekipet.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>Atje ka tashmë një skedar. Zgjidhni një emër tjetër; FieldSafe nuk e mbishkruan kurrë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>Disku është plot, prandaj ky veprim nuk mund të kryhej. Nuk ndryshoi asgjë; lironi pak hapësirë (ose zgjidhni një vend tjetër, si një USB) dhe provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>është e detyrueshme</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>nuk është datë dhe orë e vlefshme</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>duhet të jetë tekst</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>është shumë e gjatë</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>përmban një shenjë që nuk lejohet</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>nuk është fushë e këtij lloji regjistrimi</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>nuk është lloj regjistrimi që FieldSafe e njeh</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>nuk është ID e vlefshme regjistrimi</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>duhet të jetë objekt</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>përsërit një ID të përdorur më parë në skedar</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>është jashtë kufijve të lejuar</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>përmban tekst që nuk është Unicode i vlefshëm</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>nuk është datë e vlefshme (vit-muaj-ditë)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>duhet të jetë numër i plotë</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>duhet të jetë «true» ose «false»</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>nuk është një nga vlerat e lejuara</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>duhet të jetë listë</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>ka shumë zëra</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>nuk është base64 i vlefshëm</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>nuk përputhet me përmbajtjen e shtojcës</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>ka një zë me presje ose pikëpresje, të cilat ndajnë zërat</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>i referohet një regjistrimi që nuk është në këtë kasafortë</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>është tashmë në librin e kodeve</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>përdoret tashmë nga një lloj tjetër regjistrimi në këtë kasafortë</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>Skedari nuk është JSON i vlefshëm.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>Skedari nuk është skedar shkëmbimi i FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>Skedari është krijuar nga një version më i ri i FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>Skedari nuk është kopje rezervë e FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>Skedari është i paplotë (mund të jetë ndërprerë gjatë kopjimit).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>Skedari është i dëmtuar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>Skedari nuk ekziston.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>Skedari nuk mund të lexohet.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>Skedari është shumë i madh.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Skedari nuk është tekst UTF-8.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>Skedari përsërit një emër brenda të njëjtit objekt, prandaj kuptimi i tij është i paqartë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>Kjo nuk është kartë FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>Skedari nuk është paketë ndarjeje e FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>Kjo paketë u enkriptua për dikë tjetër; kjo kasafortë nuk mund ta hapë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>Kjo paketë kërkon shumë më tepër punë për t&apos;u hapur sesa përdor ndonjëherë FieldSafe, prandaj nuk u hap.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>Kjo paketë është e mbrojtur me frazëkalim. Kërkojani dërguesit.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>Ky frazëkalim nuk e hapi paketën, ose skedari është i dëmtuar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>Paketa nuk është nënshkruar nga një koleg FieldSafe, prandaj nuk u hap.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>Nënshkrimi i paketës nuk përputhet me përmbajtjen e saj: mund të jetë ndryshuar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>Dërguesi nuk është verifikuar ende. Fillimisht krahasoni numrat tuaj të sigurisë ballë për ballë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>Dërguesi nuk është një nga kolegët tuaj. Fillimisht importoni dhe verifikoni kartën e dërguesit.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>Çelësi i këtij kolegu ka ndryshuar. Asgjë nuk ndahet dhe asgjë nuk merret derisa ta verifikoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>E keni tashmë këtë version të paketës, ose një më të ri. Nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>Ky është një version i mëparshëm i një plani që e keni tashmë. Nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>Kjo paketë u krijua nga një version i mëparshëm i FieldSafe dhe nuk mund të krahasohet me planet që keni. Kërkojini dërguesit ta përditësojë FieldSafe dhe ta ndajë përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>Kjo paketë i ishte drejtuar dikujt tjetër, jo juve. Nuk u importua asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>Dërguesi është koleg i verifikuar, por nuk bën pjesë në ekipin nëpërmjet dosjes së të cilit erdhi kjo. Nuk u importua asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>Këto regjistrime vazhduan të ndryshonin në këtë kasafortë ndërsa paketa po importohej. Nuk u importua asgjë. Provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>Skedari është bosh. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>Skedari është më i madh se 25 MB, kufiri i FieldSafe për bashkëngjitjet. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe bashkëngjit vetëm foto JPEG dhe PNG dhe skedarë PDF. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>Skedari është i dëmtuar ose i paplotë. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>Imazhi është shumë i madh për t&apos;u hapur në mënyrë të sigurt (mbi 80 megapiksel). Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>Skedari nuk mund të lexohet (mund të mos jetë më aty, ose nuk është skedar i zakonshëm). Nuk u ruajt asgjë.</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>Përmbledhje për organizatën</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>Përmbledhja ruhet si skedar që nuk është i enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>Përmban vetëm numra: incidentet sipas muajit, llojit, mjedisit dhe zonës. Nuk përmban kode personash, emra apo tekst të shkruar. Numrat nën {small} nuk shfaqen, dhe as, kur duhet, numrat pasardhës më të vegjël, që një numër i pashfaqur të mos mund të nxirret; zonat me më pak se {small} incidente numërohen bashkë. Kushdo që ka skedarin mund ta lexojë: ndajeni vetëm me ata për të cilët është menduar, dhe fshini kopjen tuaj kur nuk ju duhet më.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>Nga incidenti i parë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>Deri sot</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>Deri më</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>Një fletë llogaritëse (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>Një dokument PDF</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>Ruani si</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>Zgjidhni ku ta ruani…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>Zgjidhni ku ta ruani</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>permbledhje-incidentesh</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>Skedarë CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>Ruani përmbledhjen</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>Gjithsej</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>Sipas muajit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>Sipas llojit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>Sipas mjedisit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>Sipas zonës</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>Nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>Të gjitha incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>Zona të tjera (secila me më pak se {small} incidente)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>Seksioni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>Vlera</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>më pak se {small}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>Incidentet nga {first} deri më {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>Incidentet nga {first} e tutje</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>Incidentet deri më {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>Çdo incident i regjistruar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>Vetëm numra, pa kode, emra apo tekst të shkruar. Numrat nën {small} nuk shfaqen, dhe as, kur duhet, numrat pasardhës më të vegjël; zonat me më pak se {small} incidente numërohen bashkë.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>Incidentet: përmbledhje pa të dhëna identifikuese</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>Nuk ka incidente në këtë periudhë.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>Po ruhet përmbledhja…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>Përmbledhja u ruajt. Ajo nuk është e enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>Fshini kopjen tuaj sapo të mos ju duhet më.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>Ta fshini këtë incident?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Do të hiqet përgjithmonë nga kasaforta, bashkë me versionet e mëparshme. Një kopje që e keni ndarë tashmë mbetet te kolegu juaj. Ky veprim nuk mund të zhbëhet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>Ta fshini këtë incident?</numerusform>
            <numerusform>T&apos;i fshini këto %n incidente?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>Do të hiqen përgjithmonë nga kasaforta, bashkë me versionet e mëparshme. Kopjet që i keni ndarë tashmë mbeten te kolegët tuaj. Ky veprim nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Sa herë që u ruajt ky incident, u mbajt ajo që thoshte më parë. Zgjidhni një version të mëparshëm për ta parë përbri atij aktual; fushat që ndryshojnë shënohen «ndryshuar».</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>Nuk ka versione të mëparshme: ky incident nuk është ndryshuar që kur u ruajt për herë të parë.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>Kur ndodhi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>Kur u vu re</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>Çfarë lloji</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>Me pak fjalë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>Kush u përfshi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>Kush u përfshi, me pak fjalë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>Çfarë ndodhi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>Ndikimi te njerëzit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>Ndikimi te puna</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>Masat e menjëhershme të marra</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>Raportuar te</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>Lidhur me</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>Për shembull: një burrë na ndoqi deri te stacioni i tramvajit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Kur ndodhi?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>Çfarë lloj gjëje ndodhi?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>Me &amp;pak fjalë:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>Çfarë &amp;ndodhi:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>Ku, dhe kush u përfshi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>Vetëm përafërsisht: kurrë një adresë, kurrë një emër. Anashkaloni atë që nuk e dini.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>Pa u thënë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Një lagje ose zonë, kurrë një adresë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>Një përshkrim, kurrë një emër</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>Kur u vu re, nëse më vonë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>Mjedisi:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>Kush u përfshi?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>Me pak fjalë:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>Kur u vu re, nëse më vonë:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>Çfarë shkaktoi, dhe çfarë u bë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>Për shembull: përgjegjësi ynë i sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>Masat e menjëhershme janë rishikuar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>Ndikimi te njerëzit:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>Ndikimi te puna:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>&amp;Masat e menjëhershme të marra:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>Raportuar te:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>Lidhur me:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>Një incident që po regjistronit nuk u ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe e mbajti në gjendjen e {time}. Riktheni për të vazhduar, ose hidheni poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>Hidheni poshtë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>Ndodhi diçka</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>&amp;Ruani incidentin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>Ruani incidentin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="152"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="153"/>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="154"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>Çdo pyetje mund të anashkalohet. Ruani atë që keni; mund të shtoni më vonë.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>U rikthye nga drafti. Ruajeni që ta mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>U ruajt. Po vendoset në dosjen e ekipit…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>Ajo që shkruat nuk mund të mbahej. Ruajeni, ose kopjojeni para se ta mbyllni.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>Një raport terreni që nuk është në këtë kasafortë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>Raport terreni, {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>Një plan takimi që nuk është në këtë kasafortë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>Plan takimi për {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>Një vlerësim rreziku që nuk është më këtu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>Vlerësim rreziku: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>vlerësim pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>Nga raporti juaj i terrenit, {time}: koha, mjedisi dhe zona janë plotësuar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>Kush shkoi: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>Nga plani juaj i takimit për {time}: koha dhe mjedisi janë plotësuar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>Me {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>Ende jo e qartë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>Regjistrime të lidhura</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>Hiqni lidhjen</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>Lidhni një vlerësim rreziku</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>Lidhni një vlerësim rreziku…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>Vlerësimi:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>Vlerësim pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>Sapo të ruhet incidenti, lihet në dosjen e ekipit për ta, i enkriptuar për ta dhe për ju.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>Dërgojeni te përgjegjësi i sigurisë ({names})</numerusform>
            <numerusform>Dërgojeni te përgjegjësit e sigurisë ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (i lidhur me këtë incident)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (i njëjti vend)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>Ta rishikoni një vlerësim rreziku?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>Incidenti u ruajt. Pas një incidenti ndihmon të rishikohet vlerësimi i rrezikut me të cilin lidhet: çfarë ndryshoi dhe çfarë duhet bërë ndryshe. Mund ta bëni tani, ose më vonë te Vlerësimet e rrezikut.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>Vlerësime rreziku për t&apos;u rishikuar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>Rishikoni këtë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>Një javë</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>Një muaj</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>Tre muaj</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>Një vit</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>Pesë vjet</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>Një shënim ditari që po shkruanit nuk u ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe e mbajti në gjendjen e {time}. Riktheni për të vazhduar shkrimin, ose hidheni poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="81"/>
        <location filename="../../ui/journal/support.py" line="46"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="83"/>
        <source>Restore</source>
        <translation>Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>Hidheni poshtë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>qetësi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>lodhje</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>trishtim</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>ankth</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>zemërim</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>mpirje</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>tronditje</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>mbingarkesë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>lehtësim</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>shpresë</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>krenari</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>mirënjohje</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>Çfarë shkoi mirë?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>Çfarë ishte e vështirë?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>A më zgjoi diçka kujtime nga përvoja ime?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>Çfarë më duhet tani?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>Me kë mund të flas për këtë?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (shumë vështirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (vështirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (mjaft vështirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (disi vështirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (pak vështirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (në mes)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (pak mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (disi mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (mjaft mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (shumë mirë)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>Duket se ka qenë e vështirë.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>Dëshironi të shihni njerëzit dhe gjërat që ju ndihmojnë?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>Shfaqni mbështetjen time</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>Teksti origjinal</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>Rishikuar nga një folës amtar</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>Në pritje të rishikimit nga folës amtarë</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>Gjuha: {language}, gjuha në të cilën FieldSafe shkruhet fillimisht.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>Nëse një fjalë duket e gabuar, e paqartë ose jo e sjellshme, na e tregoni përmes organizatës që ju dha FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>Gjuha: {language}, rishikuar nga një folës amtar ({who}, {date}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>Gjuha: {language}, në pritje të rishikimit nga folës amtarë: askush që e ka këtë gjuhë si gjuhë amtare nuk e ka kontrolluar ende këtë përkthim.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe i mban shënimet tuaja të terrenit në një kasafortë të vetme të enkriptuar në këtë kompjuter. Asgjë që shkruani nuk ruhet në disk pa enkriptim, dhe gjithçka funksionon pa internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>Ju mbron kur laptopi humbet, vidhet ose merret: pa frazëkalimin ose kodin tuaj të rikthimit, të dhënat nuk mund të lexohen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>Nuk mund të mbrojë një kompjuter që ka program keqdashës ose një program që regjistron tastet e shtypura. Asnjë aplikacion që punon në një kompjuter të tillë nuk mundet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>Nuk e zëvendëson enkriptimin e të gjithë diskut. Ju lutemi aktivizojeni edhe atë, që të mbrohen gjithashtu skedarët e përkohshëm të vetë sistemit dhe hapësira swap.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>Fshirja nuk mund të arrijë kopjet e bëra më parë, si kopjet e vjetra rezervë ose imazhet e diskut, dhe një SSD mund të mbajë blloqe të vjetra për njëfarë kohe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>Nuk mund ta fshehë faktin që kasaforta ekziston. Nëse dikush ju detyron ta shkyçni, FieldSafe nuk mund të shtiret se është bosh.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>Çfarë nuk mund të bëjë:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>Shumë i lehtë për t&apos;u hamendësuar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>I lehtë për t&apos;u hamendësuar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>Mjaftueshëm i mirë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>I fortë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>Shumë i fortë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Shfaqni frazëkalimin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>Shfaqni frazëkalimin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>Gjithçka që u shkrua është me shkronja të mëdha: a është aktiv Caps Lock?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>Forca e frazëkalimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>Forca: ende nuk është shkruar asgjë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>Forca: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>Disa fjalë pa lidhje mes tyre krijojnë një frazëkalim që mbahet mend lehtë dhe hamendësohet vështirë: për shembull, katër fjalë që mund t&apos;i përfytyroni bashkë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>Ky do të ishte i lehtë për t&apos;u hamendësuar nga dikush tjetër. Zakonisht ndihmon të shtoni edhe një ose dy fjalë pa lidhje.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>Mirë. Tani shkruajeni edhe një herë në fushën e dytë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dy frazëkalimet ende nuk janë të njëjta.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>Dy frazëkalimet përputhen.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>ndryshuar nga përditësimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(tani bosh)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>Plan takimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>Data dhe ora</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>Kur presim të mbarojmë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>Kur lajmërohemi te njëri-tjetri</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>Kush vjen me ju?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>Kodi i personit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>Ku takohemi?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>Ku shkojmë nëse vendi i parë nuk bën?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>Sinjali ynë diskret i alarmit, dhe çfarë do të thotë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>Ku të ulemi ose të qëndrojmë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>Kush bën çfarë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>Çfarë do të bëjmë nëse…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>Para se të nisemi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>Çfarë do të bëjmë nëse… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>Raporti i shkruar pas takimit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>Si të kontaktohet kolegu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>Minuta pritjeje pas një lajmërimi që nuk erdhi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>Kthyer shëndoshë e mirë në</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>asgjë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>një raport</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>një vlerësim rreziku</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(edhe ju e ndryshuat këtë: do të zgjidhni cilin version të mbani)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>Çfarë ndryshon ky përditësim</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>Importoni</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>Importoni përditësimin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>Anuloni: mos importoni asgjë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>Në planin {title}:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>Gati</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>Kryer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>Anuluar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>vonohemi?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>personi vonohet, ose nuk vjen?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>vjen dikush që nuk e prisnim?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>ndërhyn një palë e tretë?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>na jepen dokumente për t&apos;i sjellë mbrapsht në mënyrë të sigurt?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>njëri prej nesh nuk ndihet mirë, ose e rikthejnë papritur kujtime të rënda?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>dikush na afrohet në mënyrë kërcënuese, ose e kërcënon personin?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>njëri prej nesh nuk lajmërohet?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>Ende asnjë koleg</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>Ende asnjë vend rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>Ende nuk është rënë dakord për sinjal alarmi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>Ende asnjë orë lajmërimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>Asnjë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>Vlerësim pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>Një vlerësim që nuk është më në këtë kasafortë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>Pa vendosur</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>lloji nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>vendi nuk është dhënë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>asgjë e shkruar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="125"/>
        <source>{when}, {title}: {observation}</source>
        <translation>{when}, {title}: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="131"/>
        <source>{when}: {observation}</source>
        <translation>{when}: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="152"/>
        <source>From your vault, to help you plan. None of this is saved in the plan.</source>
        <translation>Nga kasaforta juaj, për t&apos;ju ndihmuar të planifikoni. Asgjë nga këto nuk ruhet në plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>Vlerësimi i rrezikut</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>Vlerësimi i lidhur i rrezikut nuk është më në këtë kasafortë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>Vlerësime rreziku për këtë vend</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>Lidhni një në faqen e parë për ta parë këtu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>Çfarë ka ndodhur më parë atje</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>Vëzhgime për sigurinë në raporte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>Ende asgjë e regjistruar për këtë mjedis, zonë ose kod personi.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>Vjen edhe një koleg</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>Është rënë dakord për një vend rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>Është rënë dakord për një sinjal alarmi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>Është rënë dakord për një orë lajmërimi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>Qëllimi dhe personat</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>Mos u takoni kurrë vetëm: vjen edhe një koleg i trajnuar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>Një kod, kurrë një emër, në rast se ky plan gjendet.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>Çfarë duam të arrijmë?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>Një qëllim i qartë e mban takimin të shkurtër dhe të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>Cilin vlerësim rreziku ndjek ky takim?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>Kërcënimet, kapacitetet dhe masat e tij shfaqen pranë pyetjeve.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>Çfarë lloj vendi?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>Çdo mjedis ka dinamikat dhe rreziqet e veta.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>Kush ndodhet zakonisht përreth?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>Kur e dini kush është atje, e lexoni më mirë situatën.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>Kush mund të jetë kërcënim?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>Mendoni për trafikantët, blerësit, të tjerë në zonë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>Kush mund të dëgjojë fshehurazi?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>Që të dini çfarë mund të thuhet, dhe ku.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>Përvoja të mëparshme dhe kërcënime atje</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>Ajo që ka ndodhur më parë mund të ndodhë përsëri.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>Ndikimi psikologjik te të gjithë pjesëmarrësit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>Sidomos për personat e mbijetuar: planifikoni edhe këtë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>Një vend që e njihni, ku personi ndihet rehat.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>Kush tjetër do të jetë aty? A mund të flasim pa na dëgjuar njeri? A ka shumë njerëz? A do të dukej e dyshimtë hyrja?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>Këto vendosin nëse vendi është mjaftueshëm i sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>Vendi rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>Planet ndryshojnë; bini dakord për alternativën që tani.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>Skenarët</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>Është më e lehtë të vendoset paraprakisht sesa nën stres.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>Gjatë takimit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>Të shihni zonën, me shpinën te muri, pranë një dalje.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>Që secili prej jush ta mbyllë takimin pa thënë asnjë fjalë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>Si i merr personi të dhënat tona të kontaktit pa i shkruar?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>Numrat e shkruar mund t&apos;i gjejë një shfrytëzues.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>Njëri flet, tjetri vëzhgon, për shembull.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>Pas takimit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>Qëndroni pak dhe vini re nëse ju ndjek dikush</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>Nëse largoheni menjëherë, mund ta çoni dikë deri te ju.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>Shënimet në kasafortë, letra e asgjësuar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>Një letër në xhep mund ta rrezikojë personin.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>Me kë reflektojmë pas takimit, dhe kur?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>Kur e bisedoni, e mbani më lehtë atë që dëgjuat.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>Koha</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>Që të dy të keni të njëjtin plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>Një orë e ditur mbarimi e bën të dukshëm një lajmërim që nuk vjen.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>Nëse njëri prej jush nuk lajmërohet, tjetri vepron.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Sa presim pas orës së lajmërimit, para se të veprojmë?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe tregon çfarë ratë dakord, sapo të kalojë kjo kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Si e kontaktojmë njëri-tjetrin gjatë dhe pas takimit?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Nëse lajmërimi nuk vjen, kjo shfaqet bashkë me atë që ratë dakord të bëni.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>Printoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>Ajo që printoni ose ruani si PDF nuk është e enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>Kushdo që gjen letrën ose skedarin mund ta lexojë. Mbajeni me vete dhe asgjësojeni (ose fshini skedarin) sapo të mos ju duhet më. Edhe printeri dhe radha e tij e printimit mund të mbajnë një kopje.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>Lini jashtë kodet e personave, vendet dhe emrat e kolegëve</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>Teksti që shkruat (titulli, çfarë ndodhi, nevojat, siguria) përfshihet ashtu siç është: kontrollojeni për emra para se ta printoni.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>Vazhdoni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>printim</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>Ruani si PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>PDF-ja u ruajt. Ajo nuk është e enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>Fshijeni sapo të mos ju duhet më.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="85"/>
        <source>{hours} h</source>
        <translation>{hours} orë</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} orë {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(pa përshkrim)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, afati {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>kryer</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>e hapur</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>Asgjësuar, konfirmuar: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>Ende pa u konfirmuar si të asgjësuara</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>Raport pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>Kohëzgjatja</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>Kush shkoi</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>Kodet e personave</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>Çfarë ndodhi</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>Nevojat e shprehura</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>Informacion dhe referime të dhëna</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>Hapat pasues</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>Vëzhgime për sigurinë</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>Etiketat</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>Shënime në letër</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>Afati i rishikimit</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (ndryshuar)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(bosh)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="235"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="38"/>
        <source>Street</source>
        <extracomment>stored setting key → English label (translated by :func:`setting_label`)</extracomment>
        <translation>Rrugë</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>Zonë dritash të kuqe</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>Shtëpi publike</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>Apartament</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>Bar ose klub</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>Zyrë</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>Në internet</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>Fleta e rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>Kjo fletë përmban kodin tuaj të rikthimit: me të dhe me këtë laptop, kushdo mund ta hapë kasafortën tuaj. Printojeni, mbajeni fletën larg laptopit dhe fshini skedarin PDF sapo të printohet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>Vazhdoni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>Ruani fletën e rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>fleta-e-rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>Ky është kodi i rikthimit i kasafortës suaj FieldSafe. Nëse e harroni frazëkalimin, shkruajeni këtë kod aty ku shkruhet frazëkalimi; pastaj FieldSafe ju lejon të zgjidhni një të ri.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>Me shkronja të mëdha ose jo, me viza ose pa to: funksionojnë të dyja.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Mbajeni këtë fletë diku në vend të sigurt, larg laptopit tuaj (jo në çantën e laptopit). Kushdo që ka edhe laptopin, edhe këtë kod, mund ta hapë kasafortën.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>Nëse FieldSafe ju tregon ndonjëherë një kod të ri rikthimi (pas ndryshimit të frazëkalimit), kjo fletë nuk e hap më kasafortën: asgjësojeni.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Nëse e ruajtët këtë fletë si skedar, fshini skedarin sapo të printohet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>Krijuar më {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>Ruani një &amp;fletë për printim (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>Ruani një fletë për printim</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>Fleta e rikthimit u ruajt. Ajo nuk është e enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>Printojeni, mbajeni fletën larg këtij laptopi, pastaj fshini skedarin.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>Kopja rezervë tani është kasaforta juaj. Të dhënat e shkruara pasi u bë kopja rezervë nuk janë në të. Skedarët e dëmtuar nuk u fshinë: u zhvendosën, ende të enkriptuar, në një dosje pranë dosjes së kasafortës, emri i së cilës mbaron me «damaged» dhe datën. Shkruani frazëkalimin ose kodin e rikthimit që ishte i vlefshëm kur u bë kopja rezervë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>Zgjidhni një kopje rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>Kopje rezervë FieldSafe (*.fieldsafe-backup);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>Riktheni nga një kopje rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>Kopja rezervë që zgjidhni zë vendin e kasafortës së dëmtuar. FieldSafe fillimisht kontrollon të gjithë kopjen rezervë; nëse diçka nuk është në rregull me të, nuk ndryshohet asgjë. Skedarët e dëmtuar mbahen, nuk fshihen kurrë. Të dhënat e shkruara pasi u bë kopja rezervë nuk janë në të.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>Skedari i kopjes rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>Ende nuk është zgjedhur asnjë kopje rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Zgjidhni…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>Zgjidhni një skedar kopjeje rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Frazëkalimi i kopjes rezervë</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>Po rikthehet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>Mesazh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>Skedari &amp;i kopjes rezervë:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Frazëkalimi i kopjes rezervë:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>Po kontrollohet dhe po rikthehet kopja rezervë…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>Të ndahen edhe incidentet e lidhura me këtë vlerësim?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n incident lidhet me këtë vlerësim. Me të, kolegët tuaj shohin çfarë ndodhi pranë analizës; pa të, ndahet vetëm vlerësimi.</numerusform>
            <numerusform>%n incidente lidhen me këtë vlerësim. Me to, kolegët tuaj shohin çfarë ndodhi pranë analizës; pa to, ndahet vetëm vlerësimi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>Vetëm vlerësimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>Me incidentet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>Sa herë që u ruajt ose u rishikua ky vlerësim, u mbajt ajo që thoshte më parë. Zgjidhni një version të mëparshëm për ta parë përbri atij aktual; pjesët që ndryshojnë shënohen «ndryshuar».</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>Nuk ka versione të mëparshme: ky vlerësim nuk është ndryshuar që kur u ruajt për herë të parë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (niveli: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>Një kërcënim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>Gjasat: {likelihood}. Ndikimi: {impact}.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>Ende pa u gjykuar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (kush: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>Rishikim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="192"/>
        <location filename="../../ui/risk/risk_form.py" line="392"/>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="194"/>
        <location filename="../../ui/risk/risk_form.py" line="395"/>
        <source>Before: {activity}</source>
        <translation>Para: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>Çfarë ndryshoi: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>Masat para</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>Masat gjatë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>Masat pas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>Situata e rrezikut</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>Mjedisi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>Aktiviteti</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>Objektivi i tij</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>Kërcënimet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>Cenueshmëritë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>Kapacitetet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>Gjinia dhe ndërsektorialiteti</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>A ia vlen ky objektiv këtë rrezik?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>Alternativa më të sigurta që shqyrtuam</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>Masa pa fazë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>Aktorë mbështetës</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>Rishikimi i ardhshëm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>Rishikimet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Niveli: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>Hiqni</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>Hiqni {item}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: niveli</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>Rishikoni një vlerësim rreziku</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>Pse ky rishikim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>Para cilit aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>Për shembull: nata e punës në terren të premten</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>Çfarë ndryshoi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>Çfarë ndryshuam në vlerësim, dhe pse</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>Mbajeni datën në vlerësim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>Masat e menjëhershme të incidentit janë rishikuar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>&amp;Regjistroni rishikimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>Regjistroni rishikimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>Mbyllni pa regjistruar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>Ky rishikim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pse:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>Para cilit aktivitet:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>Çfarë n&amp;dryshoi:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>Rishikimi i ardhshëm:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>Po regjistrohet…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>Ndryshimet tuaja nuk mund të mbaheshin. Regjistroni rishikimin, ose kopjojini fillimisht.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>R&amp;uani vlerësimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>Ruani vlerësimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>Fshini vlerësimin…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>Fshini vlerësimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>U kopjua nga shablloni. Ndryshoni çfarëdo, pastaj ruajeni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>U rikthye nga drafti. Ruajeni që ta mbani.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>Jepini një emër situatës së rrezikut, pastaj ruajeni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>Ta fshini këtë vlerësim rreziku?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>Hiqet përgjithmonë nga kasaforta, bashkë me versionet e mëparshme dhe historikun e rishikimeve. Incidentet që lidhen me të e mbajnë lidhjen dhe tregojnë se nuk është më.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>Vlerësimi u fshi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>Situata e rrezikut</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>Për shembull: puna në terren në rrugë, në zonën e stacionit</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>Jo një mjedis i vetëm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Një lagje ose zonë, kurrë një adresë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>&amp;Situata e rrezikut:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>Mjedisi:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>Aktiviteti:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>Objektivi i tij:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>Për çdo kërcënim: në çfarë mund të çojë, sa gjasa ka dhe sa dëm do të shkaktonte. Niveli rrjedh nga këto të dyja.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>Kërcënimi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>Në çfarë mund të çojë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>Gjasat</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>Ndikimi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>Kërcënimi {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>Shtoni një kërcënim</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>Niveli i përgjithshëm: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>Niveli i përgjithshëm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>Praktika ose situata që na bëjnë të cenueshëm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>Cenueshmëria</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>Si mund ta kthejmë në kapacitet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>Nëse e shihni një mënyrë; mund ta lini bosh.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>Cenueshmëria {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>Shtoni një cenueshmëri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>Çfarë na mbron: praktika, njerëz, aftësi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>Kapaciteti</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>Si e mbajmë të fortë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>Kapaciteti {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>Shtoni një kapacitet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>Kush jemi mund t&apos;i ndryshojë rreziqet, për njerëzit që takojmë dhe për ne. Këto pyetje janë opsionale; përgjigjuni atyre që kanë rëndësi këtu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>Shfaqni pyetjet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>Pyetje për gjininë dhe ndërsektorialitetin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>Mos i shfaqni pyetjet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>Ende pa përgjigje</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>Një mënyrë tjetër për të arritur të njëjtin objektiv me më pak rrezik</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>Përgjigjja jonë:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>Pse:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>Alternativa më të sigurta që shqyrtuam:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>Masat</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>Gjatë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>Para, masa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>Gjatë, masa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>Pas, masa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>Masa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>Shtoni një masë para</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>Shtoni një masë gjatë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>Shtoni një masë pas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>Shtoni një masë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>Kush e bën</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>Organizata, persona ose rrjete që mund të ndihmojnë të na mbrojnë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>Pa rishikim të planifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>Rishi&amp;kimi i ardhshëm:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>Ende pa u rishikuar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>Rishikimi në afat që më {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>Rishikimi në afat sot</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>Rishikimi i ardhshëm: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>Vlerësim pa titull</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>Një vlerësim rreziku që po shkruanit nuk u ruajt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe e mbajti në gjendjen e {time}. Riktheni për të vazhduar shkrimin, ose hidheni poshtë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>Riktheni</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>Hidheni poshtë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Vlerësim i ri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>Vlerësim i ri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>N&amp;isni nga një shabllon…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>Nisni nga një shabllon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Vlerësimet e rrezikut</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>Ndani…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>Ndani vlerësimin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>Dërgojeni te ekipi…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>Dërgojeni vlerësimin te ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>Versionet e mëparshme…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>Versionet e mëparshme të vlerësimit</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>Merrni një paketë…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>Merrni një paketë</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Paketa u ruajt me vlerësimin dhe %n incident të lidhur: e enkriptuar për kolegët që zgjodhët dhe për ju.</numerusform>
            <numerusform>Paketa u ruajt me vlerësimin dhe %n incidente të lidhura: e enkriptuar për kolegët që zgjodhët dhe për ju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>Paketa u ruajt: e enkriptuar për kolegët që zgjodhët dhe për ju.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>U nda me kolegët që zgjodhët.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>Çdo shabllon është një pikënisje e shkruar nga praktika në terren. Gjithçka në të mund të ndryshohet; sa gjasa ka çdo kërcënim dhe sa dëm do të shkaktonte, këtë e gjykoni ju.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>Shabllonet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>Nisni nga ky shabllon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>Aktiviteti: {activity}

Objektivi i tij: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>Takim me një person në shfrytëzim në një vend publik</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>Dy prej nesh takojnë një person që jeton në shfrytëzim në një orë të rënë dakord, në një kafene, park ose vend tjetër publik.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>Personi merr informacion dhe mbështetje sipas kushteve të veta, dhe të gjithë largohen të sigurt nga takimi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>Një shfrytëzues, një blerës ose dikush i dërguar prej tyre e vëzhgon, e ndërpret ose e ndjek takimin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>Dëm fizik për personin ose për ne; personi ndëshkohet që na takoi; na ndjekin pas takimit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>Gjatë bisedës dalin pyetje të vështira ose që zgjojnë kujtime të rënda.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>Stres dhe dëm psikologjik, për personin dhe për kolegët me përvojën e tyre të shfrytëzimit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>Dikush përfiton nga takimi ose nga ajo që ndajmë, me dashje ose pa dashje.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>Të dhënat tona të kontaktit, planet tona ose fjalët e personit arrijnë te njerëz që do t&apos;i keqpërdornin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>Personi vonohet ose nuk vjen, ose në vend të personit vjen dikush që nuk e prisnim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>Pritja në një vend që e dinë edhe të tjerët; tërheqja në një takim që nuk e kishim planifikuar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>Disa prej nesh jetojnë me traumë dhe mund t&apos;u zgjohen kujtime të rënda.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>Bini dakord paraprakisht si mund ta ndërpresë ose ta lërë takimin secili prej nesh, dhe me kë reflekton secili pas takimit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>Vendi zgjidhet me ngut, ose personi nuk mund ta zgjedhë lirisht.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>Zgjidhni bashkë një vend që e njohim mirë, dhe bini dakord për një vend rezervë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>Është e vështirë të vendosen kufij në çast.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>Ushtroni disa fjali të qeta që e mbyllin ose e kthejnë bisedën.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>Njohim mënyra pune të informuara për traumën.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>Rifreskoni trajnimin çdo vit dhe përcillni atë që mësojmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>Punojmë në dyshe dhe kujdesemi për njëri-tjetrin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>Bini dakord për rolet para çdo takimi: njëri flet, tjetri vëzhgon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>Mund të marrim mbështetje për shëndetin mendor.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>Mbajini ato kontakte të përditësuara dhe të lehta për t&apos;u gjetur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>Nëse gjinitë tona ndryshojnë mënyrën si reagojnë të tjerët në atë vend ndaj takimit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>Një person pa dokumente të sigurta mund të ketë frikë nga policia ose zyrtarët aty pranë: zgjidheni vendin duke e pasur parasysh këtë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>Shikoni incidentet dhe vëzhgimet e mëparshme për situata të ngjashme.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>ne të dy</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>Zgjidhni një vend takimi dhe një vend rezervë që i njohim mirë të dy.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>Planifikoni çfarë bëjmë nëse dikush vonohet, nuk vjen, ose vjen dikush i papritur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>Bini dakord për një sinjal diskret alarmi dhe për një orë kur lajmërohemi te njëri-tjetri.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>Uluni aty ku mund ta shihni zonën, me murin pas shpine dhe me një dalje afër.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>të dy ne</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>Tregoni si mund të na kontaktojnë në një mënyrë që nuk kërkon të shkruhet asgjë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>personi që bisedon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>Qëndroni pak dhe kontrolloni që të mos na ndjekë njeri.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>Kaloni shënimet në FieldSafe, pastaj asgjësoni letrën dhe fotot.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>kushdo që mbajti shënime</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>Reflektoni me njëri-tjetrin, me përgjegjësin e sigurisë, ose secili më vete.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>Organizata partnere që ofrojnë strehim, kujdes shëndetësor ose këshillim ligjor; përgjegjësi ynë i sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>Takim në zyrën e një organizate partnere; fillimisht një bisedë në telefon; takim aty ku personi shkon tashmë në mënyrë të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>përgjegjësi i sigurisë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>ekipi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>personi që vëzhgon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>Regjistroni si incident, po atë ditë, çdo gjë që u ndie kërcënuese.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>kushdo që shkruan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>personi që flet dhe personi mbështetës</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>personi mbështetës</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>personi që flet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>A i ndryshon mosha kërcënimet, ose mënyrën si reagojnë njerëzit ndaj nesh?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>A i ndryshon gjinia kërcënimet, për njerëzit që takojmë ose për ne?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>A e ndryshojnë përkatësia etnike ose gjuha mënyrën si na shohin njerëzit?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>A luan rol këtu feja ose besimi?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>A e ndryshon një aftësi e kufizuar, fizike ose psikologjike, atë që është e sigurt?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>A sjell këtu orientimi seksual kërcënime të tjera?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>A i ndryshon rreziqet statusi i migrimit, ose mungesa e dokumenteve?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>Diçka tjetër për atë që jemi, që e ndryshon rrezikun?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>Puna në terren në internet</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>Kontakt me njerëz përmes njoftimeve, rrjeteve sociale ose aplikacioneve të mesazheve.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>Personat në shfrytëzim mund të na kontaktojnë në internet, privatisht dhe në mënyrë të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>Llogarinë të cilës i shkruajmë e drejton një shfrytëzues.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>Mesazhet tona i lexon personi i gabuar; personi ndëshkohet; na tërheqin në një kurth.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>Llogaritë ose pajisjet tona vëzhgohen, sulmohen ose denoncohen.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>Kontaktet dhe bisedat bëhen të njohura; llogaritë mbyllen.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>Ngacmime ose kërcënime që na dërgohen në internet.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>Stres dhe frikë; të dhënat tona personale ekspozohen.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>Llogari pune të lidhura me llogari personale ose me numra telefoni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>Përdorni llogari të veçanta pune, dhe një pajisje të veçantë kur është e mundur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>Biseda të ruajtura në telefona që nuk janë të mbrojtur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>Mbani vetëm atë që nevojitet, në FieldSafe, dhe fshini pjesën tjetër.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>Punë në internet vetëm, natën vonë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>Bini dakord për orarin e punës, dhe për një koleg me të cilin të reflektoni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>Mund t&apos;i njohim përgjigjet e shkruara sipas një skenari ose nën kontroll.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>Ndani shembuj në ekip, pa emra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>Kemi një rutinë për sigurinë digjitale.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>Rishikojeni me përgjegjësin e sigurisë çdo disa muaj.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>Disa llogari mund t&apos;u përkasin fëmijëve: dijini hapat që duhen ndërmarrë në atë rast.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>Kërcënime shtesë për personat që kontaktohen në aplikacione që përdorin minoritetet seksuale.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>Nëse ngacmimi në internet synon disa prej nesh më shumë se të tjerët.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>Përgatitni llogari të veçanta pune dhe një pajisje me programe të përditësuara.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>Bini dakord çfarë themi fillimisht, dhe çfarë nuk shkruajmë kurrë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>Mos ndani vende ose të dhëna personale në mesazhe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>Mbyllni një bisedë që duket e shkruar sipas një skenari, ose kërcënuese.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>Fshini atë që nuk nevojitet më; regjistroni çdo kërcënim si incident.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>Dikush që na trajnon për sigurinë digjitale; kanalet e raportimit të platformave; linjat e ndihmës së partnerëve.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>Drejtojini njerëzit te një linjë ndihme partnere; ndani informacion që nuk kërkon përgjigje.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>Fjalime publike ose punë me mediat</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>Fjalime në aktivitete, me gazetarë ose në avokim, sidomos kur një person i mbijetuar tregon një pjesë të historisë së vet.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>Të ndryshojmë politikat dhe opinionin publik pa i ekspozuar personat që flasin ose njerëzit që mbështesim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>Personi që flet njihet nga shfrytëzues ose nga njerëz që e njohin nga e kaluara.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>Kërcënime, ngacmime ose dëm për personin që flet ose për familjen e personit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>Pyetje ndërhyrëse ose të vështira nga publiku ose gazetarët.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>Plagë të vjetra rihapen; ndahen detaje që personi që flet nuk donte t&apos;i ndante.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>Kundërshtarët e shënjestrojnë organizatën sapo ajo bëhet më e dukshme.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>Sulme në internet, presion ligjor, dëm për reputacionin e organizatës.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>Fjalët ose imazhet përdoren jashtë kontekstit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>Historia shtrembërohet dhe personi që flet humbet kontrollin mbi të.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>Personat që flasin ndihen të shtyrë të ndajnë më shumë sesa duan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>Bini dakord paraprakisht me personin që flet çfarë nuk ndahet kurrë, dhe përmbajuni kësaj.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>Foto dhe regjistrime që nuk i kontrollojmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>Pyetini organizatorët për fotot dhe regjistrimet para se të pranoni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>Nuk lihet kohë për pushim pas aktivitetit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>Planifikoni një reflektim dhe pak kohë të qetë pas çdo paraqitjeje.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>Personi që flet vendos çfarë të ndajë dhe mund të ndalet në çdo kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>Ushtroni mënyra për të refuzuar një pyetje.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>Njohim gazetarë dhe organizatorë të cilëve mund t&apos;u besojmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>Mbani një listë të shkurtër të tyre dhe ndajeni në ekip.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>Nëse personat që flasin, të disa gjinive, përballen me më shumë abuzim në internet pas paraqitjes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>Nëse personat që flasin dhe vijnë nga komunitete minoritare janë më të ekspozuar ndaj armiqësisë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>Paraqitja në publik mund të ndikojë në një kërkesë për leje qëndrimi: kontrolloni para se të pranoni.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>Personat e rinj që flasin mund të kenë nevojë për më shumë mbrojtje, që të mos njihen.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>Bini dakord me personin që flet çfarë do të ndahet dhe çfarë jo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>Merrni vesh kush e organizon, kush merr pjesë dhe si do të regjistrohet.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>Një person mbështetës qëndron pranë dhe mund të ndërhyjë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>Refuzoni pyetjet që shkojnë shumë larg; personi që flet mund ta mbyllë në çdo kohë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>Reflektoni, dhe merrni kohë për të pushuar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>Ndiqni reagimet në internet dhe regjistroni kërcënimet si incidente.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>Gazetarë dhe organizatorë që u besojmë; një këshilltar ligjor; përgjegjësi ynë i sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>Një deklaratë e shkruar që e lexon dikush tjetër; të folurit me një emër tjetër, ose me zë dhe fytyrë të ndryshuar; të folurit në emër të organizatës dhe jo si person.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>Puna në terren në rrugë</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>Vizita në terren në rrugë ose në një zonë dritash të kuqe, duke iu afruar njerëzve që mund të jetojnë në shfrytëzim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>Personat në shfrytëzim e dinë ku është mbështetja dhe si ta arrijnë, dhe biseda me ne nuk e rrezikon askënd.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>Sulme fizike nga shfrytëzues, kodoshë, blerës, kundërshtarë ose të tjerë në zonë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>Lëndime për ne ose për njerëzit të cilëve u afrohemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>Na vëzhgojnë, na fotografojnë ose na ndjekin pas vizitës.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>Fytyrat tona, itineraret tona ose zyra jonë bëhen të njohura për njerëz që e kundërshtojnë punën tonë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>Ngacmim verbal ose frikësim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>Frikë dhe stres në ekip; njerëzit shmangin të flasin me ne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>Njerëzit të cilëve u afrohemi ndëshkohen sepse u panë me ne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>Dëm pikërisht për njerëzit që duam të mbështesim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>Për orë të tëra jemi pranë njerëzve dhe situatave që mund të na dëmtojnë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>Mbajini vizitat të shkurtra, ndërroni radhën dhe planifikoni pushime.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>Shkuarja vetëm, ose me dikë që nuk e njeh zonën.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>Shkoni gjithmonë në dyshe, me të paktën një prej nesh që e njeh zonën.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>Mbajtja me vete e letrave me emra ose shënime.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>Mbani me vete vetëm atë që nevojitet dhe shënojeni më pas në FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>E njohim zonën dhe ritmet e saj.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>Ndani atë që vumë re pas çdo vizite, që të mësojë i gjithë ekipi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>Organizata të tjera punojnë në të njëjtën zonë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>Mbani kontakt me to për ndryshimet dhe incidentet.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>Nëse kolegët gra, burra dhe trans përballen këtu me reagime të ndryshme nga blerësit ose shfrytëzuesit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>Personat e rinj në zonë mund të vëzhgohen më nga afër: afrojuni me kujdes të veçantë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>Nëse kolegët që ndajnë një gjuhë ose prejardhje me njerëzit këtu shihen ndryshe, për mirë ose për keq.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>Vendosni itinerarin, orën dhe kush shkon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>Bini dakord për një sinjal largimi dhe për një vend ku të takoheni përsëri.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>Kini kujdes kush është përreth dhe kush mund të na dëgjojë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>Kur njëri prej nesh jep sinjalin, largohemi të dy, pa e diskutuar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>Ekipe të tjera terreni në zonë; shërbime shëndetësore; anëtarë të komunitetit që u besojmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>Dilni bashkë me një shërbim shëndetësor; vizita më të pakta dhe më të shkurtra; lini informacion aty ku njerëzit mund ta marrin pa u parë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>Puna në terren në apartamente ose shtëpi publike</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>Vizita në apartamente, shtëpi publike ose vende të tjera të mbyllura ku njerëzit mund të jetojnë në shfrytëzim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>Të arrijmë te njerëzit që nuk mund të dalin jashtë, dhe t&apos;u lëmë informacion në mënyrë të sigurt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>Dikush që e kontrollon vendin është aty dhe reagon me armiqësi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>Dëm fizik; të mos na lënë të largohemi; njerëzit brenda ndëshkohen.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>Nuk shohim kush tjetër është brenda, ose si të dalim.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>Të na zënë në qoshe ose të na mbyllin brenda.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>Vizita merret si kërcënim për biznesin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>Kërcënime më vonë kundër ekipit ose organizatës.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>Një bastisje e policisë ose një inspektim gjatë vizitës.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>Ne, ose njerëzit brenda, përfshihemi në probleme ligjore.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>Hapësira të mbyllura me vetëm një hyrje dhe dalje.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>Para se të hyni, bini dakord kush qëndron pranë derës dhe kur largohemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>Askush jashtë nuk e di ku jemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>Një koleg jashtë e di ku shkuam dhe kur do të lajmërohemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>Është e vështirë të mbyllet me mirësjellje një vizitë kur dikush këmbëngul që të qëndrojmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>Bini dakord për një arsye largimi para se të hyjmë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>Disa njerëz brenda na njohin dhe na besojnë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>Bëni vizita të rregullta, në orë që u përshtaten atyre dhe që të tjerët vështirë i parashikojnë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>Mbajmë me vete një telefon me një kontakt urgjence gati.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>Kontrolloni baterinë dhe kreditin para çdo vizite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>Nëse vizita nga një burrë ose nga një grua e ndryshon rrezikun brenda këtij vendi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>Njerëzit brenda mund të kenë frikë nga kushdo që duket zyrtar: thoni thjesht kush jemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>Nëse dikush prej nesh ka nevojë për një dalje më të lehtë.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>Mësoni çfarë mundeni për vendin nga vizitat e mëparshme dhe nga partnerët.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>Tregojini një kolegu ku po shkojmë dhe kur do të lajmërohemi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>Njëri prej nesh qëndron pranë derës dhe vëzhgon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>Mbajeni vizitën të shkurtër, dhe largohuni nëse diçka nuk duket në rregull.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>Lajmërohuni te kolegu jashtë, siç është rënë dakord.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>Shërbime shëndetësore në terren; këshilltarë ligjorë; një koleg në gatishmëri gjatë vizitës.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>Lini informacion përmes shërbimeve shëndetësore që e vizitojnë vendin; takoni njerëzit jashtë, në një orë që zgjedhin ata.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>Ende pa u gjykuar</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>Fizik</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>Vëzhgim ose ndjekje</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>Digjital</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>Ligjor ose administrativ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>Diçka tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>Dikush shtyu, mbajti me forcë, goditi ose lëndoi dikë.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>Kërcënime, fyerje ose të bërtitura.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>Dikush na vëzhgoi, na fotografoi ose na ndoqi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>Mesazhe, llogari, foto ose të dhëna në internet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>Kontrolle policie, gjoba, dokumente të marra, ankesa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>Çdo gjë që nuk përshtatet me sa më sipër.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>Një shfrytëzues ose dikush që punon për të</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>Një blerës ose klient</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>Policia</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>Një autoritet tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>Dikush nga komuniteti</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>Një llogari në internet</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>Dikush që nuk e njohim</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>Dikush tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>I hapur</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>Masat u rishikuan</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>Shumë pak gjasa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>Pak gjasa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>E mundshme</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>Ka gjasa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>Ka shumë gjasa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>Shumë i vogël</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>I vogël</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>Mesatar</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>I rëndë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>Shumë i rëndë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>I ulët</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>I lartë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>Shumë i lartë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>Gjatë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>Mosha</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>Përkatësia etnike</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>Feja</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>Aftësia e kufizuar</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>Orientimi seksual</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>Statusi i migrimit</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>Po, me masat më poshtë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>Ende jo e qartë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>Jo: kërkojmë një mënyrë më të sigurt</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>Rishikim i planifikuar</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>Pas një incidenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>Para një aktiviteti</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>Një arsye tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>Natë</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>Mëngjes</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>Pasdite</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>Mbrëmje</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>FieldSafe është tashmë i hapur me këtë kasafortë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>Dritarja e tij tani duhet të dalë përpara. Vetëm një dritare në një kohë mund të shfaqë një kasafortë.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>Kaloni te dritarja e tij për të vazhduar. Vetëm një dritare në një kohë mund të shfaqë një kasafortë.</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Shënoni çdo koleg që mund ta hapë paketën, ose një ekip të tërë: secili prej tyre mund ta hapë, edhe ju, askush tjetër. Shfaqen vetëm kolegët me të cilët e keni krahasuar numrin e sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>I gjithë ekipi: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>Shënon të gjithë në ekip: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>Dosja e ekipit e arrin këtë koleg.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>Dosja e ekipit nuk e arrin këtë koleg: vetëm si skedar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>Si arrin te marrësit:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>Vendoseni në &amp;dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>Vendoseni në dosjen e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>Programi i sinkronizimit ua çon secilit, të enkriptuar; FieldSafe te marrësit e merr kur lexon dosjen.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>Ruani një &amp;skedar për ta përcjellë vetë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>Ruani një skedar për ta përcjellë vetë</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>Dosja e ekipit ({teams}) nuk gjendet tani: a është futur disku, apo dosja u zhvendos?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>Dosja e ekipit nuk arrin te {names}: në këtë mënyrë nuk do të merrnin asgjë. Më pas FieldSafe ofron një skedar për ta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n përditësim incidenti</numerusform>
            <numerusform>%n përditësime incidentesh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n përditësim plani</numerusform>
            <numerusform>%n përditësime planesh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n përditësim vlerësimi rreziku</numerusform>
            <numerusform>%n përditësime vlerësimesh rreziku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n vlerësim rreziku</numerusform>
            <numerusform>%n vlerësime rreziku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n përditësim raporti</numerusform>
            <numerusform>%n përditësime raportesh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n raport</numerusform>
            <numerusform>%n raporte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n përditësim regjistrimi</numerusform>
            <numerusform>%n përditësime regjistrimesh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n regjistrim</numerusform>
            <numerusform>%n regjistrime</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{what} nga {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>edhe %n regjistrim</numerusform>
            <numerusform>edhe %n regjistrime</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>Erdhën nga dosja e ekipit: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>Nga dosja e ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>Rishikoni…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>Rishikoni përditësimet që presin zgjedhjen tuaj</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>Hollësi…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>Hollësi për paketat e lëna mënjanë</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>Mbyllni njoftimin e dosjes së ekipit</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>Dosja e ekipit {team} nuk gjendet tani.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>Dosjet e këtyre ekipeve nuk gjenden tani: {teams}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>U importua pas zgjedhjes suaj: %n regjistrim.</numerusform>
            <numerusform>U importuan pas zgjedhjes suaj: %n regjistrime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n paketë u la mënjanë dhe nuk u importua.</numerusform>
            <numerusform>%n paketa u lanë mënjanë dhe nuk u importuan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n përditësim pret zgjedhjen tuaj.</numerusform>
            <numerusform>%n përditësime presin zgjedhjen tuaj.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="36"/>
        <source>{team}, {time}: {reason}</source>
        <translation>{team}, {time}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="48"/>
        <location filename="../../ui/teams/arrivals_details.py" line="66"/>
        <source>Bundles set aside</source>
        <translation>Paketa të lëna mënjanë</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>Asgjë nga këto paketa nuk u importua. Ato u zhvendosën në dosjen «rejected» brenda dosjes së ekipit, ende të enkriptuara.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} dhe {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>Po vendoset në dosjen e ekipit…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>Nuk u dërgua te {names} përmes dosjes së ekipit ({teams}).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>Nuk u dërgua te {names}: tani pa verifikim. Krahasoni përsëri numrat e sigurisë te Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>Nuk u dërgua te {names}: nuk keni një ekip të përbashkët me dosje.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>U la në dosjen e ekipit për {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>Nuk u vendos asgjë në dosjen e ekipit.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>FieldSafe te marrësit e merr herën tjetër që lexon dosjen; deri atëherë programi i sinkronizimit e bart, të enkriptuar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>Në vend të kësaj, mund të ruani një skedar për të tjerët dhe t&apos;ua përcillni si zakonisht.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>Në vend të kësaj, mund të ruani një skedar dhe ta përcillni si zakonisht.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>Ruani një skedar për marrësit…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>Ruani një skedar për ata që nuk u arritën</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>Dërgojeni përsëri…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>Dërgojeni përsëri incidentin</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>Hap zgjedhësin e ndarjes: dosja e ekipit, ose një skedar për ta përcjellë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>Incidenti u ruajt dhe u la në dosjen e ekipit për {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>Incidenti u ruajt. Nuk iu dërgua përgjegjësit të sigurisë.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>Incidenti u ruajt. Dërgimi te përgjegjësi i sigurisë dështoi: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>«Dërgojeni përsëri…» e ndan në mënyrën e zakonshme: përmes dosjes së ekipit, ose si skedar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>Incidenti u ruajt dhe u nda.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>Kolegë ose ekipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>Kolegët</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>&amp;Ekipet</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>Ende asnjë dosje ekipi. Asgjë nuk dërgohet dhe asgjë nuk merret përmes këtij ekipi derisa të zgjidhni një.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>Dosja e ekipit: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>Dosja e ekipit nuk gjendet tani: {folder}. A është futur disku, apo dosja u zhvendos? Nuk humbet asgjë; nëse u zhvendos, zgjidheni përsëri.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>çelësi ndryshoi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>pa verifikim</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>përgjegjës sigurie</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>anëtar</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>Çelësi i {name} ndryshoi. Asgjë nuk i dërgohet dhe asgjë nuk pranohet prej andej derisa ta krahasoni përsëri numrin e sigurisë, te skeda Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} tani është pa verifikim. Asgjë nuk i dërgohet dhe asgjë nuk pranohet prej andej derisa ta krahasoni numrin e sigurisë, te skeda Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>{name} nuk mund të shtohet: çelësi ka ndryshuar. Fillimisht krahasoni përsëri numrat e sigurisë, bashkë dhe ballë për ballë, te skeda Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>{name} nuk mund të shtohet ende: fillimisht krahasoni numrat e sigurisë, bashkë dhe ballë për ballë, te skeda Kolegët.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>Një ekip tjetër e ka tashmë këtë emër. Zgjidhni një tjetër.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>Shkruani një emër për ekipin (jo më shumë se 80 shenja).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>Vetëm kolegët e verifikuar mund të jenë në një ekip: fillimisht krahasoni numrat e sigurisë.</translation>
    </message>
</context>
</TS>
