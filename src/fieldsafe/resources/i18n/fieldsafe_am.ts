<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>አባሪ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>አባሪው እየተከፈተ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>የአባሪ ቅድመ እይታ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>ቀዳሚ ገጽ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>ቀጣይ ገጽ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>ማሳነስ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>ማጉላት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>ከመስኮቱ ጋር ማስማማት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>ማሳነስ (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>ማጉላት (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>ከመስኮቱ ጋር ማስማማት (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>ቀዳሚ ገጽ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>ቀጣይ ገጽ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>የPDF ፋይሎች በውስጣቸው የተቀመጡ ዝርዝሮችን ጨምሮ እንደነበሩ ይቀመጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>የአካባቢ እና የካሜራ መረጃዎች ተወግደዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>ይህ ፎቶ በውስጡ የተቀመጡ የአካባቢ ወይም የካሜራ ዝርዝሮችን ጨምሮ እንደነበረ ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>ይህ ፋይል ሊታይ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>ገጽ {page} ከ{pages}</translation>
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
        <translation>አዲሱ የይለፍ ሐረግ ወዲያውኑ ይሠራል፤ የድሮው ደግሞ መሥራት ያቆማል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>FieldSafe የከፈቱት በመልሶ ማግኛ ኮድዎ ነው። የይለፍ ሐረግዎን ካላስታወሱ፣ አሁን አዲስ መምረጥ ይችላሉ፤ የድሮው መሥራት ያቆማል። እርስዎ መሆንዎን ለማረጋገጥ በወረቀትዎ ላይ ያለውን የመልሶ ማግኛ ኮድ አንድ ጊዜ እንደገና ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>የመልሶ ማግኛ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>የመልሶ ማግኛ ኮድ(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>የአሁኑ የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>የአሁኑ የይለፍ ሐረግ(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>አዲስ የይለፍ ሐረግ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>አዲስ የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>አዲሱን የይለፍ ሐረግ ያረጋግጡ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>አዲሱን የይለፍ ሐረግ ማረጋገጫ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>እንዲሁም ካዝናውን በአዲስ ቁልፍ ዳግም መመስጠር (የሚመከር)። የድሮው የቁልፍ ፋይል ቅጂዎች መሥራት ያቆማሉ፤ የሚጽፉትም አዲስ የመልሶ ማግኛ ኮድ ያገኛሉ።(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>ካዝናውንም ዳግም መመስጠር</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>የይለፍ ሐረግ መቀየር(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>የይለፍ ሐረግ መቀየር</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>አሁን አይደለም(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>አሁን አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>አዲሱ የመልሶ ማግኛ ኮድዎ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>አዲስ የመልሶ ማግኛ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>ካዝናው አሁን አዲስ ቁልፍ አለው። ይህን አዲስ ኮድ አሁን በወረቀት ላይ ይጻፉ፤ ወረቀቱንም ከዚህ ላፕቶፕ ለይተው ያስቀምጡ፤ ከዚያም የድሮውን ያጥፉ፦ ከእንግዲህ ካዝናውን አይከፍትም። ከዚህ በፊት የተሠሩ ምትኬዎች ግን በተሠሩበት ጊዜ ይሠሩ በነበሩት የይለፍ ሐረግ እና የመልሶ ማግኛ ኮድ አሁንም ይከፈታሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>ጽፌዋለሁ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>ጽፌዋለሁ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>የይለፍ ሐረጉ እየተቀየረ ነው…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>የስሜት ምዝገባዎች በየሳምንቱ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>የሳምንቱ አማካይ የስሜት ምዝገባ (0 = በጣም ከባድ፣ 10 = በጣም ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>ማሰላሰያዎች / ግንኙነቶች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>እስካሁን የስሜት ምዝገባ የለም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>ማሰላሰያ ያላቸው: {debriefed} ከ%Ln ግንኙነት</numerusform>
            <numerusform>ማሰላሰያ ያላቸው: {debriefed} ከ%Ln ግንኙነቶች</numerusform>
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
            <numerusform>%Ln ሳምንት፣ ከ{first} እስከ {last}</numerusform>
            <numerusform>%Ln ሳምንታት፣ ከ{first} እስከ {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln የስሜት ምዝገባ</numerusform>
            <numerusform>%Ln የስሜት ምዝገባዎች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>በመጨረሻው ሳምንት የስሜት ምዝገባ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>የመጨረሻው ሳምንት አማካይ {average} ነው</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="145"/>
        <source>; </source>
        <comment>separates the parts of the chart&apos;s summary</comment>
        <translation>፤ </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="148"/>
        <source>Week of {date}</source>
        <translation>የ{date} ሳምንት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>የስሜት ምዝገባ የለም</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln የስሜት ምዝገባ፣ አማካይ {average}</numerusform>
            <numerusform>%Ln የስሜት ምዝገባዎች፣ አማካይ {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>የኮድ መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>የሰው ኮድ ስሙን ሳይጽፉ አንድን ሰው በተለያዩ መዝገቦች ውስጥ ለይተው እንዲያውቁ ያስችላል። የሚጠበቁ ቃላት (ስም፣ ቅጽል ስም) እዚህ ይቀመጣሉ፦ በመዝገብ ውስጥ ከታዩ FieldSafe ያመለክትዎታል፤ በዚያን ጊዜ በምትካቸው ኮዱን መጠቀም ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>ኮዶች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>ለምሳሌ A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>የሚጠበቁ ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>ስሞች ወይም ቅጽል ስሞች፣ በኮማ የተለያዩ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>የግል ማስታወሻ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>ሰውየውን ለይተው እንዲያውቁ የሚረዳዎትን ብቻ። የሚቀመጠው በዚህ ካዝና ውስጥ ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>አዲስ ኮድ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>አዲስ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>ኮዱን ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>ኮዱን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>ኮዱን መሰረዝ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>ኮዱን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>ኮድ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>የሚጠበቁ ቃላት(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>የግል ማስታወሻ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>ይህን ለውጥ ለመተው እንደገና ይዝጉ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>መጀመሪያ ኮድ ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>ይህ ኮድ ከኮድ መዝገቡ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>ኮዱን የሚጠቀሙ መዝገቦች ኮዱን እንደያዙ ይቆያሉ፤ የሚሰረዙት መግቢያው እና ማስታወሻው ብቻ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>ባልደረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>ያለ ኢንተርኔት ዕቅዶችን ለመጋራት ካርድዎን (ኮዱን ወይም ፋይሉን) ለባልደረባዎ ይስጡ፤ የእነሱንም ያስመጡ። ከዚያም የደህንነት ቁጥሩን አብረው ፊት ለፊት ያወዳድሩ፦ በሁለቱም ማያ ገጾች ላይ አንድ ዓይነት መሆን አለበት።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>ካርድዎ ስምዎን እንዲህ ያሳያል: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>ይህ እያንዳንዱ አዲስ ካርድ የሚይዘው ስም ነው፤ ስለዚህ ባልደረቦች እርስዎን ከሌሎች መለየት አይችሉም። በ«ምርጫዎች» ውስጥ ስምዎን ወይም ቅጽል ስምዎን ይምረጡ፤ ባልደረቦችም በራሳቸው በኩል ስም ሊሰጡዎት ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>ካርዴ እንደ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>ካርዴን እንደ ፋይል ማስቀመጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>ካርዴን እንደ ፋይል ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>የካርድ ፋይል ማስመጣት…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>የካርድ ፋይል ማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>ወይም ካርድ እዚህ ይለጥፉ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>የተለጠፈውን ካርድ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>ለዚህ ባልደረባ የሚታየው ስም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>የሚታየው ስም(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>ስሙን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>ለዚህ ባልደረባ የሚታየውን ስም ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>ይህን ስም የሚያዩት እርስዎ ብቻ ነዎት፦ በFieldSafe ውስጥ በሁሉም ቦታ ለዚህ ባልደረባ ይታያል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>ቁጥሮቹ ይመሳሰላሉ፦ እንደተረጋገጠ ምልክት ማድረግ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>እንደተረጋገጠ ምልክት ማድረግ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>ይህን ባልደረባ ማስወገድ…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>ባልደረባውን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>የእኔ ካርድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>የባልደረባ ካርድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>ተረጋግጧል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>ቁልፉ ተቀይሯል፦ እንደገና ያወዳድሩ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>ገና አልተረጋገጠም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>ተረጋግጧል። ዕቅዶችን ከዚህ ባልደረባ ጋር መጋራት ይቻላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>የዚህ ባልደረባ ቁልፍ ተቀይሯል። ቁጥሩን እንደገና እስኪያወዳድሩ ድረስ ምንም ነገር አይጋራም፣ ምንም ነገርም አይቀበልም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>ገና አልተረጋገጠም። ቁጥሩን አብረው ፊት ለፊት ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>«{name}» አስቀድሞ ለሌላ ሰው ይታያል፣ ወይም ከእሱ ጋር ይመሳሰላል። ከእሱ ጋር ሊምታታ የማይችል ስም ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>ለዚህ ባልደረባ ስም ወይም ቅጽል ስም ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>ይህ ባልደረባ አሁን «{name}» ተብሎ ይታያል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>ካርዴን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>FieldSafe ካርዶች (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>ካርዱ ተቀምጧል። የያዘው ይፋዊ ቁልፎችን ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>ካርድ ማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>FieldSafe ካርዶች (*.fieldsafe-card);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>ካርዱ ታክሏል። አሁን የደህንነት ቁጥሩን ፊት ለፊት ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>{name} ከባልደረቦችዎ ይወገድ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>ካርዳቸው ከካዝናው ይሰረዛል። አስቀድመው የላኩት ዕቅዶች እርስዎ እስኪሰርዟቸው ድረስ ይቆያሉ። ካርዳቸውን እንደገና አክለው የደህንነት ቁጥሩን እስኪያወዳድሩ ድረስ ከእነሱ የሚመጡ ጥቅሎች ተቀባይነት አያገኙም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>ባልደረባው ተወግዷል።</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>የመልሶ ማግኛ ኮድዎን ያረጋግጡ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>የመልሶ ማግኛ ኮድ ቡድን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>ካዝናዬን መክፈት(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>በትክክል መጻፉን ለማረጋገጥ፣ እባክዎ በወረቀትዎ ላይ ካለው ኮድ ቡድን {number}ን ያስገቡ (ቡድኖቹ በሰረዝ የተለያዩ ናቸው)። ኮዱን እንደገና ለማየት ወደ ኋላ መመለስ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>ቡድን {number}(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>ይመሳሰላል። ወረቀቱን ደህንነቱ በተጠበቀ ቦታ ያስቀምጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>ገና አንድ ዓይነት አይደለም። እባክዎ ከኮዱ ጋር ያወዳድሩት።</translation>
    </message>
</context>
<context>
    <name>CountBars</name>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="118"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>፤ </translation>
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
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>ከየትኛው ግንኙነት በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>ስሜቴ፣ ከ0 (በጣም ከባድ) እስከ 10 (በጣም ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>በዚህ ጊዜ የስሜት ምዝገባ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>በጥቂት ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>ከፈለጉ በጥቂት ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>ማስታወሻዎቼ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>ሌላ ማንኛውም ነገር፣ የፈለጉትን ያህል ረጅም ወይም አጭር።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>ስለዚህ ከአንድ ሰው ጋር ተነጋግሬያለሁ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>ጽሑፉን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>ጽሑፉን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>መቼ:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>ከግንኙነት በኋላ:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>ስሜቴ:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>ማስታወሻዎቼ:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>የማስታወሻ ደብተር ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ከረቂቁ ተመልሷል። ለማቆየት ያስቀምጡት።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>የተለየ ግንኙነት የለም</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>ርዕስ የሌለው</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>በማስታወሻ ደብተርዎ ውስጥ ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>ይህ የማስታወሻ ደብተር ጽሑፍ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>ከካዝናው ለዘለቄታው ይወገዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n ፋይል አሁን በካዝናው ውስጥ ነው። ዋናው ፋይል ይሰረዝ?</numerusform>
            <numerusform>%n ፋይሎች አሁን በካዝናው ውስጥ ናቸው። ዋናዎቹ ፋይሎች ይሰረዙ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>የቡድን አቃፊ እንደ Syncthing ያለ የማመሳሰያ ፕሮግራም በቡድንዎ መሣሪያዎች መካከል የሚያጓጉዘው አቃፊ ነው። FieldSafe እዚያ የሚጽፈው የተመሰጠሩ ጥቅሎችን እና ይፋዊ ካርዶችን ብቻ ነው፤ የማመሳሰያ ፕሮግራሙ ስሞችን ወይም መዝገቦቹ የሚሉትን ፈጽሞ አያይም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>ቡድኖች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>የአዲስ ቡድን ስም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>አዲስ ቡድን(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>ቡድኑን መፍጠር</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>የዚህ ቡድን ስም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>ስም(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>ስሙን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>የቡድኑን ስም ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>የቡድን አቃፊ መምረጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>የቡድን አቃፊ መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>የቡድን አቃፊ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>የቡድን አቃፊ መጠቀም ማቆም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>መቀላቀል የሚችሉት የተረጋገጡ ባልደረቦች ብቻ ናቸው። የደህንነት ኃላፊ ለደህንነት ኃላፊው የሚላከውን ነገር፣ ለምሳሌ አዲስ ክስተትን፣ ይቀበላል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>የዚህ ቡድን አባላት</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>የደህንነት ኃላፊ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>የተመረጠው አባል የደህንነት ኃላፊ ነው</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>ከቡድኑ ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>የተመረጠውን አባል ከቡድኑ ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>በዚህ ቡድን ውስጥ የሌሉ ባልደረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>ወደ ቡድኑ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>የተመረጠውን ባልደረባ ወደ ቡድኑ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>ቡድኑ እንዲያገኘው ካርድዎን በአቃፊው ውስጥ ይተዉት። እዚያ ያሉ ካርዶች ቅጂዎች ናቸው፤ የደህንነት ቁጥሩ ፊት ለፊት እስኪወዳደር ድረስ በፍጹም አይታመኑም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>ካርዴን በቡድን አቃፊው ውስጥ መተው</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>በቡድን አቃፊው ውስጥ ያሉ ካርዶች…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>በቡድን አቃፊው ውስጥ ያሉ ካርዶች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>ይህን ቡድን መሰረዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>ይህን ቡድን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>የቡድን አቃፊ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>አባላት</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>ባልደረባ ማከል</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>እስካሁን የመስክ መዝገቦች የሉም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>ከግንኙነት በኋላ ምን እንደተከሰተ፣ ምን ስምምነት እንደተደረገ እና ምን ክትትል እንደሚያስፈልግ ይጻፉ። ስሞችን ሳይሆን የሰው ኮዶችን ይጠቀሙ። በማንኛውም ጊዜ መዝገብ ለመጀመር {shortcut} ይጫኑ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>የመጀመሪያውን መዝገብ መጻፍ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>እስካሁን የግንኙነት ዕቅዶች የሉም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>ከባልደረባዎ ጋር አንድን ሰው ከማግኘትዎ በፊት አብረው ያቅዱ፦ የት እና መቼ፣ «አሁኑኑ እንውጣ» ማለት የሆነው ምልክት፣ እና ከዚያ በኋላ ማን ለማን ደህና መሆኑን እንደሚያሳውቅ። ዕቅድ እንደ ካርድ በኪስዎ ሊያዝ፣ ወይም ወደ ባልደረባዎ ሊላክ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>ግንኙነት ማቀድ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>በቦታ ዓይነት ማጣራት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>ማንኛውም የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>በሰው ኮድ ማጣራት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>የሰው ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>በመለያ ማጣራት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>መለያ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>ከማንኛውም ቀን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>ከቀን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>እስከ ማንኛውም ቀን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>እስከ ቀን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>ጊዜው የደረሰ ክትትል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>ጊዜው የደረሰ ክትትል ያላቸው መዝገቦች ብቻ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>ማጣሪያዎችን ማጽዳት</translation>
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
        <translation>በቡድን አቃፊው ውስጥ ያሉ ካርዶች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>በቡድኑ «{team}» አቃፊ ውስጥ የተተዉ፣ እስካሁን የሌሉዎት ካርዶች።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>ወደ አቃፊው መጻፍ የሚችል ማንኛውም ሰው እዚህ ካርድ ሊተው ይችል ነበር። ከዚህ የታከለ ካርድ በፍጹም አይታመንም፦ የደህንነት ቁጥሩን አብረው ፊት ለፊት እስኪያወዳድሩ ድረስ ከዚያ ባልደረባ ጋር ምንም አይጋራም፣ ከእሱም ምንም አይወሰድም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>እንደ ባልደረባ ማከል (ያልተረጋገጠ)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>ይህን ካርድ እንደ ባልደረባ ማከል፣ ያልተረጋገጠ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>የሚታከሉ ካርዶች አልቀሩም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>በዚህ ካርድ ላይ ያለው ስም አስቀድሞ ካለዎት ስም፣ {name}፣ ጋር ይመሳሰላል። ይህን ማከል የደህንነት ቁጥሩን እንደገና እስኪያወዳድሩ ድረስ ያንን ባልደረባ ሊያግድ ይችላል። ያክሉት ያ ባልደረባ ካርዱ መቀየሩን ፊት ለፊት ከነገረዎት ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>ካከሉት በኋላ፣ በ«ባልደረቦች» ትር ውስጥ የደህንነት ቁጥሩን ከ{name} ጋር ፊት ለፊት ያወዳድሩ። ቡድን መቀላቀል የሚችሉት ከዚያ በኋላ ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>እንደ {name} ታክሏል፣ ያልተረጋገጠ። በ«ባልደረቦች» ትር ውስጥ የደህንነት ቁጥሩን አብረው ፊት ለፊት ያወዳድሩ።</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>ክትትል ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>ተከናውኗል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>ምን፣ እና ማን ያከናውነዋል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>የጊዜ ገደብ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>ክትትል {n} ተከናውኗል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>ክትትል {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>የክትትል {n} የጊዜ ገደብ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>ክትትል {n} ማስወገድ</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>ደማቅ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>ደ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>ነጥብ ያለው ዝርዝር</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• ዝርዝር</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>ቁጥር ያለው ዝርዝር</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. ዝርዝር</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>ይህ መዝገብ በተቀመጠ ቁጥር ከዚያ በፊት የነበረው ይዘት ተጠብቋል። ከአሁኑ ጎን ለማየት ቀደም ያለ ስሪት ይምረጡ፤ የሚለያዩ መስኮች «ተቀይሯል» ተብለው ምልክት ይደረግባቸዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>ቀደም ያሉ ስሪቶች የሉም፦ ይህ መዝገብ መጀመሪያ ከተቀመጠ በኋላ አልተስተካከለም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>ቀደም ያሉ ስሪቶች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>የተቀመጡ ስሪቶች፣ አዲሱ መጀመሪያ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>ቀደም ያለ ስሪት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>ቀደም ያለ ስሪት(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>የአሁኑ ስሪት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>የአሁኑ ስሪት(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>ቀደም ያሉ ስሪቶችን መሰረዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>ቀደም ያሉ ስሪቶችን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>የአሁኑ ስሪት፣ የተቀመጠው {time}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>የተቀመጠው {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>የዚህ መዝገብ ቀደም ያሉ ስሪቶች ይሰረዙ?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>የሚቆየው የአሁኑ ስሪት ብቻ ነው። ይህን ያድርጉ ቀደም ያለ ስሪት መቀመጥ የሌለበትን ነገር ሲይዝ፣ ለምሳሌ በሰው ኮድ የተኩትን ስም። ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>ቀደም ያሉት ስሪቶች ተሰርዘዋል።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n መስክ ከአሁኑ ስሪት ይለያል።</numerusform>
            <numerusform>%n መስኮች ከአሁኑ ስሪት ይለያሉ።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>ይህ ስሪት ከአሁኑ ጋር አንድ ዓይነት ነው።</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>የተሳተፉ ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>ሁሉንም ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>ሁሉንም ክስተቶች ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>ማንኛውም ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>ማንኛውም የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>ማንኛውም አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>ማንኛውም ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>ማንኛውም ሁኔታ</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(ርዕስ የለም)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}፣ {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>የት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>ክስተቶች በወር እና በዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>ክስተቶች በቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>ክስተቶች በተሳተፉ ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>ክስተቶች በቀኑ ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>ቅጦች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>የሚቆጠሩ ክስተቶች የሉም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%n ክስተት ተቆጥሯል። የተለያዩ ዓይነት ሰዎች የተሳተፉበት ክስተት በእያንዳንዳቸው ሥር አንድ ጊዜ ይቆጠራል።</numerusform>
            <numerusform>%n ክስተቶች ተቆጥረዋል። የተለያዩ ዓይነት ሰዎች የተሳተፉበት ክስተት በእያንዳንዳቸው ሥር አንድ ጊዜ ይቆጠራል።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>ሁሉም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} (ከ{start} እስከ {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>ክስተቶች በጊዜ መስመር ላይ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>ዓይነቱ አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>እርምጃዎቹ ተገምግመዋል</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>የሚታዩ ክስተቶች የሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>ከ{start} እስከ {end}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="55"/>
        <source>{type}, {when}, {status}</source>
        <translation>{type}፣ {when}፣ {status}</translation>
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
            <numerusform>%n ክስተት፣ ከ{first} እስከ {last}</numerusform>
            <numerusform>%n ክስተቶች፣ ከ{first} እስከ {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ክፍት</numerusform>
            <numerusform>%n ክፍት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>{zoom}፣ {window} እየታየ ነው: %n ክስተት</numerusform>
            <numerusform>{zoom}፣ {window} እየታየ ነው: %n ክስተቶች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>በዓይነት: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>የተመረጠው: {incident}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="98"/>
        <source>; </source>
        <comment>separates the parts of the timeline&apos;s summary</comment>
        <translation>፤ </translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <location filename="../../ui/incidents/section.py" line="197"/>
        <source>Incidents</source>
        <extracomment>open an incident (from the timeline or the list): its id &quot;Something happened…&quot; was pressed: register a new incident a load finished and the views show its result (tests wait for it) incidents were deleted or received here (counts and Today follow)</extracomment>
        <translation>ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>ዛቻዎች እና ክስተቶች በጊዜ ሂደት፣ እና በውስጣቸው ያሉ ቅጦች፦ የት፣ ምን ዓይነት፣ እነማን እንደተሳተፉ፣ በቀኑ በየትኛው ሰዓት።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>አንድ ነገር ተከስቷል…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>ክስተት መመዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>ለድርጅቱ ማጠቃለያ ማስቀመጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>ለድርጅቱ ማጠቃለያ ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>ማጉላት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>ማጉላት (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>ማሳነስ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>ማሳነስ (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>በጊዜ መስመሩ ላይ፦ የቀስት ቁልፎች በክስተቶች መካከል ያንቀሳቅሳሉ፣ + እና - ያጎላሉ ወይም ያሳንሳሉ፣ Page Up እና Page Down በጊዜ ውስጥ ያንቀሳቅሳሉ፣ Enter ይከፍታል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>የጊዜ መስመር</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>ቅጦች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>የጊዜ መስመር እና ቅጦች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>ማጋራት…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>የተመረጡትን ክስተቶች ማጋራት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>ለሚመርጧቸው ባልደረቦች አንድ ጥቅል። Shift ወይም Ctrl ብዙዎችን ይመርጣል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>ቀደም ያሉ ስሪቶች…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>የክስተቱ ቀደም ያሉ ስሪቶች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>መሰረዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>የተመረጡትን ክስተቶች መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>ጥቅል መቀበል…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>ጥቅል መቀበል</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>የሚታየው: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>እስካሁን የተመዘገበ ክስተት የለም። አንድ ነገር ሲከሰት እዚህ፣ ወይም ከየትኛውም ቦታ በCtrl+I ይመዝግቡት፦ እያንዳንዱን ጥያቄ መዝለል ይቻላል።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>ከክስተቶቹ %n ከማጣሪያዎቹ ጋር ይስማማል።</numerusform>
            <numerusform>ከክስተቶቹ %n ከማጣሪያዎቹ ጋር ይስማማሉ።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>ከእነዚህ ማጣሪያዎች ጋር የሚስማማ ክስተት የለም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>ጥቅሉ ከ%n ክስተት ጋር ተቀምጧል፦ ለመረጧቸው ባልደረቦች እና ለእርስዎ ተመስጥሯል።</numerusform>
            <numerusform>ጥቅሉ ከ%n ክስተቶች ጋር ተቀምጧል፦ ለመረጧቸው ባልደረቦች እና ለእርስዎ ተመስጥሯል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%n ክስተት ተሰርዟል።</numerusform>
            <numerusform>%n ክስተቶች ተሰርዘዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>የማስታወሻ ደብተር ቅንብሮች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>በአዲስ ጽሑፎች ውስጥ መነሻ ሐሳቦችን ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>መነሻ ሐሳቦች፣ በአንድ መስመር አንድ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>ማስታወሻ ደብተሩ ከመከፈቱ በፊት የይለፍ ሐረጌን መጠየቅ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>በቅርብ ጊዜ ብዙ የስሜት ምዝገባዎች ከባድ ከነበሩ በለስላሳ ሁኔታ መጥቀስ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>መነሻ ሐሳቦች (በአንድ መስመር አንድ፤ ከፈለጉ የራስዎን ይጻፉ):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>ማስታወሻ ደብተርዎ ተቆልፏል። ለመክፈት የይለፍ ሐረግዎን ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>ማስታወሻ ደብተሬን መክፈት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>የማስታወሻ ደብተር ጽሑፎች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>ማስታወሻ ደብተርዎ ባዶ ነው</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>ይህ ቦታ የእርስዎ ነው፦ ከከባድ ቀን በኋላ ጥቂት ቃላት፣ ወይም የስሜት ምዝገባ ብቻ። እርስዎ በእያንዳንዱ ጊዜ ካልመረጡ በስተቀር እዚህ ያለ ምንም ነገር አይጋራም፣ አይፈለግም፣ ወደ ውጭም አይላክም።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>የመጀመሪያውን ጽሑፍ መጻፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>አዲስ ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>አዲስ የማስታወሻ ደብተር ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>የእኔ ድጋፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>የማስታወሻ ደብተር ቅንብሮች…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>የማስታወሻ ደብተር ቅንብሮች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>በቅርብ ጊዜ ባደረጓቸው በርካታ የስሜት ምዝገባዎች ነገሮች ከባድ ሆነው ተሰምተዋል። ይህ በዚህ ሥራ ውስጥ ያጋጥማል። የድጋፍ ዝርዝርዎ፣ ወይም ትንሽ እረፍት ሊረዳ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>የድጋፍ ዝርዝሬን መክፈት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>ይህን መደበቅ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>ይህን ማስታወሻ መደበቅ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>ያ የይለፍ ሐረግ ማስታወሻ ደብተርዎን አልከፈተውም። ካዝናዎ ክፍት ሆኖ ይቆያል።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>በማረጋገጥ ላይ…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>የስሜት ምዝገባ: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>እንደዚህ ኮምፒውተር</translation>
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
        <translation>FieldSafe ተቆልፏል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>መዝገቦችዎ የተመሰጠሩ ናቸው። ለመክፈት የይለፍ ሐረግዎን ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>የይለፍ ሐረግ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>ረሱት? በምትኩ የመልሶ ማግኛ ኮድዎን እዚህ ማስገባት ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>መክፈት(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>መክፈት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>በመክፈት ላይ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>መልእክት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ከምትኬ መመለስ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>ከምትኬ መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>እባክዎ የይለፍ ሐረግዎን ወይም የመልሶ ማግኛ ኮድዎን ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>በመክፈት ላይ…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>አባሪዎች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>ፎቶዎችን ወይም PDFዎችን ማያያዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>ማያያዝ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>ማየት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>አባሪውን ማየት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>አባሪውን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>ከፎቶዎች የአካባቢ እና የካሜራ ዝርዝሮችን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>አባሪዎቹ እየተመሰጠሩ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>ይህ አባሪ ይወገድ?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>ከካዝናው ለዘለቄታው ይወገዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>አባሪው ተወግዷል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>ጥቂት ቃላት፤ ስሞችን ሳይሆን የሰው ኮዶችን ይጠቀሙ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>ቆይታ (ደቂቃ)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>አልተመዘገበም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation> ደቂቃ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>ወረዳ ወይም የከተማው ክፍል፣ በፍጹም ትክክለኛ አድራሻ አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>የሄዱት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>እኔ እና ባልደረቦች፣ በኮማ የተለያዩ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>የሰው ኮዶች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>ኮዶች እንጂ ስሞች አይደሉም፣ ለምሳሌ A12፣ B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>የኮድ መዝገብ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>የኮድ መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>ምን ተከሰተ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>ምን ተከሰተ፣ ምን ስምምነት ተደረገ፣ ምን ክትትል ያስፈልጋል። በስሞች ምትክ ኮዶች።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>የተገለጹ ፍላጎቶች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>የተሰጡ መረጃዎች እና ሪፈራሎች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>የደህንነት ምልከታዎች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>የሚመለከት ወይም የሚከተል ሰው ነበር? ዛቻ ነበር?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>እንደ ክስተት መመዝገብ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>እንደ ክስተት መመዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>የክስተት ቅጹን በዚህ መዝገብ እና በደህንነት ምልከታዎቹ መክፈት (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>ለምሳሌ ጤና፣ መኖሪያ ቤት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>የዚህ ግንኙነት የወረቀት ማስታወሻዎች አሉ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>አጥፍቻቸዋለሁ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>የወረቀት ማስታወሻዎቹ ጠፍተዋል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>የግምገማ ቀን የለም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>የሚገመገምበት ቀን</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>በዚህ ቀን የ«ዛሬ» ገጽ ይህን መዝገብ ማቆየት ወይም መሰረዝ እንደሆነ ይጠይቃል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>ርዕስ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>መቼ(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>ቆይታ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>የቦታ ዓይነት(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>አካባቢ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>የሄዱት:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>የሰው ኮዶች(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>ምን ተከሰተ(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>የመስክ መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>ሰውየው የገለጻቸው ፍላጎቶች(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>የተሰጡ መረጃዎች እና ሪፈራሎች(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>ክትትሎች(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>የደህንነት ምልከታዎች(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>መለያዎች:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>የወረቀት ማስታወሻዎች:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>አባሪዎች(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>የሚገመገምበት ቀን(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>መጥፋታቸው ገና አልተረጋገጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>ጠፍተዋል፣ የተረጋገጠው {time}።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>ለካስ አልጠፉም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>እኔ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>በኮድ መተካት…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>በሰው ኮድ መተካት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>እንዳለ ማቆየት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>ይህን ጽሑፍ ማቆየት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>«{text}» የስልክ ቁጥር ይመስላል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>«{text}» የኢሜይል አድራሻ ይመስላል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>«{text}» በኮድ መዝገቡ ውስጥ ለ{code} የዘረዘሩት ስም ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>ይህ ላፕቶፕ ቢጠፋ፣ የሰው ኮድ ለሰውየው የበለጠ ደህንነት ይሰጣል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>በ{code} መተካት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>እስካሁን ኮዶች የሉም፦ በኮድ መዝገቡ ውስጥ አንዱን ያክሉ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>ቀደም ያሉ ስሪቶች…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>ቀደም ያሉ ስሪቶች</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>መሰረዝ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>ማስተካከል(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>ማስተካከል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>ይህን የተቀመጠ መዝገብ መቀየር (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ከረቂቁ ተመልሷል። ለማቆየት ያስቀምጡት።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>ተቀምጧል። ለመቀየር «ማስተካከል»ን ይጫኑ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>ከግንኙነት ዕቅዱ ተሞልቷል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>ይህ የመስክ መዝገብ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>ከቀደም ስሪቶቹ እና ከአባሪዎቹ ጋር ከካዝናው ለዘለቄታው ይወገዳል። ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>መዝገቡ ተሰርዟል።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%n ፋይል ወደ ካዝናው ታክሏል።</numerusform>
            <numerusform>%n ፋይሎች ወደ ካዝናው ታክለዋል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n ፋይል አልታከለም:</numerusform>
            <numerusform>%n ፋይሎች አልታከሉም:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%n ዋና ፋይል ተሰርዟል።</numerusform>
            <numerusform>%n ዋና ፋይሎች ተሰርዘዋል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>ከእነሱ %n መሰረዝ ብቻ ተቻለ፤ መጀመሪያ ተደርቦ ሊጻፍበት አልተቻለም።</numerusform>
            <numerusform>ከእነሱ %n መሰረዝ ብቻ ተቻለ፤ መጀመሪያ ተደርቦ ሊጻፍባቸው አልተቻለም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n ዋና ፋይል ቀድሞውኑ አልነበረም።</numerusform>
            <numerusform>%n ዋና ፋይሎች ቀድሞውኑ አልነበሩም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n ዋና ፋይል ሊሰረዝ አልቻለም (ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው፣ ወይም አገናኝ ነው)። በሌላ መንገድ ይሰርዙት።</numerusform>
            <numerusform>%n ዋና ፋይሎች ሊሰረዙ አልቻሉም (ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው፣ ወይም አገናኝ ነው)። በሌላ መንገድ ይሰርዟቸው።</numerusform>
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
            <numerusform>ከሚስማሙት በጣም የቅርብ ጊዜ %n መዝገብ መካከል በጣም የሚቀርቡት። የቆዩትን ለማግኘት ቃል ያክሉ።</numerusform>
            <numerusform>ከሚስማሙት በጣም የቅርብ ጊዜ %n መዝገቦች መካከል በጣም የሚቀርቡት። የቆዩትን ለማግኘት ቃል ያክሉ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>መዝገቡ ተቀምጧል። እንዴት እንደሄደ ለራስዎ ጥቂት መስመሮች መጻፍ ይፈልጋሉ?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>አሁን ማሰላሰል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>በኋላ ይታወሰኝ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>በዚህ ጊዜ አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>መጀመሪያ የሚታተሙ አንድ ወይም ከዚያ በላይ መዝገቦችን ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>ፍለጋ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>በሁሉም መዝገቦች ውስጥ መፈለግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>ፍለጋ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>የመስክ መዝገቦች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>የፍለጋ ውጤቶች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>ማጣሪያዎች(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>ማጣሪያዎች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>ማስታወሻ ደብተሬን ማካተት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>ማስታወሻ ደብተሬን በዚህ ፍለጋ ውስጥ ማካተት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>ከእነዚህ ማጣሪያዎች ጋር የሚስማማ መዝገብ የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>ማስታወሻ ደብተርዎ ተቆልፏል፦ በፍለጋ ውስጥ ለማካተት መጀመሪያ ይክፈቱት።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>በጣም የሚቀርቡት መጀመሪያ፤ ወደ ታች ሲሄዱ ተጨማሪዎች ይታያሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>ምንም አልተገኘም። ያነሱ ወይም አጠር ያሉ ቃላትን ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>አዲስ መዝገብ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>ቀደም ያሉ ስሪቶች(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>ማተም(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>እንደ PDF ፋይል ማስቀመጥ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>የኮድ መዝገብ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>ዛሬ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>ምትኬ መሥራት(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>የይለፍ ሐረግ መቀየር(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>መቆለፍ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>ሁሉንም አሁን መደበቅ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>መውጣት(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>FieldSafe የሚጠብቀው(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>ይህን ካዝና ማጥፋት(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>ካዝና(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>ምርጫዎች(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>መዝገብ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>ዳሰሳ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>እገዛ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>ስለ FieldSafe(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>ዋና የመሣሪያ አሞሌ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>አዲስ መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>ዛሬን ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>መቆለፍ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>ይህን መዝገብ ማስተካከል(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>አንድ ነገር ተከስቷል(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>መፈለግ(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>ክፍል {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>አሞሌውን መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>ምትኬው እየተጻፈ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>ምትኬው ተጽፏል። ከዚህ ላፕቶፕ ለይተው ያስቀምጡት፤ በይለፍ ሐረግዎ ወይም በመልሶ ማግኛ ኮድዎ ይከፈታል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>የይለፍ ሐረጉ ተቀይሯል።</translation>
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
            <numerusform>%n ውጤት</numerusform>
            <numerusform>%n ውጤቶች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>የማሰላሰል አስታዋሽ በ«ዛሬ» ገጽ ላይ አለ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>ለውጥዎ ሊቀመጥ አልቻለም (ከሥሩ ያለውን መልእክት ይመልከቱ)። ለመተው እንደገና ይዝጉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>የእኔ ማስታወሻ ደብተር</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>የግንኙነት ዕቅዶች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>የስጋት ግምገማዎች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>ክፍሎች</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n ወር፣ ከ{first} እስከ {last}</numerusform>
            <numerusform>%n ወራት፣ ከ{first} እስከ {last}</numerusform>
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
        <translation>፤ </translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="48"/>
        <source>Your name for colleagues</source>
        <extracomment>the page&apos;s id in the wizard: after the recovery code is checked (ids leave room for pages in between) the name of a card never named (``vault.sharing.default_name``)</extracomment>
        <translation>ለባልደረቦች የሚታየው ስምዎ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>የግንኙነት ዕቅዶችን ሲጋሩ፣ ባልደረቦች እርስዎን ለይተው እንዲያውቁ ይህን ስም በካርድዎ ላይ እና ከደህንነት ቁጥሩ የእርስዎ ግማሽ በላይ ያዩታል። የመጀመሪያ ስም ወይም እነሱ የሚያውቁዎት ቅጽል ስም በቂ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>ስምዎ ወይም ቅጽል ስምዎ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>ስምዎ ወይም ቅጽል ስምዎ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>ካርድዎ ሚስጥር አይደለም፦ የሚያየው ማንኛውም ሰው ይህን ስም ማንበብ ይችላል። በኋላ በ«ምርጫዎች» ውስጥ መቀየር ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>ካዝናዬን መክፈት(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>ባልደረቦች የሚያዩት: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>ይህን ባዶ ከተዉት፣ ባልደረቦች {name} የሚለውን፣ እያንዳንዱ አዲስ ካርድ ያለውን ስም ያያሉ፤ እነሱ ራሳቸው ስም እስኪሰጡዎት ድረስም እርስዎን ከሌሎች መለየት አይችሉም።</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>እባክዎ ቢያንስ %n ቁምፊ ይጠቀሙ (እስካሁን {count})። ሌላ ቃል ማከል ቀላሉ መንገድ ነው።</numerusform>
            <numerusform>እባክዎ ቢያንስ %n ቁምፊዎች ይጠቀሙ (እስካሁን {count})። ሌላ ቃል ማከል ቀላሉ መንገድ ነው።</numerusform>
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
        <translation>በቀን መቁጠሪያ ላይ መምረጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>ነገ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>በአንድ ሳምንት ውስጥ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>በአንድ ወር ውስጥ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>ቀን የለም</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: የቀን መቁጠሪያ እና ፈጣን ምርጫዎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: የቀን መቁጠሪያ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: ማስታወሻ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>ገና ቀን አይደለም፦ እንደ {example} ያለ ቀን እስኪያስገቡ ድረስ {kept} ይቆያል።</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>ገና ቀን አይደለም፤ ስለዚህ አይቀመጥም። እንደ {example} ያስገቡት።</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: የሰዓት ማስታወሻ</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>ገና ሰዓት አይደለም። እንደ {example} ያስገቡት።</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>እንደ {example} ያለ ሰዓትም ያክሉ፤ ያለ ሰዓት አይቀመጥም።</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe ከ1900 እስከ 9998 ዓመት ያሉ ሰዓቶችን ይይዛል።</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>እስከዚያው {kept} ይቆያል።</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>ርዕስ የሌለው</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>የይለፍ ሐረግ ይምረጡ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>የሚያውቁት እርስዎ ብቻ ይሆናሉ፤ FieldSafe እንደገና ሊያስጀምረው አይችልም። በሚቀጥለው ደረጃም የመልሶ ማግኛ ኮድ ያገኛሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>ካዝና መፍጠር(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>የይለፍ ሐረግ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>የይለፍ ሐረጉን ያረጋግጡ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>የይለፍ ሐረጉን ማረጋገጫ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>ካዝናው እየተፈጠረ ነው</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>ካዝናዎ እየተፈጠረ ነው… ይህ ሆን ተብሎ ትንሽ ጊዜ ይወስዳል፦ ለሌላ ለማንኛውም ሰው የይለፍ ሐረጉን መገመት በጣም አዝጋሚ ያደርገዋል።</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>የግንኙነት ዕቅድ</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>የግንኙነት ዕቅዶች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>አዲስ ዕቅድ…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>አዲስ የግንኙነት ዕቅድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>ዕቅዱን ማስተካከል…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>የግንኙነት ዕቅዱን ማስተካከል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>ዕቅዱን መሰረዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>የግንኙነት ዕቅዱን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>የዕቅዱ ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>ግንኙነቱ ተካሂዷል፦ መዝገቡን መጻፍ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>ግንኙነቱ ተካሂዷል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>በዚህ ግንኙነት ላይ አንድ ነገር ተከስቷል…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>ከዚህ ግንኙነት ክስተት መመዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>ባልደረቦች…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>ባልደረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>ከባልደረባ ጋር ማጋራት…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>ይህን ዕቅድ ከባልደረባ ጋር ማጋራት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>ጥቅል መቀበል…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>ጥቅል መቀበል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>የኪስ ካርድ እንደ PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>የኪስ ካርድ እንደ PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>የማረጋገጫ ዝርዝር</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>ሁኔታ:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>የግንኙነት ዕቅድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>ተዘምኗል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>የ{name} ማሻሻያ እነዚህን ቀይሯል: {fields}። እያንዳንዱ ከታች ምልክት ተደርጎበታል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>የተቀበሉት ማሻሻያ እነዚህን ቀይሯል: {fields}። እያንዳንዱ ከታች ምልክት ተደርጎበታል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>ግንኙነትን በጥንድ ያቅዱ፦ የት፣ ተጠባባቂ ቦታ፣ ምን ቢከሰት ምን እንደምታደርጉ፣ የማስጠንቀቂያ ምልክታችሁ፣ እና ደህና መሆናችሁን መቼ እንደምታሳውቁ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}፣ በ{place}፣ ከ{colleague} ጋር።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>ገና ያልተመረጠ ቦታ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>ገና ያልተመረጠ ባልደረባ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>ገና ክፍት የሆኑ: {items}።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>ምንም ክፍት ነገር የለም፦ ዕቅዱ ዝግጁ ይመስላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>ዕቅዱ ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>ይህ የግንኙነት ዕቅድ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>ከቀደም ስሪቶቹ ጋር ከካዝናው ለዘለቄታው ይወገዳል። አስቀድመው ያጋሩት ቅጂ ከባልደረባዎ ጋር ይቆያል። ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>ዕቅዱ ተሰርዟል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>ጥቅሉ ተቀምጧል፦ ለባልደረባዎ እና ለእርስዎ ተመስጥሯል።</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>ምርጫዎች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>ስምዎ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>ስም ወይም ቅጽል ስም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>የጽሑፍ መጠን</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="111"/>
        <source>min</source>
        <comment>minutes, after a number</comment>
        <translation>ደቂቃ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="112"/>
        <source>Minutes idle before locking</source>
        <translation>ከመቆለፉ በፊት ያለ እንቅስቃሴ የሚቆይባቸው ደቂቃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>ገጽታ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>የደህንነት ማሳወቂያ ሰዓት ሲያልፍ የሥርዓት ማሳሰቢያ ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>የደህንነት ማሳወቂያ ሰዓት ሲያልፍ የሥርዓት ማሳሰቢያ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>ስምዎ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>ባልደረቦች ይህን ስም በካርድዎ ላይ ያዩታል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>ቋንቋ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>የጽሑፍ መጠን(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>ቋንቋ እና የጽሑፍ መጠን የሚቀየሩት FieldSafe በሚቀጥለው ጊዜ ሲጀምር ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>ያለ እንቅስቃሴ ከቆየ መቆለፍ ከ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>ገጽታ(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>የደህንነት ማሳወቂያ ሰዓት ማለፉን ብቻ ይናገራል፤ የትኛው ግንኙነት እንደሆነ በፍጹም አይናገርም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>ስምዎን ለመቀየር ካዝናውን ይክፈቱ</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%n መዝገብ ይካተታል።</numerusform>
            <numerusform>%n መዝገቦች ይካተታሉ።</numerusform>
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
        <translation>የመልሶ ማግኛ ኮድዎ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>የይለፍ ሐረግዎን መቼም ቢረሱ፣ ይህ ኮድ ካዝናዎን ይከፍታል። የሚታየው በዚህ አንድ ጊዜ ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>የመልሶ ማግኛ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>አሁን በወረቀት ላይ ይጻፉት፤ ወረቀቱንም ከዚህ ላፕቶፕ ለይተው ያስቀምጡ (በላፕቶፑ ቦርሳ ውስጥ አይደለም)። ላፕቶፑንም ይህንንም ኮድ በአንድ ላይ የያዘ ማንኛውም ሰው ካዝናውን መክፈት ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe ኮዱን ለእርስዎ አይቀዳውም፤ ስለዚህ በቅንጥብ ሰሌዳ ታሪክ ውስጥ በፍጹም አይገባም። በትልልቅ ፊደላትም ይሁን ባይሆን፣ በሰረዝም ይሁን ያለ ሰረዝ፦ ሁለቱም ይሠራሉ።</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>የምትኬ አቃፊው የለም፦ አንጻፊው ተሰክቷል ወይስ አቃፊው ተንቀሳቅሷል? ምንም አልጠፋም፤ FieldSafe በኋላ እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>የተመሰጠረ ምትኬ ወደ ምትኬ አቃፊዎ ተጽፏል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>ምትኬው በዚህ ጊዜ ተሳክቷል። በምትኬ አቃፊዎ ውስጥ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>ጠፍቷል፦ በጊዜ ሰሌዳ የሚጻፍ ምትኬ የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>እስካሁን እዚያ ምንም ምትኬ አልተጻፈም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>የመጨረሻው ምትኬ: {time}።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>የመጨረሻው ሙከራ፣ {time}፣ አልተሳካም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>ተሳክቷል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>በጊዜ ሰሌዳ ምትኬ መሥራት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>በሚመርጡት አቃፊ ውስጥ የሚጻፍ የመላው ካዝናዎ የተመሰጠረ ቅጂ። የሚከፍተው የይለፍ ሐረግዎ ወይም የመልሶ ማግኛ ኮድዎ ብቻ ነው፦ ድርጅትዎ ሊያስቀምጠው ይችላል፤ ግን በፍጹም ሊያነበው አይችልም፤ ማስታወሻ ደብተርዎም በውስጡ የግል ሆኖ ይቆያል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>አቃፊ መምረጥ(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>የምትኬ አቃፊውን መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>የቡድን አቃፊውን መጠቀም(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>የቡድን አቃፊውን መጠቀም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>ምትኬ በየስንት ጊዜው እንደሚሠራ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>በየቀኑ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>በየሳምንቱ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>ጠፍቷል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>አሁን ምትኬ መሥራት(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>አሁን ምትኬ መሥራት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>የመጨረሻው ምትኬ እንዴት እንደሄደ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>በጊዜ ሰሌዳ ምትኬ ለመሥራት ካዝናውን ይክፈቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>አቃፊ:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>በየስንት ጊዜው(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>አቃፊ አልተመረጠም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>በየ%n ሰዓቱ</numerusform>
            <numerusform>በየ%n ሰዓቱ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>የቡድን አቃፊ መጠቀም(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>በማስቀመጥ ላይ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>ያ አቃፊ አሁን የለም፦ አንጻፊው ተሰክቷል? ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>ምትኬው እየተጻፈ ነው…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>ርዕስ የሌለው</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_results.py" line="70"/>
        <source>{title}, {when}: {snippet}</source>
        <translation>{title}፣ {when}: {snippet}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/shell/session.py" line="248"/>
        <source>FieldSafe cannot write its log file, so it runs without one this time. Your records are not affected.</source>
        <translation>FieldSafe የምዝግብ ፋይሉን መጻፍ አይችልም፤ ስለዚህ በዚህ ጊዜ ያለ እሱ ይሠራል። መዝገቦችዎ አልተነኩም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>ለንባብ ብቻ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>አልተቆለፈም። የማስታወሻው ጽሑፍ ለ30 ሰከንድ በቅንጥብ ሰሌዳ ላይ ይቆያል፤ FieldSafe ሲቆለፍም ይጸዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>አልተቆለፈም። ማስታወሻዎ አሁንም እዚህ አለ፤ እንደገና ለማስቀመጥ ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>ካዝናው ተቆልፏል። ክፍት የነበረው ለውጥ ሊቀመጥ አልቻለም፤ ስለዚህ አልተያዘም።</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>ጊዜው የደረሰ ክትትል ያለው %n መዝገብ</numerusform>
            <numerusform>ጊዜው የደረሰ ክትትል ያላቸው %n መዝገቦች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>ዛሬ %n ዕቅድ</numerusform>
            <numerusform>ዛሬ %n ዕቅዶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>እርምጃዎቹ ገና ያልተገመገሙ %n ክፍት ክስተት</numerusform>
            <numerusform>እርምጃዎቹ ገና ያልተገመገሙ %n ክፍት ክስተቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>ጊዜው የደረሰ %n ግምገማ</numerusform>
            <numerusform>ጊዜያቸው የደረሱ %n ግምገማዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ንጥል</numerusform>
            <numerusform>%n ንጥሎች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/sidebar.py" line="280"/>
        <source>{section}, {count}</source>
        <translation>{section}፣ {count}</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../ui/journal/support.py" line="61"/>
        <source>My support</source>
        <translation>የእኔ ድጋፍ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>ሊያገኟቸው የሚችሏቸው ሰዎች፣ እና የሚረዳዎት ነገር። የሚቀመጠው በዚህ ካዝና ውስጥ ብቻ ነው፤ ምንም ነገር ወደየትም አይላክም።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>ላገኛቸው የምችላቸው ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>ስም ወይም ድርጅት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>እንዴት እንደሚገኙ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>ሰው ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>ሰውን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>የሚረዳኝ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>የሚረዳ ነገር</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>ለምሳሌ የእግር ጉዞ፣ ሙዚቃ፣ እህቴን መደወል</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>የሚረዳውን ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>የሚረዳውን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>ላገኘው የምችለውን ሰው ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>የድጋፍ ዝርዝርዎ ለጊዜው ባዶ ነው። ብዙ ጊዜ የሚረዱ አንዳንድ ነገሮች:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>የሚያምኑት ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>ባልደረባ ወይም ኃላፊዎ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>የድርጅትዎ የእርዳታ መስመር</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>እረፍት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>እንደ የእግር ጉዞ ወይም ቀስ ያለ አተነፋፈስ ያለ የሚያረጋጋዎት ነገር</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>መጀመሪያ ስም ወይም ድርጅት ይጻፉ።</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>ቡድን ይምረጡ፣ ወይም አንድ ይፍጠሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>እስካሁን ቡድኖች የሉም። ለመጀመሪያው ቡድንዎ ስም ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>እስካሁን አባላት የሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>ሁሉም ባልደረቦችዎ በዚህ ቡድን ውስጥ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>እስካሁን ባልደረቦች የሉም፦ ካርዶቻቸውን በ«ባልደረቦች» ትር ውስጥ ያክሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>ቡድን «{name}» ተፈጥሯል። የቡድን አቃፊውን ይምረጡ፣ የተረጋገጡ ባልደረቦችንም ያክሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>ቡድኑ አሁን «{name}» ተብሎ ይጠራል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>የቡድን አቃፊውን መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>ቡድኑ አሁን አቃፊ የለውም። አቃፊው እና በውስጡ ያሉት ፋይሎች ባሉበት ይቆያሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>የቡድን አቃፊው ተዘጋጅቷል። ቡድኑ እንዲያገኘው ካርድዎን እዚያ ይተዉት።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} አሁን የዚህ ቡድን አባል ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} አሁን የዚህ ቡድን የደህንነት ኃላፊ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} አሁን የዚህ ቡድን አባል ናቸው፤ የደህንነት ኃላፊ አይደሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} ከእንግዲህ በዚህ ቡድን ውስጥ የሉም። በባልደረቦችዎ መካከል ይቆያሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>ቡድኑ «{name}» ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>ቡድኑ ከዚህ ካዝና ይወገዳል፤ በውስጡ የነበሩት እና ሚናዎቻቸውም አብረው። ባልደረቦችዎ ይቆያሉ። የቡድን አቃፊው እና በውስጡ ያለው እያንዳንዱ ፋይል ባሉበት ይቆያሉ፦ FieldSafe አይሰርዛቸውም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>ቡድኑን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>ቡድኑ ተሰርዟል። አቃፊው እና በውስጡ ያሉት ፋይሎች ይቆያሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>ካርድዎ በቡድን አቃፊው ውስጥ ነው። የያዘው ይፋዊ ቁልፎችን ብቻ ነው፤ ባልደረቦች አሁንም የደህንነት ቁጥሩን ከእርስዎ ጋር ፊት ለፊት ያወዳድራሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>በቡድን አቃፊው ውስጥ አዲስ ካርዶች የሉም።</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>እንደ ሥርዓቱ</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>ብሩህ</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>ጨለማ</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>ከፍተኛ ንፅፅር</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>ዛሬ ትኩረት የሚሻ ነገር የለም፦ የሚቀርብ ግንኙነት የለም፣ ጊዜው የደረሰ ክትትል የለም፣ መጥፋት የሚጠብቅ የወረቀት ማስታወሻ የለም፣ የሚገመገም መዝገብ የለም፣ ግምገማ የሚጠብቅ ክስተት ወይም የስጋት ግምገማ የለም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>ጊዜው የደረሰ ክትትል (%n)</numerusform>
            <numerusform>ጊዜያቸው የደረሱ ክትትሎች (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>የጊዜ ገደብ {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>መጥፋቱ ገና ያልተረጋገጠ የወረቀት ማስታወሻ (%n)</numerusform>
            <numerusform>መጥፋታቸው ገና ያልተረጋገጠ የወረቀት ማስታወሻዎች (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>የግምገማ ቀኑ ያለፈበት፦ መሰረዝ ወይም ማቆየት (%n)</numerusform>
            <numerusform>የግምገማ ቀናቸው ያለፈባቸው፦ መሰረዝ ወይም ማቆየት (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>እስከ {date} ይገምገም</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>ለበኋላ የተያዘ ማሰላሰያ (%n)</numerusform>
            <numerusform>ለበኋላ የተያዙ ማሰላሰያዎች (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(የመጀመሪያው %n ተዘርዝሯል)</numerusform>
            <numerusform>(የመጀመሪያዎቹ %n ተዘርዝረዋል)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>የሚቀርቡ ግንኙነቶች እና የደህንነት ማሳወቂያዎች (%n)</numerusform>
            <numerusform>የሚቀርቡ ግንኙነቶች እና የደህንነት ማሳወቂያዎች (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>የግንኙነት ዕቅድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>ስምምነት የተደረገበት የማሳወቂያ ሰዓት የለም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>እስከ {time} ደህንነትን ማሳወቅ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>እርምጃዎቹ ገና ያልተገመገሙ ክስተት (%n)</numerusform>
            <numerusform>እርምጃዎቻቸው ገና ያልተገመገሙ ክስተቶች (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>ክስተት</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>ጊዜው የደረሰ የስጋት ግምገማ ክለሳ (%n)</numerusform>
            <numerusform>ጊዜያቸው የደረሱ የስጋት ግምገማ ክለሳዎች (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>ርዕስ የሌለው ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>ክለሳ እስከ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>ርዕስ የሌለው</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>እንኳን ወደ FieldSafe በደህና መጡ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>ቋንቋ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>በመቀጠል የይለፍ ሐረግ ይመርጣሉ። ይህ ጥቂት ደቂቃዎችን ይወስዳል።</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>የምንጭ ኮድ: ከዚህ ፕሮግራም ጋር ተካትቷል፣ በ{folder} ውስጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>የምንጭ ኮድ: በዚህ ቅጂ ውስጥ አልተካተተም። ይህን ቅጂ የሰጠዎትን ሰው ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>ስሪት {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>ፈቃድ: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License፣ ስሪት 3 ወይም ከዚያ በኋላ ያለ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="59"/>
        <source>SQLCipher {sqlcipher}, SQLite {sqlite}</source>
        <translation>SQLCipher {sqlcipher}፣ SQLite {sqlite}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="63"/>
        <source>Qt {qt} (PySide6 {pyside})</source>
        <translation>Qt {qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="67"/>
        <source>Portable mode: everything is kept in {folder}</source>
        <translation>ተንቀሳቃሽ ሁነታ: ሁሉም ነገር የሚቀመጠው በ{folder} ውስጥ ነው</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>ስለ FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>በዚህ ኮምፒውተር ላይ የሚቆዩ እና ያለ ኢንተርኔት የሚሠሩ የተመሰጠሩ የመስክ መዝገቦች።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>ስለዚህ የFieldSafe ቅጂ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe በአቃፊው {folder} ውስጥ መጻፍ አይችልም፤ ስለዚህ በተንቀሳቃሽ ሁነታ መጀመር አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>የFieldSafe አቃፊን መጻፍ ወደሚችሉበት ቦታ ይቅዱት (ከመጻፍ ያልተጠበቀ USB ፍላሽ፣ ወይም የራስዎ አቃፊ)፣ ወይም FieldSafe ያለ ተንቀሳቃሽ ሁነታ ያስጀምሩ።</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>በሰላም ተመልሰዋል</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>ማሳሰቢያውን መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>በ{time} ምልክት ተደርጓል። {name} ይህን ለመስማት እየጠበቁ ሊሆን ይችላል። FieldSafe ዕቅዱን፣ አሁን «በሰላም ተመልሷል» የሚል ምልክት ተደርጎበት፣ ለ{name} በቡድን አቃፊው ውስጥ ሊተው ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>በ{time} ምልክት ተደርጓል። {name} ይህን ለመስማት እየጠበቁ ሊሆን ይችላል። FieldSafe ምንም ነገር በራሱ አይልክም፦ ዕቅዱን፣ አሁን «በሰላም ተመልሻለሁ» የሚል ምልክት ተደርጎበት፣ ለ{name} እንደ ትንሽ ጥቅል ማስቀመጥ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>ለ{name} መንገር</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>ለ{name} መንገር…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>በሰላም መመለስዎን ለ{name} መንገር</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>ጥቅሉ ለ{name} ተቀምጧል። ጥቅሎችን በተለምዶ በሚለዋወጡበት መንገድ ያስተላልፉት፦ {name} እንደተቀበሉት፣ የእነሱ FieldSafe በሰላም መመለስዎን ያሳያል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>ለ{name} በቡድን አቃፊው ውስጥ ተትቷል። የእነሱ FieldSafe አቃፊውን እንዳነበበ፣ በሰላም መመለስዎን ያሳያል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>በምትኩ ለ{name} ትንሽ ጥቅል ማስቀመጥ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>የደህንነት ማሳወቂያ ሰዓት አልፏል</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>ከአንዳችሁ የደህንነት ማሳወቂያ ካልመጣ ለማድረግ የተስማማችሁት:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>በሰላም ተመልሻለሁ</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>ዕቅዱን መክፈት</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>ቀጣይ</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>ያለፈው ቀጣይ የደህንነት ማሳወቂያ</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>ለዚህ በዕቅዱ ውስጥ የተጻፈ ነገር የለም። የተስማማችሁትን ለማየት ዕቅዱን ይክፈቱ።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>ሌላ %n የደህንነት ማሳወቂያ ሰዓት አልፏል።</numerusform>
            <numerusform>ሌሎች %n የደህንነት ማሳወቂያ ሰዓቶች አልፈዋል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>ከዚያ %n ደቂቃ በኋላ</numerusform>
            <numerusform>ከዚያ %n ደቂቃዎች በኋላ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>በዚያው ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}፣ በ{start} የነበረው ግንኙነት፦ እስከ {time} ደህና መሆናችሁን ለማሳወቅ፣ እና {grace} እርምጃ ለመውሰድ ተስማምታችኋል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>በ{start} የነበረው ግንኙነት፦ እስከ {time} ደህና መሆናችሁን ለማሳወቅ፣ እና {grace} እርምጃ ለመውሰድ ተስማምታችኋል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>{colleague}ን እንዴት ማግኘት እንደሚቻል: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>ባልደረባዎን እንዴት ማግኘት እንደሚቻል: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>ዕቅዱ ለ{colleague} የመገናኛ ዝርዝሮችን አልያዘም።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>ዕቅዱ የመገናኛ ዝርዝሮችን አልያዘም።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>ከእኛ የአንዳችን የደህንነት ማሳወቂያ ባይመጣ?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>በግንኙነቱ ወቅት እና ከዚያ በኋላ እርስ በርሳችን እንዴት እንገናኛለን?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>የደህንነት ማሳወቂያ ካልመጣ፣ ይህ ለማድረግ ከተስማማችሁት ጋር ይታያል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>ከማሳወቂያ ሰዓቱ በኋላ እርምጃ ከመውሰዳችን በፊት ምን ያህል እንጠብቃለን?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>ይህ ጊዜ እንዳለፈ FieldSafe የተስማማችሁትን ያሳያል።</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>በማሳወቂያ ሰዓቱ እርምጃ መውሰድ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n ደቂቃ</numerusform>
            <numerusform>%n ደቂቃዎች</numerusform>
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
        <translation>የደህንነት ማሳወቂያ ሰዓት አልፏል።</translation>
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
        <translation>ማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>ፋይሉ ሊነበብ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>የሚጋራው ለ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>ጥቅሉን ሊከፍት የሚችለውን እያንዳንዱን ባልደረባ ምልክት ያድርጉ፦ እያንዳንዳቸው ሊከፍቱት ይችላሉ፣ እርስዎም እንዲሁ፤ ሌላ ማንም አይችልም። የተዘረዘሩት የደህንነት ቁጥራቸውን ያወዳደሩባቸው ባልደረቦች ብቻ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>እስካሁን የተረጋገጠ ባልደረባ የለም። መጀመሪያ በ«ባልደረቦች» ውስጥ የደህንነት ቁጥሮችን ያወዳድሩ፣ ወይም ጥቅሉን ለባልደረባዎ ፊት ለፊት በሚነግሩት የይለፍ ሐረግ ይጠብቁ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>የተረጋገጡ ባልደረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Space ባልደረባን ምልክት ያደርጋል ወይም ምልክቱን ያነሳል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>ማጋራት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>ምልክት ከተደረገባቸው ባልደረቦች ጋር ማጋራት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>በምትኩ በይለፍ ሐረግ መጠበቅ(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>በምትኩ በይለፍ ሐረግ መጠበቅ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>ይቅር፦ ምንም አለማጋራት</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>ከ%n ባልደረባ ጋር ማጋራት</numerusform>
            <numerusform>ከ%n ባልደረቦች ጋር ማጋራት</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>የደህንነት ቁጥር</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>እርስዎ ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>የደህንነት ቁጥሩ የእርስዎ ግማሽ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>የደህንነት ቁጥሩ የ{name} ግማሽ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>የደህንነት ቁጥሩ ግማሽ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>ጥቅሉን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>የማጋሪያ ጥቅሎች (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>ጥቅል መቀበል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>የማጋሪያ ጥቅሎች (*.age);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>{added} ታክለዋል፣ {updated} ተዘምነዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>ከ{name} (የተረጋገጠ): {new} አዲስ፣ {changed} የሚዘመኑ። ማስመጣት ይፈልጋሉ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>እንደተላከው ወይም ከዚያ በኋላ ያለ ስሪቱ ያለዎት %n መዝገብ እንዳለ ይቆያል።</numerusform>
            <numerusform>እንደተላኩት ወይም ከዚያ በኋላ ያሉ ስሪቶቻቸው ያለዎት %n መዝገቦች እንዳሉ ይቆያሉ።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>ላኪው አልተረጋገጠም (በይለፍ ሐረግ የተጠበቀ ጥቅል)። {new} አዲስ፣ {changed} የሚዘመኑ። ያስመጡት የሚጠብቁት ከሆነ ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>ይህ ጥቅል ለእርስዎ የተላከ አልነበረም፦ ተቀባይ አይጠቅስም፤ ስለዚህ የይለፍ ሐረጉን የያዘ ማንኛውም ሰው ሊከፍተው ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>ሁለታችሁም ይህን ዕቅድ ቀይራችኋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>ሁለታችሁም ይህን ክስተት ቀይራችኋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>ሁለታችሁም ይህን የስጋት ግምገማ ቀይራችኋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>ሁለታችሁም ይህን መዝገብ ቀይራችኋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>የ{name}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>የእነሱ: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>የእኔ: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>የእኔን ማቆየት: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>የእነሱን መውሰድ: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>ለመጨረሻ ጊዜ ከተለዋወጣችሁት በኋላ እርስዎ እና {name} ተመሳሳይ ክፍሎችን ቀይራችኋል። ለእያንዳንዱ የትኛው እንደሚቆይ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>ለመጨረሻ ጊዜ ከተለዋወጣችሁት በኋላ እርስዎ እና ባልደረባዎ ተመሳሳይ ክፍሎችን ቀይራችኋል። ለእያንዳንዱ የትኛው እንደሚቆይ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>የጥቅል የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>ቢያንስ 10 ቁምፊዎች ያሉት የይለፍ ሐረግ። ለባልደረባዎ ፊት ለፊት ይንገሩት፤ በፍጹም ከፋይሉ ጋር አይላኩት:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>ያንኑ የይለፍ ሐረግ እንደገና:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>ይህ ጥቅል በይለፍ ሐረግ የተጠበቀ ነው። ያስገቡት:</translation>
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
        <translation>ሲጽፉት የነበረ መዝገብ አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ከ{time} ጀምሮ ይዞታል። መጻፍዎን ለመቀጠል ይመልሱት፣ ወይም ይተዉት።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>መተው</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>ማጥፋት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>ማጥፋት የካዝናውን ቁልፍ፣ ከዚያም መዝገቦቹን ያጠፋል። ከዚያ በኋላ ምንም የይለፍ ሐረግ ወይም የመልሶ ማግኛ ኮድ ሊከፍታቸው አይችልም። ቀደም ብለው የተሠሩ ምትኬዎችን ወይም ቅጂዎችን፣ ወይም SSD አስቀድሞ ወደ ጎን ያደረጋቸውን ብሎኮች ሊደርስባቸው አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>ለማጥፋት «{word}» የሚለውን ቃል ያስገቡ:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>የማረጋገጫ ቃል</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>ካዝናውን ማጥፋት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>የካዝናውን ምትኬ መሥራት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>የFieldSafe ምትኬዎች (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>ፎቶዎችን፣ የተቃኙ ሰነዶችን ወይም PDFዎችን ማያያዝ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>ፎቶዎች፣ የተቃኙ ሰነዶች እና PDFዎች (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe እያንዳንዱን ፋይል ተደርቦ ይጽፍበታል፣ ከዚያም ይሰርዘዋል። በSSD፣ በሜሞሪ ካርድ፣ በስልክ ወይም በሚመሳሰል አቃፊ ላይ ማንኛውም ፕሮግራም ሊደርስባቸው የማይችሉ ቅጂዎች ሊቀሩ ይችላሉ፤ ካሜራ ወይም ስካነርም የራሱን ቅጂ ሊይዝ ይችላል። በካዝናው ውስጥ ያለው የተመሰጠረው ቅጂ አይነካም።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>ዋናዎቹን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>ማቆየት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>FieldSafe አሁን ከተቆለፈ፣ ማስታወሻው ይጠፋል። መጀመሪያ ጽሑፉን መቅዳት (ከ30 ሰከንድ በኋላ እና FieldSafe ሲቆለፍ ከቅንጥብ ሰሌዳው ይጸዳል)፣ መስኮቱን ክፍት አድርገው እንደገና ለማስቀመጥ መሞከር፣ ወይም ለማንኛውም መቆለፍ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>FieldSafe ለተወሰነ ጊዜ ጥቅም ላይ ስላልዋለ ሊቆለፍ ነበር።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>ማንም ካልመለሰ፣ FieldSafe ከዚያው ተመሳሳይ ጊዜ በኋላ እንደገና ይቆለፋል።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>ማስታወሻዎ ሊቀመጥ አልቻለም፤ እንደ ረቂቅም ሊያዝ አልቻለም።</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>ጽሑፉን መቅዳት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>መስኮቱን ክፍት ማቆየት</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>ለማንኛውም መቆለፍ (ማስታወሻው ይጠፋል)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>የሆነ ችግር ተፈጥሯል። ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>ያ ፋይል ሊያያዝ አይችልም። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>ዲስኩ ሞልቷል፤ ስለዚህ መዝገቦችዎ ለንባብ ብቻ ክፍት ናቸው፤ ይህም ሊከናወን አልቻለም። ምንም አልተቀየረም፤ ትንሽ ቦታ ያስለቅቁ፣ ከዚያም ካዝናውን እንደገና ይክፈቱ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe በዚያ ቦታ መጻፍ አይፈቀድለትም። ምንም አልተቀየረም፤ ሌላ ቦታ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>ወደ ዲስኩ መጻፍ አልተሳካም። ምንም አልተቀየረም፤ እባክዎ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>ያ የይለፍ ሐረግ ወይም የመልሶ ማግኛ ኮድ ይህን ምትኬ አልከፈተውም። ምትኬው በተሠራበት ጊዜ ይሠራ የነበረውን ይሞክሩ። ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>ዲስኩ ሞልቷል፤ ስለዚህ መዝገቦችዎ ለንባብ ብቻ ክፍት ናቸው። ትንሽ ቦታ እስኪለቀቅ እና ካዝናው እንደገና እስኪከፈት ድረስ ምንም ሊቀመጥ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>ዲስኩ ሞልቷል፤ ስለዚህ ካዝናው ሊከፈት አይችልም። ምንም አልተቀየረም፤ ትንሽ ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe የካዝናውን አቃፊ መጠቀም አይፈቀድለትም፤ ስለዚህ ካዝናው ሊከፈት አይችልም። ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>የካዝናው አቃፊ አሁን ጥቅም ላይ ሊውል አይችልም (የዲስክ ችግር)፤ ስለዚህ ካዝናው ሊከፈት አይችልም። ምንም አልተቀየረም፤ እባክዎ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>ያ የአቃፊ ወይም የፋይል ስም ለዚህ ኮምፒውተር በጣም ረጅም ነው። ምንም አልተቀየረም፤ አጠር ያለ ስም ወይም ቦታ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>ዲስኩ ሞልቷል፤ ስለዚህ መዝገቦችዎ ለንባብ ብቻ ክፍት ናቸው። ምንም አልተቀመጠም፤ ጽሑፍዎ አሁንም እዚህ አለ። ትንሽ ቦታ ያስለቅቁ፣ ከዚያም ካዝናውን እንደገና ይክፈቱ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>ዲስኩ ሞልቷል። ምንም አልተቀመጠም፤ ጽሑፍዎ አሁንም እዚህ አለ። ትንሽ ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe በዚያ ቦታ መጻፍ አይፈቀድለትም። ምንም አልተቀመጠም፤ ጽሑፍዎ አሁንም እዚህ አለ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>ወደ ዲስኩ መጻፍ አልተሳካም። ምንም አልተቀመጠም፤ ጽሑፍዎ አሁንም እዚህ አለ። እባክዎ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>ትክክል አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>መዝገብ {number}: መስኩ «{field}» {reason}። ምንም አልመጣም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>መስኩ «{field}» {reason}።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>ፋይሉ በሚጠበቀው ቅርጸት አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>መስመር {line}: {problem} ምንም አልመጣም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>ያ የይለፍ ሐረግ ወይም የመልሶ ማግኛ ኮድ ይህን ካዝና አልከፈተውም። እባክዎ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>የካዝናው የቁልፍ ፋይል (vault.key) የለም፤ ስለዚህ መዝገቦቹ ሊከፈቱ አይችሉም። ከምትኬ ይመልሱት፤ ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>የካዝናው የቁልፍ ፋይል (vault.key) ተጎድቷል ወይም የFieldSafe የቁልፍ ፋይል አይደለም። ከምትኬ ይመልሱት፤ ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>የካዝናው የመረጃ ቋት ተጎድቷል ወይም ያልተሟላ ነው። ምንም አልተቀየረም፤ ምትኬ ካለዎት ከእሱ ይመልሱ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>በዚያ ቦታ የFieldSafe ካዝና የለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>እዚያ አስቀድሞ ካዝና (ወይም ሌሎች ፋይሎች) አለ። FieldSafe በፍጹም ተደርቦ አይጽፍበትም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>ይህ ካዝና የተሠራው በአዲስ የFieldSafe ስሪት ነው። ለመክፈት እባክዎ FieldSafe ያዘምኑ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>ይህን ካዝና ወደ አዲሱ የFieldSafe ስሪት ማዘመን አልተሳካም። ካዝናው እንደነበረ ቀርቷል፤ ከሙከራው በፊት ቅጂ ተይዟል።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>ሌላ የFieldSafe መስኮት ወይም ትእዛዝ አሁን ይህን ካዝና እየተጠቀመ ነው። ምንም አልተቀየረም፤ እባክዎ ከትንሽ ጊዜ በኋላ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>ካዝናው ተቆልፏል። ለመቀጠል ይክፈቱት።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>ያ መዝገብ ከእንግዲህ የለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>አቃፊው የለም፦ አንጻፊው ተሰክቷል ወይስ አቃፊው ተንቀሳቅሷል? ምንም አልተጻፈም፤ ከተንቀሳቀሰ አቃፊውን በ«ባልደረቦች › ቡድኖች» ውስጥ እንደገና ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>እዚያ አስቀድሞ ፋይል አለ። ሌላ ስም ይምረጡ፤ FieldSafe በፍጹም ተደርቦ አይጽፍበትም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>ዲስኩ ሞልቷል፤ ስለዚህ ይህ ሊከናወን አልቻለም። ምንም አልተቀየረም፤ ትንሽ ቦታ ያስለቅቁ (ወይም እንደ USB ፍላሽ ያለ ሌላ ቦታ ይምረጡ) እና እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>ግዴታ ነው</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>ትክክለኛ ቀን እና ሰዓት አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>ጽሑፍ መሆን አለበት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>በጣም ረጅም ነው</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>የማይፈቀድ ቁምፊ ይዟል</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>የዚህ ዓይነት መዝገብ መስክ አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>FieldSafe የሚያውቀው የመዝገብ ዓይነት አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>ትክክለኛ የመዝገብ መለያ ቁጥር አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>ነገር (object) መሆን አለበት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>በፋይሉ ውስጥ ቀደም ብሎ የተጠቀሰ መለያ ቁጥርን ይደግማል</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>ከተፈቀደው ክልል ውጭ ነው</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>ትክክለኛ ዩኒኮድ ያልሆነ ጽሑፍ ይዟል</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>ትክክለኛ ቀን (ዓመት-ወር-ቀን) አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>ሙሉ ቁጥር መሆን አለበት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>እውነት ወይም ሐሰት መሆን አለበት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>ከተፈቀዱት እሴቶች አንዱ አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>ዝርዝር መሆን አለበት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>በጣም ብዙ ግቤቶች አሉት</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>ትክክለኛ base64 አይደለም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>ከአባሪው ይዘት ጋር አይዛመድም</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>ግቤቶችን የሚለዩት ኮማ ወይም ሴሚኮሎን ያለበት ግቤት አለው</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>በዚህ ካዝና ውስጥ የሌለን መዝገብ ይጠቅሳል</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>አስቀድሞ በኮድ መዝገቡ ውስጥ አለ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>በዚህ ካዝና ውስጥ በሌላ ዓይነት መዝገብ አስቀድሞ ጥቅም ላይ ውሏል</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>ፋይሉ ትክክለኛ JSON አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>ፋይሉ የFieldSafe የመለዋወጫ ፋይል አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>ፋይሉ የተሠራው በአዲስ የFieldSafe ስሪት ነው።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>ፋይሉ የFieldSafe ምትኬ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>ፋይሉ ያልተሟላ ነው (በሚቀዳበት ጊዜ ተቆርጦ ሊሆን ይችላል)።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>ፋይሉ ተጎድቷል።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>ፋይሉ የለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>ፋይሉ ሊነበብ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>ፋይሉ በጣም ትልቅ ነው።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>ፋይሉ የUTF-8 ጽሑፍ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>ፋይሉ በአንድ ነገር (object) ውስጥ ስምን ይደግማል፤ ስለዚህ ትርጉሙ ግልጽ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>ይህ የFieldSafe ካርድ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>ፋይሉ የFieldSafe የማጋሪያ ጥቅል አይደለም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>ይህ ጥቅል የተመሰጠረው ለሌላ ሰው ነው፤ ይህ ካዝና ሊከፍተው አይችልም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>ይህ ጥቅል ለመክፈት FieldSafe ከሚጠቀመው እጅግ የበለጠ ሥራ ይጠይቃል፤ ስለዚህ አልተከፈተም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>ይህ ጥቅል በይለፍ ሐረግ የተጠበቀ ነው። ላኪውን ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>ያ የይለፍ ሐረግ ጥቅሉን አልከፈተውም፣ ወይም ፋይሉ ተጎድቷል።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>ጥቅሉ በFieldSafe ባልደረባ አልተፈረመም፤ ስለዚህ አልተከፈተም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>የጥቅሉ ፊርማ ከይዘቱ ጋር አይዛመድም፦ ተቀይሮ ሊሆን ይችላል።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>ላኪው ገና አልተረጋገጠም። መጀመሪያ የደህንነት ቁጥሮቻችሁን ፊት ለፊት ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>ላኪው ከባልደረቦችዎ አንዱ አይደለም። መጀመሪያ ካርዳቸውን ያስመጡ እና ያረጋግጡ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>የዚህ ባልደረባ ቁልፍ ተቀይሯል። እንደገና እስኪያረጋግጡ ድረስ ምንም ነገር አይጋራም፣ ምንም ነገርም አይቀበልም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>ይህ የጥቅሉ ስሪት፣ ወይም የበለጠ አዲስ፣ አስቀድሞ አለዎት። ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>ይህ አስቀድሞ ያለዎት ዕቅድ ቀደም ያለ ስሪት ነው። ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>ይህ ጥቅል የተሠራው በቀደመ የFieldSafe ስሪት ነው፤ ካሉዎት ዕቅዶች ጋር ሊመረመር አይችልም። ላኪው FieldSafe እንዲያዘምኑ እና እንደገና እንዲያጋሩ ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>ይህ ጥቅል የተላከው ለሌላ ሰው እንጂ ለእርስዎ አይደለም። ምንም አልመጣም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>ላኪው የተረጋገጠ ባልደረባ ነው፤ ግን ይህ የመጣበት አቃፊ ያለው ቡድን አባል አይደለም። ምንም አልመጣም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>ጥቅሉ በሚመጣበት ጊዜ እነዚህ መዝገቦች በዚህ ካዝና ውስጥ መቀየራቸውን ቀጥለዋል። ምንም አልመጣም። እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>ፋይሉ ባዶ ነው። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>ፋይሉ FieldSafe ከሚያያዘው ከፍተኛ መጠን፣ 25 MB፣ ይበልጣል። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe የሚያያዘው JPEG እና PNG ፎቶዎችን እና PDF ፋይሎችን ብቻ ነው። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>ፋይሉ ተጎድቷል ወይም ያልተሟላ ነው። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>ምስሉ በደህንነት ለመክፈት በጣም ትልቅ ነው (ከ80 ሜጋፒክሰል በላይ)። ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>ፋይሉ ሊነበብ አይችልም (ጠፍቶ ሊሆን ይችላል፣ ወይም መደበኛ ፋይል አይደለም)። ምንም አልተቀመጠም።</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>ለድርጅቱ የሚሆን ማጠቃለያ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>ማጠቃለያው የሚቀመጠው ያልተመሰጠረ ፋይል ሆኖ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>የያዘው ቁጥሮችን ብቻ ነው፦ ክስተቶች በወር፣ በዓይነት፣ በቦታ ዓይነት እና በአካባቢ። የሰው ኮዶችን፣ ስሞችን ወይም የተጻፈ ጽሑፍን አይይዝም። ከ{small} በታች የሆኑ ቁጥሮች ይደበቃሉ፤ አስፈላጊ ሲሆንም ቀጥለው ያሉት ትናንሽ ቁጥሮች ይደበቃሉ፤ ስለዚህ የተደበቀ ቁጥር ሊሰላ አይችልም፤ ከ{small} ያነሱ ክስተቶች ያሏቸው አካባቢዎች በአንድ ላይ ይቆጠራሉ። ፋይሉን የያዘ ማንኛውም ሰው ሊያነበው ይችላል፦ የታሰበለት ሰው ጋር ብቻ ያጋሩት፤ ከእንግዲህ በማያስፈልግዎት ጊዜም የእርስዎን ቅጂ ይሰርዙ።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>ከመጀመሪያው ክስተት ጀምሮ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>ከ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>እስከ ዛሬ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>የተመን ሉህ (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>የPDF ሰነድ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>እንደ ምን ይቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>የሚቀመጥበትን ቦታ መምረጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>የሚቀመጥበትን ቦታ መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>የክስተቶች-ማጠቃለያ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>የPDF ፋይሎች (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>የCSV ፋይሎች (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>ማጠቃለያውን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>በአጠቃላይ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>በወር</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>በዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>በቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>በአካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>ሁሉም ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>ሌሎች አካባቢዎች (እያንዳንዳቸው ከ{small} ያነሱ ክስተቶች ያሏቸው)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>ክፍል</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>ከ{small} ያነሰ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>ክስተቶች ከ{first} እስከ {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>ክስተቶች ከ{first} ጀምሮ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>ክስተቶች እስከ {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>የተመዘገበው እያንዳንዱ ክስተት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>ቁጥሮች ብቻ፣ ያለ ኮዶች፣ ስሞች ወይም የተጻፈ ጽሑፍ። ከ{small} በታች የሆኑ ቁጥሮች ይደበቃሉ፤ አስፈላጊ ሲሆንም ቀጥለው ያሉት ትናንሽ ቁጥሮች ይደበቃሉ፤ ከ{small} ያነሱ ክስተቶች ያሏቸው አካባቢዎች በአንድ ላይ ይቆጠራሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>ክስተቶች: ማንነትን የማይገልጽ ማጠቃለያ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>በዚህ ጊዜ ውስጥ ክስተቶች የሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>ማጠቃለያው እየተቀመጠ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>ማጠቃለያው ተቀምጧል። የተመሰጠረ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>ከእንግዲህ እንደማያስፈልግዎት ወዲያውኑ የእርስዎን ቅጂ ይሰርዙ።</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>ይህ ክስተት ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>ከቀደም ስሪቶቹ ጋር ከካዝናው ለዘለቄታው ይወገዳል። አስቀድመው ያጋሩት ቅጂ ከባልደረባዎ ጋር ይቆያል። ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>ይህ %n ክስተት ይሰረዝ?</numerusform>
            <numerusform>እነዚህ %n ክስተቶች ይሰረዙ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>ከቀደም ስሪቶቻቸው ጋር ከካዝናው ለዘለቄታው ይወገዳሉ። አስቀድመው ያጋሯቸው ቅጂዎች ከባልደረቦችዎ ጋር ይቆያሉ። ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>ይህ ክስተት በተቀመጠ ቁጥር ከዚያ በፊት የነበረው ይዘት ተጠብቋል። ከአሁኑ ጎን ለማየት ቀደም ያለ ስሪት ይምረጡ፤ የሚለያዩ መስኮች «ተቀይሯል» ተብለው ምልክት ይደረግባቸዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>ቀደም ያሉ ስሪቶች የሉም፦ ይህ ክስተት መጀመሪያ ከተቀመጠ በኋላ አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>መቼ እንደተከሰተ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>መቼ እንደታወቀ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>ምን ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>በጥቂት ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>የተሳተፉ ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>የተሳተፉ ሰዎች፣ በጥቂት ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>ምን ተከሰተ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>በሰዎች ላይ ያለው ተጽዕኖ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>በሥራው ላይ ያለው ተጽዕኖ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>ወዲያውኑ የተወሰዱ እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>ሪፖርት የተደረገለት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>የተያያዘው ከ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>ለምሳሌ: አንድ ወንድ እስከ አውቶቡስ ማቆሚያው ድረስ ተከተለን</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>መቼ ተከሰተ?(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>ምን ዓይነት ነገር ተከሰተ?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>በጥቂት ቃላት(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>ምን ተከሰተ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>የት፣ እና የተሳተፉ ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>በግምት ብቻ፦ በፍጹም አድራሻ አይሁን፣ በፍጹም ስም አይሁን። የማያውቁትን ይዝለሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>አልተነገረም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>ወረዳ ወይም ሰፈር፣ በፍጹም አድራሻ አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>መግለጫ፣ በፍጹም ስም አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>መቼ እንደታወቀ፣ ዘግይቶ ከሆነ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>የቦታ ዓይነት:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>አካባቢ(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>እነማን ተሳትፈዋል?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>በጥቂት ቃላት:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>መቼ እንደታወቀ፣ ዘግይቶ ከሆነ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>ያስከተለው፣ እና የተወሰደው እርምጃ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>ለምሳሌ: የደህንነት ኃላፊያችን</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>ወዲያውኑ የተወሰዱት እርምጃዎቹ ተገምግመዋል</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>በሰዎች ላይ ያለው ተጽዕኖ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>በሥራው ላይ ያለው ተጽዕኖ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>ወዲያውኑ የተወሰዱ እርምጃዎች(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>ሪፖርት የተደረገለት:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>የተያያዘው ከ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>ሲመዘግቡት የነበረ ክስተት አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe ከ{time} ጀምሮ ይዞታል። ለመቀጠል ይመልሱት፣ ወይም ይተዉት።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>መተው</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>አንድ ነገር ተከስቷል</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>ክስተቱን ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>ክስተቱን ማስቀመጥ</translation>
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
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>እያንዳንዱን ጥያቄ መዝለል ይቻላል። ያለዎትን ያስቀምጡ፤ በኋላ ላይ መጨመር ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ከረቂቁ ተመልሷል። ለማቆየት ያስቀምጡት።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>በማስቀመጥ ላይ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>ተቀምጧል። በቡድን አቃፊው ውስጥ እየተቀመጠ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>ያስገቡት ሊያዝ አልቻለም። ያስቀምጡት፣ ወይም ከመዝጋትዎ በፊት ይቅዱት።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>በዚህ ካዝና ውስጥ የሌለ የመስክ መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>የ{time} የመስክ መዝገብ: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>ርዕስ የሌለው</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>በዚህ ካዝና ውስጥ የሌለ የግንኙነት ዕቅድ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>የ{time} የግንኙነት ዕቅድ: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>ከእንግዲህ እዚህ የሌለ የስጋት ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>የስጋት ግምገማ: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>ርዕስ የሌለው ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>ከ{time} የመስክ መዝገብዎ፦ መቼ፣ የቦታ ዓይነት እና አካባቢ ተሞልተዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>የሄዱት: {people}።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>ከ{time} የግንኙነት ዕቅድዎ፦ መቼ እና የቦታ ዓይነት ተሞልተዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>ከ{colleague} ጋር።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>ገና እርግጠኛ አይደለሁም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>የተያያዙ መዝገቦች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>ትስስሩን ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>የስጋት ግምገማ ማያያዝ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>የስጋት ግምገማ ማያያዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>ግምገማ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>ርዕስ የሌለው ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>ክስተቱ ከተቀመጠ በኋላ፣ ለእነሱ በቡድን አቃፊው ውስጥ ይተዋል፤ ለእነሱ እና ለእርስዎ ተመስጥሮ።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>ለደህንነት ኃላፊው መላክ ({names})</numerusform>
            <numerusform>ለደህንነት ኃላፊዎቹ መላክ ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>ክስተቱ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (ከዚህ ክስተት ጋር የተያያዘ)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (ተመሳሳይ ቦታ)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>የስጋት ግምገማ ይከለሱ?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>ክስተቱ ተቀምጧል። ከክስተት በኋላ የሚመለከተውን የስጋት ግምገማ እንደገና ማየት ይረዳል፦ ምን ተቀየረ፣ እና ምን በተለየ መንገድ መደረግ አለበት። አሁን፣ ወይም በኋላ ከ«የስጋት ግምገማዎች» ማድረግ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>የሚከለሱ የስጋት ግምገማዎች</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>ይህን መከለስ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>አሁን አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>አንድ ሳምንት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>አንድ ወር</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>ሦስት ወራት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>አንድ ዓመት</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>አምስት ዓመታት</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>ሲጽፉት የነበረ የማስታወሻ ደብተር ጽሑፍ አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ከ{time} ጀምሮ ይዞታል። መጻፍዎን ለመቀጠል ይመልሱት፣ ወይም ይተዉት።</translation>
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
        <translation>መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>መተው</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>መረጋጋት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>ድካም</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>ሐዘን</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>ጭንቀት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>ቁጣ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>መደንዘዝ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>መረበሽ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>መጨናነቅ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>እፎይታ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>ተስፋ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>ኩራት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>ምስጋና</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>ምን ጥሩ ሄደ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>ምን ከባድ ነበር?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>የራሴን ትዝታዎች የቀሰቀሰብኝ ነገር ነበር?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>አሁን ምን ያስፈልገኛል?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>ስለዚህ ከማን ጋር መነጋገር እችላለሁ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (በጣም ከባድ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (ከባድ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (ከባድ ማለት ይቻላል)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (በመጠኑ ከባድ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (ትንሽ ከባድ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (መካከለኛ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (ትንሽ ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (በመጠኑ ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (ጥሩ ማለት ይቻላል)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (በጣም ጥሩ)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>ከባድ የነበረ ይመስላል።</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>የሚረዱዎትን ሰዎች እና ነገሮች ማየት ይፈልጋሉ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>ድጋፌን ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>አሁን አይደለም</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>የመጀመሪያው ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>በአፍ መፍቻ ተናጋሪ ተገምግሟል</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>በአፍ መፍቻ ተናጋሪዎች ግምገማ በመጠበቅ ላይ</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>ቋንቋ: {language}፣ FieldSafe መጀመሪያ የተጻፈበት ጽሑፍ።</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>አንድ ቃል ስህተት፣ ግልጽ ያልሆነ ወይም ደግነት የጎደለው መስሎ ከታየዎት፣ FieldSafe በሰጠዎት ድርጅት በኩል ይንገሩን።</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>ቋንቋ: {language}፣ በአፍ መፍቻ ተናጋሪ ተገምግሟል ({who}፣ {date})።</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>ቋንቋ: {language}፣ በአፍ መፍቻ ተናጋሪዎች ግምገማ በመጠበቅ ላይ፦ ቋንቋው የራሱ የሆነ ማንም ሰው ይህን ትርጉም እስካሁን አላረጋገጠም።</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe የመስክ ማስታወሻዎችዎን በዚህ ኮምፒውተር ላይ ባለ አንድ የተመሰጠረ ካዝና ውስጥ ያስቀምጣል። የሚጽፉት ምንም ነገር ሳይመሰጠር በዲስኩ ላይ አይቀመጥም፤ ሁሉም ነገርም ያለ ኢንተርኔት ይሠራል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>ላፕቶፑ ሲጠፋ፣ ሲሰረቅ ወይም ሲወሰድ ይጠብቅዎታል፦ ያለ የይለፍ ሐረግዎ ወይም የመልሶ ማግኛ ኮድዎ መዝገቦቹ ሊነበቡ አይችሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>ማልዌር ወይም ኪይሎገር (የቁልፍ መቅጃ) ያለበትን ኮምፒውተር ሊጠብቅ አይችልም። በእንደዚህ ያለ ኮምፒውተር ላይ የሚሠራ ማንኛውም መተግበሪያ ሊጠብቀው አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>የሙሉ ዲስክ ምስጠራን አይተካም። እባክዎ እሱንም ያብሩት፤ በዚህም የሥርዓቱ የራሱ ጊዜያዊ ፋይሎች እና swap እንዲሁ ይጠበቃሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>መሰረዝ ቀደም ብለው የተሠሩ ቅጂዎችን፣ ለምሳሌ የቆዩ ምትኬዎችን ወይም የዲስክ ምስሎችን፣ ሊደርስባቸው አይችልም፤ SSD ደግሞ የቆዩ ብሎኮችን ለተወሰነ ጊዜ ሊይዝ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>ካዝናው መኖሩን መደበቅ አይችልም። አንድ ሰው እንዲከፍቱት ቢያስገድድዎ፣ FieldSafe ባዶ መስሎ መታየት አይችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>ማድረግ የማይችለው:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>ለመገመት በጣም ቀላል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>ለመገመት ቀላል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>በቂ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>ጠንካራ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>በጣም ጠንካራ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>የይለፍ ሐረጉን ማሳየት(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>የይለፍ ሐረጉን ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>የተጻፈው ሁሉ በትልልቅ ፊደላት ነው፦ Caps Lock በርቷል?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>የይለፍ ሐረግ ጥንካሬ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>ጥንካሬ: እስካሁን ምንም አልተጻፈም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>ጥንካሬ: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>እርስ በርስ የማይያያዙ ጥቂት ቃላት ለማስታወስ ቀላል እና ለመገመት ከባድ የሆነ የይለፍ ሐረግ ይሠራሉ፦ ለምሳሌ፣ በአንድ ላይ በዓይነ ሕሊናዎ ሊስሏቸው የሚችሉ አራት ቃላት።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>ይህ ለሌላ ሰው ለመገመት ቀላል ይሆናል። ሌላ የማይያያዝ አንድ ወይም ሁለት ቃል ማከል ብዙውን ጊዜ ይረዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>ጥሩ። አሁን በሁለተኛው መስክ ውስጥ አንድ ጊዜ እንደገና ያስገቡት።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>ሁለቱ የይለፍ ሐረጎች ገና አንድ ዓይነት አይደሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>ሁለቱ የይለፍ ሐረጎች ይመሳሰላሉ።</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>በማሻሻያው ተቀይሯል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(አሁን ባዶ)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>የግንኙነት ዕቅድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>ቀን እና ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>መቼ እንደምንጨርስ የምንጠብቀው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>ደህና መሆናችንን እርስ በርስ የምንሳወቅበት ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>ከእርስዎ ጋር ማን ይሄዳል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>የሰው ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>የት እንገናኛለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>የመጀመሪያው ቦታ ካልተመቸ ወዴት እንሄዳለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>ድብቅ የማስጠንቀቂያ ምልክታችን፣ እና ትርጉሙ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>የት መቀመጥ ወይም መቆም እንዳለብን</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>ማን ምን ያደርጋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>ምን እናደርጋለን፣ …</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>ከመሄዳችን በፊት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>ምን እናደርጋለን፣ {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>ከግንኙነቱ በኋላ የተጻፈው መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>ባልደረባውን እንዴት ማግኘት እንደሚቻል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>የደህንነት ማሳወቂያ ካልመጣ በኋላ የሚጠበቁ ደቂቃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>በሰላም የተመለሱበት ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>ምንም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>የስጋት ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(እርስዎም ይህን ቀይረዋል፦ የትኛው እንደሚቆይ ይመርጣሉ)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>ይህ ማሻሻያ የሚቀይረው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>ማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>ማሻሻያውን ማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>ይቅር፦ ምንም አለማስመጣት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>በዕቅዱ {title} ውስጥ:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>ረቂቅ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>ዝግጁ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>ተጠናቋል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>ቀርቷል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>እኛ ብንዘገይ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>እነሱ ቢዘገዩ፣ ወይም ባይመጡ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>ያልጠበቅነው ሰው ቢመጣ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>ሦስተኛ ወገን ጣልቃ ቢገባ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>በደህና ይዘን እንድንመለስ ሰነዶች ቢሰጡን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>ከእኛ ለአንዳችን ሕመም ቢሰማን ወይም ያለፈ አሰቃቂ ትዝታ ድንገት ቢመለስ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>አንድ ሰው በዛቻ መንገድ ቢቀርበን፣ ወይም የምናገኘውን ሰው ቢያስፈራራ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>ከእኛ የአንዳችን የደህንነት ማሳወቂያ ባይመጣ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>እስካሁን ባልደረባ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>እስካሁን ተጠባባቂ ቦታ የለም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>እስካሁን የተስማማችሁበት የማስጠንቀቂያ ምልክት የለም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>እስካሁን የማሳወቂያ ሰዓት የለም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>የለም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>ርዕስ የሌለው ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>ከእንግዲህ በዚህ ካዝና ውስጥ የሌለ ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>አልተወሰነም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}፣ {type}፣ {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>ዓይነቱ አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>ቦታው አልተገለጸም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>ምንም አልተጻፈም</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="125"/>
        <source>{when}, {title}: {observation}</source>
        <translation>{when}፣ {title}: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="131"/>
        <source>{when}: {observation}</source>
        <translation>{when}: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="152"/>
        <source>From your vault, to help you plan. None of this is saved in the plan.</source>
        <translation>ለማቀድ እንዲረዳዎት ከካዝናዎ። ከዚህ ውስጥ ምንም ነገር በዕቅዱ ውስጥ አይቀመጥም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>የስጋት ግምገማው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>የተያያዘው የስጋት ግምገማ ከእንግዲህ በዚህ ካዝና ውስጥ የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>ለዚህ ቦታ የስጋት ግምገማዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>እዚህ ለማየት በመጀመሪያው ገጽ ላይ አንዱን ያያይዙ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>ከዚህ በፊት እዚያ የተከሰተው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>ክስተቶች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>በመዝገቦች ውስጥ ያሉ የደህንነት ምልከታዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>ለዚህ የቦታ ዓይነት፣ አካባቢ ወይም የሰው ኮድ እስካሁን የተመዘገበ ነገር የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>ባልደረባ አብሮ ይሄዳል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>ተጠባባቂ ቦታ ተስማምተንበታል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>የማስጠንቀቂያ ምልክት ተስማምተንበታል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>የማሳወቂያ ሰዓት ተስማምተንበታል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>ዓላማ እና ሰዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>በፍጹም ብቻዎን አይገናኙ፦ የሰለጠነ ባልደረባ አብሮ ይሄዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>ይህ ዕቅድ ሊገኝ ስለሚችል ኮድ ይጠቀሙ፤ በፍጹም ስም አይሁን።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>ምን ማሳካት እንፈልጋለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>ግልጽ ዓላማ ግንኙነቱን አጭር እና ደህንነቱ የተጠበቀ ያደርገዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>ይህ ግንኙነት የትኛውን የስጋት ግምገማ ይከተላል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>ዛቻዎቹ፣ አቅሞቹ እና እርምጃዎቹ ከጥያቄዎቹ ጎን ይታያሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>የቦታው ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>ምን ዓይነት ቦታ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>እያንዳንዱ የቦታ ዓይነት የራሱ ሁኔታ እና ስጋቶች አሉት።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>ብዙውን ጊዜ በአካባቢው ማን አለ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>እዚያ ማን እንዳለ ማወቅ ሁኔታውን ለመረዳት ይረዳዎታል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>ማን ዛቻ ሊሆን ይችላል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>ሕገወጥ የሰዎች አዘዋዋሪዎችን፣ ገዢዎችን፣ በአካባቢው ያሉ ሌሎችን ያስቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>ማን ሊሰማ ይችላል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>ምን፣ የትስ መናገር እንደሚቻል እንዲያውቁ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>እዚያ የነበሩ ቀደም ያሉ ገጠመኞች እና ዛቻዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>ከዚህ በፊት የተከሰተው እንደገና ሊከሰት ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>በሚሳተፉት ሁሉ ላይ ያለው ሥነ ልቦናዊ ተጽዕኖ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>በተለይ ለተራፊዎች፦ ለዚህ አስቀድመው ያቅዱ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>ቦታው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>የሚያውቁት፣ ሰውየው የሚመቻቸው ቦታ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>ሌላ ማን ይኖራል? ሌሎች ሳይሰሙን መነጋገር እንችላለን? የተጨናነቀ ነው? መግባት አጠራጣሪ ይመስላል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>ቦታው በቂ ደህንነት ያለው መሆኑን የሚወስኑት እነዚህ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>ተጠባባቂ ቦታው</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>ዕቅዶች ይቀየራሉ፤ አማራጩን አሁን ይስማሙበት።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>ሊፈጠሩ የሚችሉ ሁኔታዎች</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>አስቀድሞ መወሰን በጭንቀት ውስጥ ሆኖ ከመወሰን ይቀላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>በግንኙነቱ ወቅት</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>አካባቢውን ማየት፣ ጀርባን ወደ ግድግዳ፣ ከመውጫ አጠገብ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>ከሁለታችሁ ማንኛችሁም ያለ ቃል ግንኙነቱን ማቋረጥ እንድትችሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>ሰውየው የመገናኛ ዝርዝሮቻችንን ሳይጽፉ እንዴት ያገኛሉ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>የተጻፉ ቁጥሮች በበዝባዥ ሊገኙ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>ለምሳሌ፣ አንዱ ይናገራል፣ አንዱ ይከታተላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>ከግንኙነቱ በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>ለትንሽ ጊዜ መቆየት እና የሚከተሉ ሰዎች ካሉ መከታተል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>ወዲያውኑ መሄድ አንድን ሰው ወደ እርስዎ ሊመራ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>ማስታወሻዎቹ ወደ ካዝናው፣ ወረቀቱ ጠፍቷል</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>በኪስ ውስጥ ያለ ወረቀት ሰውየውን አደጋ ላይ ሊጥል ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>ከግንኙነቱ በኋላ ከማን ጋር፣ መቼ እንወያያለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>ስለ ጉዳዩ መነጋገር የሰሙትን ለመሸከም ይረዳዎታል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>ጊዜ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>ሁለታችሁም አንድ ዓይነት ዕቅድ እንድትይዙ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>የታወቀ የማብቂያ ሰዓት ያልመጣ የደህንነት ማሳወቂያ በቀላሉ እንዲታወቅ ያደርጋል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>ከአንዳችሁ የደህንነት ማሳወቂያ ካልመጣ፣ ሌላኛው እርምጃ ይወስዳል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>ከማሳወቂያ ሰዓቱ በኋላ እርምጃ ከመውሰዳችን በፊት ምን ያህል እንጠብቃለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>ይህ ጊዜ እንዳለፈ FieldSafe የተስማማችሁትን ያሳያል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>በግንኙነቱ ወቅት እና ከዚያ በኋላ እርስ በርሳችን እንዴት እንገናኛለን?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>የደህንነት ማሳወቂያ ካልመጣ፣ ይህ ለማድረግ ከተስማማችሁት ጋር ይታያል።</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>ማተም</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>የሚያትሙት ወይም እንደ PDF የሚያስቀምጡት ነገር የተመሰጠረ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>ወረቀቱን ወይም ፋይሉን ያገኘ ማንኛውም ሰው ሊያነበው ይችላል። ከእርስዎ ጋር ያቆዩት፤ ከእንግዲህ እንደማያስፈልግዎ ወዲያውኑ ያጥፉት (ወይም ፋይሉን ይሰርዙ)። አታሚው እና የህትመት ወረፋው እንዲሁ ቅጂ ሊይዙ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>የሰው ኮዶችን፣ ቦታዎችን እና የባልደረቦችን ስሞች አለማካተት</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>የጻፉት ጽሑፍ (ርዕስ፣ ምን ተከሰተ፣ ፍላጎቶች፣ ደህንነት) እንዳለ ይካተታል፦ ከማተምዎ በፊት ስሞች እንዳሉበት ይፈትሹ።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>መቀጠል</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>የታተመ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>እንደ PDF ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>የPDF ፋይሎች (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>PDFው ተቀምጧል። የተመሰጠረ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>ከእንግዲህ እንደማያስፈልግዎ ወዲያውኑ ይሰርዙት።</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>ሰነድ</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{minutes} min</source>
        <translation>{minutes} ደቂቃ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="85"/>
        <source>{hours} h</source>
        <translation>{hours} ሰዓት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ሰዓት {minutes} ደቂቃ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(መግለጫ የለም)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}፣ የጊዜ ገደብ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>ተከናውኗል</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>ጠፍተዋል፣ የተረጋገጠው {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>መጥፋታቸው ገና አልተረጋገጠም</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>ርዕስ የሌለው መዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>ቆይታ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>የሄዱት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>የሰው ኮዶች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>ምን ተከሰተ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>የተገለጹ ፍላጎቶች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>የተሰጡ መረጃዎች እና ሪፈራሎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>ክትትሎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>የደህንነት ምልከታዎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>የወረቀት ማስታወሻዎች</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>የሚገመገምበት ቀን</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (ተቀይሯል)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(ባዶ)</translation>
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
        <translation>መንገድ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>የወሲብ ንግድ ሰፈር</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>የወሲብ ንግድ ቤት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>አፓርትመንት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>መጠጥ ቤት ወይም ክለብ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>ቢሮ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>በኢንተርኔት</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>ሌላ</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>የመልሶ ማግኛ ወረቀት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>ይህ ወረቀት የመልሶ ማግኛ ኮድዎን ይዟል፦ በእሱ እና በዚህ ላፕቶፕ ማንኛውም ሰው ካዝናዎን መክፈት ይችላል። ያትሙት፣ ወረቀቱን ከላፕቶፑ ለይተው ያስቀምጡ፣ ከታተመ በኋላም የPDF ፋይሉን ይሰርዙ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>መቀጠል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>የመልሶ ማግኛ ወረቀቱን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>የመልሶ-ማግኛ-ወረቀት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>ይህ የFieldSafe ካዝናዎ የመልሶ ማግኛ ኮድ ነው። የይለፍ ሐረግዎን ከረሱ፣ ይህን ኮድ የይለፍ ሐረጉ በሚገባበት ቦታ ያስገቡ፤ ከዚያም FieldSafe አዲስ እንዲመርጡ ያስችልዎታል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>በትልልቅ ፊደላትም ይሁን ባይሆን፣ በሰረዝም ይሁን ያለ ሰረዝ፦ ሁለቱም ይሠራሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>ይህን ወረቀት ከላፕቶፕዎ ለይተው ደህንነቱ በተጠበቀ ቦታ ያስቀምጡ (በላፕቶፑ ቦርሳ ውስጥ አይደለም)። ላፕቶፑንም ይህንንም ኮድ በአንድ ላይ የያዘ ማንኛውም ሰው ካዝናውን መክፈት ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>FieldSafe መቼም አዲስ የመልሶ ማግኛ ኮድ ካሳየዎት (የይለፍ ሐረጉን ከቀየሩ በኋላ)፣ ይህ ወረቀት ከእንግዲህ ካዝናውን አይከፍትም፦ ያጥፉት።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>ይህን ወረቀት እንደ ፋይል ካስቀመጡት፣ ከታተመ በኋላ ፋይሉን ይሰርዙ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>የመልሶ ማግኛ ኮድ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>የተሠራው {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>ሊታተም የሚችል ወረቀት (PDF) ማስቀመጥ(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>ሊታተም የሚችል ወረቀት ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>የመልሶ ማግኛ ወረቀቱ ተቀምጧል። የተመሰጠረ አይደለም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>ያትሙት፣ ወረቀቱን ከዚህ ላፕቶፕ ለይተው ያስቀምጡ፣ ከዚያም ፋይሉን ይሰርዙ።</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>ምትኬው አሁን ካዝናዎ ነው። ምትኬው ከተሠራ በኋላ የተጻፉ መዝገቦች በውስጡ የሉም። የተጎዱት ፋይሎች አልተሰረዙም፦ አሁንም ተመስጥረው፣ ከካዝናው አቃፊ ጎን ወዳለ፣ ስሙ በ«damaged» እና በቀኑ ወደሚያበቃ አቃፊ ተወስደዋል። ምትኬው በተሠራበት ጊዜ ይሠራ የነበረውን የይለፍ ሐረግ ወይም የመልሶ ማግኛ ኮድ ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>ምትኬ መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>የFieldSafe ምትኬዎች (*.fieldsafe-backup);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>ከምትኬ መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>የሚመርጡት ምትኬ የተጎዳውን ካዝና ቦታ ይይዛል። FieldSafe መጀመሪያ ምትኬውን በሙሉ ይፈትሻል፤ በእሱ ላይ ምንም ችግር ካለ፣ ምንም አይቀየርም። የተጎዱት ፋይሎች ይቀመጣሉ፣ በፍጹም አይሰረዙም። ምትኬው ከተሠራ በኋላ የተጻፉ መዝገቦች በውስጡ የሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>የምትኬ ፋይል</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>እስካሁን ምትኬ አልተመረጠም</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>መምረጥ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>የምትኬ ፋይል መምረጥ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>የምትኬው የይለፍ ሐረግ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>በመመለስ ላይ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>መልእክት</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>መመለስ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>የምትኬ ፋይል(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>የምትኬው የይለፍ ሐረግ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>ምትኬው እየተፈተሸ እና እየተመለሰ ነው…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>ከዚህ ግምገማ ጋር የተያያዙትን ክስተቶችም ይጋሩ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n ክስተት ከዚህ ግምገማ ጋር ተያይዟል። ከእሱ ጋር ባልደረቦችዎ ከትንተናው ጎን የተከሰተውን ያያሉ፤ ያለ እሱ የሚጋራው ግምገማው ብቻ ነው።</numerusform>
            <numerusform>%n ክስተቶች ከዚህ ግምገማ ጋር ተያይዘዋል። ከእነሱ ጋር ባልደረቦችዎ ከትንተናው ጎን የተከሰተውን ያያሉ፤ ያለ እነሱ የሚጋራው ግምገማው ብቻ ነው።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>ግምገማውን ብቻ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>ከክስተቶቹ ጋር</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>ይህ ግምገማ በተቀመጠ ወይም በተከለሰ ቁጥር ከዚያ በፊት የነበረው ይዘት ተጠብቋል። ከአሁኑ ጎን ለማየት ቀደም ያለ ስሪት ይምረጡ፤ የሚለያዩ ክፍሎች «ተቀይሯል» ተብለው ምልክት ይደረግባቸዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>ቀደም ያሉ ስሪቶች የሉም፦ ይህ ግምገማ መጀመሪያ ከተቀመጠ በኋላ አልተቀየረም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (ደረጃ: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>ዛቻ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>ዕድል: {likelihood}። ተጽዕኖ: {impact}።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>ገና አልተገመተም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (ማን: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>ክለሳ</translation>
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
        <translation>ከሚከተለው ተግባር በፊት: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>የተቀየረው: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>ከተግባሩ በፊት የሚወሰዱ እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>በተግባሩ ወቅት የሚወሰዱ እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>ከተግባሩ በኋላ የሚወሰዱ እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>የስጋት ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>የቦታ ዓይነት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>ተግባሩ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>ዓላማው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>ዛቻዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>ተጋላጭነቶች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>አቅሞች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>ጾታ እና ተደራራቢ ማንነቶች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>ይህ ዓላማ ይህን ስጋት ይመጥናል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>ለምን</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>ያሰብናቸው ይበልጥ ደህንነት ያላቸው አማራጮች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>ምዕራፍ የሌላቸው እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>ደጋፊ አካላት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>ቀጣይ ክለሳ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>ክለሳዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>ደረጃ: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>{item} ማስወገድ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: ደረጃ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>የስጋት ግምገማን መከለስ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>የዚህ ክለሳ ምክንያት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>ከየትኛው ተግባር በፊት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>ለምሳሌ: የዓርብ ምሽቱ የመስክ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>የተቀየረው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>በግምገማው ውስጥ የቀየርነው፣ እና ለምን</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>ቀኑን በግምገማው ውስጥ ማቆየት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>የክስተቱ ወዲያውኑ የተወሰዱ እርምጃዎች ተገምግመዋል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>ክለሳውን መመዝገብ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>ክለሳውን መመዝገብ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>ሳይመዘገብ መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>ይህ ክለሳ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>ለምን(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>ከየትኛው ተግባር በፊት:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>ምን ተቀየረ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>ቀጣይ ክለሳ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>በመመዝገብ ላይ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>ለውጦችዎ ሊያዙ አልቻሉም። ክለሳውን ይመዝግቡ፣ ወይም መጀመሪያ ይቅዷቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>ግምገማውን ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>ግምገማውን ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>ግምገማውን መሰረዝ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>ግምገማውን መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>ከናሙናው ተቀድቷል። ማንኛውንም ነገር ይቀይሩ፣ ከዚያም ያስቀምጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ከረቂቁ ተመልሷል። ለማቆየት ያስቀምጡት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>ለስጋት ሁኔታው ስም ይስጡ፣ ከዚያም ያስቀምጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>በማስቀመጥ ላይ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>ይህ የስጋት ግምገማ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>ከቀደም ስሪቶቹ እና ከክለሳ ታሪኩ ጋር ከካዝናው ለዘለቄታው ይወገዳል። ከእሱ ጋር የተያያዙ ክስተቶች ትስስሩን ይዘው ይቆያሉ፤ እንደሌለም ይገልጻሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>ግምገማው ተሰርዟል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>የስጋት ሁኔታው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>ለምሳሌ: በጣቢያው አካባቢ የመንገድ ላይ የመስክ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>አንድ የቦታ ዓይነት አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>ወረዳ ወይም ሰፈር፣ በፍጹም አድራሻ አይደለም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>የስጋት ሁኔታ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>የቦታ ዓይነት:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>አካባቢ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>ተግባሩ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>ዓላማው:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>ለእያንዳንዱ ዛቻ፦ ምን ሊያስከትል እንደሚችል፣ የመከሰት ዕድሉ ምን ያህል እንደሆነ እና ምን ያህል ጉዳት እንደሚያደርስ። ደረጃው ከሁለቱ ይወሰናል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>ዛቻ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>ሊያስከትል የሚችለው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>ዕድል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>ተጽዕኖ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>ዛቻ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>ዛቻ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>አጠቃላይ ደረጃ: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>አጠቃላይ ደረጃ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>ለጉዳት የሚያጋልጡን ልማዶች ወይም ሁኔታዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>ተጋላጭነት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>ወደ አቅም እንዴት ልንለውጠው እንችላለን</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>መንገድ ካዩ፤ ይህን ባዶ መተው ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>ተጋላጭነት {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>ተጋላጭነት ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>የሚጠብቀን፦ ልማዶች፣ ሰዎች፣ ክህሎቶች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>አቅም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>እንዴት ጠንካራ አድርገን እንጠብቀዋለን</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>አቅም {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>አቅም ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>ማንነታችን ለምናገኛቸው ሰዎችም ለእኛም ስጋቶቹን ሊቀይር ይችላል። እነዚህ ጥያቄዎች አማራጭ ናቸው፤ እዚህ አስፈላጊ የሆኑትን ይመልሱ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>ጥያቄዎቹን ማሳየት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>የጾታ እና የተደራራቢ ማንነቶች ጥያቄዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>ጥያቄዎቹን መደበቅ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>ገና አልተመለሰም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>ያንኑ ዓላማ በአነሰ ስጋት ለማሳካት ሌላ መንገድ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>የእኛ መልስ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>ለምን:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>ያሰብናቸው ይበልጥ ደህንነት ያላቸው አማራጮች:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>እርምጃዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>በፊት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>በወቅቱ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>በፊት፣ እርምጃ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>በወቅቱ፣ እርምጃ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>በኋላ፣ እርምጃ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>እርምጃ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>በፊት የሚወሰድ እርምጃ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>በወቅቱ የሚወሰድ እርምጃ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>በኋላ የሚወሰድ እርምጃ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>እርምጃ ማከል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>እርምጃ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>ማን ያከናውነዋል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>እኛን ለመጠበቅ ሊረዱ የሚችሉ ድርጅቶች፣ ሰዎች ወይም መረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>ክለሳ አልታቀደም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>ቀጣይ ክለሳ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>ገና አልተከለሰም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>ክለሳው ከ{date} ጀምሮ ደርሷል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>ክለሳው ዛሬ ደርሷል</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>ቀጣይ ክለሳ: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>ርዕስ የሌለው ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>ሲጽፉት የነበረ የስጋት ግምገማ አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ከ{time} ጀምሮ ይዞታል። መጻፍዎን ለመቀጠል ይመልሱት፣ ወይም ይተዉት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>መመለስ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>መተው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>አዲስ ግምገማ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>አዲስ ግምገማ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>ከናሙና መጀመር(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>ከናሙና መጀመር</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>የስጋት ግምገማዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>ማጋራት…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>ግምገማውን ማጋራት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>ለቡድኑ መላክ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>ግምገማውን ለቡድኑ መላክ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>ቀደም ያሉ ስሪቶች…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>የግምገማው ቀደም ያሉ ስሪቶች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>ጥቅል መቀበል…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>ጥቅል መቀበል</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>ጥቅሉ ከግምገማው እና ከ%n የተያያዘ ክስተት ጋር ተቀምጧል፦ ለመረጧቸው ባልደረቦች እና ለእርስዎ ተመስጥሯል።</numerusform>
            <numerusform>ጥቅሉ ከግምገማው እና ከ%n የተያያዙ ክስተቶች ጋር ተቀምጧል፦ ለመረጧቸው ባልደረቦች እና ለእርስዎ ተመስጥሯል።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>ጥቅሉ ተቀምጧል፦ ለመረጧቸው ባልደረቦች እና ለእርስዎ ተመስጥሯል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>ከመረጧቸው ባልደረቦች ጋር ተጋርቷል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>እያንዳንዱ ናሙና ከመስክ ልምድ የተጻፈ መነሻ ነው። በውስጡ ያለ ማንኛውም ነገር ሊቀየር ይችላል፤ እያንዳንዱ ዛቻ የመከሰት ዕድሉ እና የጉዳቱ መጠን ምን ያህል እንደሆነ የሚወስኑት እርስዎ ነዎት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>ናሙናዎች</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>ከዚህ ናሙና መጀመር</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>ተግባሩ: {activity}

ዓላማው: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>በሕዝብ ቦታ በብዝበዛ ውስጥ የሚኖርን ሰው ማግኘት</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>ሁለታችን በብዝበዛ ውስጥ የሚኖርን ሰው በተስማማንበት ሰዓት፣ በካፌ፣ በፓርክ ወይም በሌላ የሕዝብ ቦታ እናገኛለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>ሰውየው መረጃ እና ድጋፍ በራሳቸው ፍላጎት ያገኛሉ፤ ሁሉም ከግንኙነቱ በደህና ይወጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>በዝባዥ፣ ገዢ ወይም በእነሱ የተላከ ሰው ግንኙነቱን ይመለከታል፣ ያቋርጣል ወይም ይከታተላል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>በሰውየው ወይም በእኛ ላይ የአካል ጉዳት፤ ሰውየው እኛን በማግኘታቸው ይቀጣሉ፤ ከዚያ በኋላ ይከተሉናል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>በውይይቱ ወቅት ከባድ ወይም የስሜት ቁስለትን የሚቀሰቅሱ ጥያቄዎች ይነሳሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>ለሰውየውም፣ የራሳቸው የብዝበዛ ተሞክሮ ላላቸው ባልደረቦችም ጭንቀት እና ሥነ ልቦናዊ ጉዳት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>አንድ ሰው፣ አውቆም ይሁን ሳያውቅ፣ ግንኙነቱን ወይም የምናጋራውን አላግባብ ይጠቀማል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>የመገናኛ ዝርዝሮቻችን፣ ዕቅዶቻችን ወይም የሰውየው ቃላት አላግባብ ሊጠቀሙባቸው የሚችሉ ሰዎች እጅ ይደርሳሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>ሰውየው ይዘገያሉ ወይም አይመጡም፣ ወይም በምትካቸው ያልጠበቅነው ሰው ይመጣል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>ሌሎች በሚያውቁት ቦታ መጠበቅ፤ ወዳላቀድነው ግንኙነት መሳብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>አንዳንዶቻችን ከስሜት ቁስለት ጋር እንኖራለን፤ ቁስሉ ሊቀሰቀስብን ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>ከሁለታችን ማንኛችንም ለአፍታ ማቆም ወይም መውጣት እንዴት እንደምንችል፣ እና እያንዳንዳችን ከማን ጋር እንደምንወያይ አስቀድመን እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>ቦታው በችኮላ ይመረጣል፣ ወይም ሰውየው በነጻነት ሊመርጡት አይችሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>በደንብ የምናውቀውን ቦታ አብረን እንምረጥ፣ ተጠባባቂ ቦታም እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>በወቅቱ ገደቦችን ማስቀመጥ ከባድ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>ውይይትን የሚያቆሙ ወይም አቅጣጫ የሚያስቀይሩ ጥቂት የተረጋጉ ዓረፍተ ነገሮችን እንለማመድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>የስሜት ቁስለትን ያገናዘቡ የአሠራር መንገዶችን እናውቃለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>ሥልጠናውን በየዓመቱ እናድስ፣ የምንማረውንም እናስተላልፍ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>በጥንድ እንሠራለን፣ እርስ በርሳችንም እንጠባበቃለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>ከእያንዳንዱ ግንኙነት በፊት ሚናዎችን እንስማማ፦ አንዱ ይናገራል፣ አንዱ ይከታተላል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>የአእምሮ ጤና ድጋፍ ማግኘት እንችላለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>እነዚያን የመገናኛ ዝርዝሮች ወቅታዊ እና በቀላሉ የሚገኙ እናድርጋቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>የእኛ ጾታ በቦታው ያሉ ሌሎች ለግንኙነቱ የሚሰጡትን ምላሽ ይቀይር እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>አስተማማኝ ሰነድ የሌላቸው ሰዎች በአቅራቢያ ያሉ ፖሊሶችን ወይም ባለሥልጣናትን ሊፈሩ ይችላሉ፦ ይህን በማሰብ ቦታውን እንምረጥ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>ለተመሳሳይ ሁኔታዎች ቀደም ያሉ ክስተቶችን እና ምልከታዎችን እንመልከት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>ሁለታችን</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>ሁለታችንም በደንብ የምናውቀውን የመገናኛ ቦታ እና ተጠባባቂ ቦታ እንምረጥ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>አንድ ሰው ቢዘገይ፣ ባይመጣ፣ ወይም ያልተጠበቀ ሰው ቢመጣ ምን እንደምናደርግ እናቅድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>ድብቅ የማስጠንቀቂያ ምልክት እና ደህና መሆናችንን እርስ በርስ የምንሳወቅበትን ሰዓት እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>አካባቢውን ማየት በምንችልበት፣ ከጀርባችን ግድግዳ፣ በአቅራቢያችን መውጫ ባለበት እንቀመጥ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>ሁለታችንም</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>እኛን እንዴት ማግኘት እንደሚቻል ምንም መጻፍ በማያስፈልገው መንገድ እናጋራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>የሚናገረው ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>ለትንሽ ጊዜ እንቆይ፣ ማንም እንደማይከተለን እናረጋግጥ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>ማስታወሻዎቹን ወደ FieldSafe እናስገባ፣ ከዚያም ወረቀቱን እና ፎቶዎቹን እናጥፋ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>ማስታወሻ የያዘው ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>እርስ በርሳችን፣ ከደህንነት ኃላፊው ጋር፣ ወይም ለብቻችን እናሰላስል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>መጠለያ፣ የጤና አገልግሎት ወይም የሕግ ምክር የሚሰጡ አጋር ድርጅቶች፤ የደህንነት ኃላፊያችን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>በአጋር ድርጅት ቢሮ መገናኘት፤ መጀመሪያ በስልክ መነጋገር፤ ሰውየው አስቀድመው በደህና በሚሄዱበት ቦታ መገናኘት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>የደህንነት ኃላፊው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>ቡድኑ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>የሚከታተለው ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>አስፈሪ የመሰለውን ማንኛውንም ነገር በዚያው ቀን እንደ ክስተት እንመዝግብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>የሚጽፈው ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>ተናጋሪው እና ደጋፊው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>ደጋፊው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>ተናጋሪው</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>ዕድሜ ዛቻዎቹን፣ ወይም ሰዎች ለእኛ የሚሰጡትን ምላሽ ይቀይራል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>ጾታ ለምናገኛቸው ሰዎች ወይም ለእኛ ዛቻዎቹን ይቀይራል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>ብሔር ወይም ቋንቋ ሰዎች እኛን የሚያዩበትን መንገድ ይቀይራል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>ሃይማኖት ወይም እምነት እዚህ ሚና አለው?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>አካላዊ ወይም ሥነ ልቦናዊ አካል ጉዳት ደህንነቱ የተጠበቀውን ነገር ይቀይራል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>የወሲብ ዝንባሌ እዚህ ሌሎች ዛቻዎችን ያመጣል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>የስደተኝነት ሁኔታ፣ ወይም ሰነድ አለመኖር፣ ስጋቶቹን ይቀይራል?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>ስለ ማንነታችን ስጋቱን የሚቀይር ሌላ ነገር አለ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>በኢንተርኔት የሚደረግ የመስክ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>በማስታወቂያዎች፣ በማኅበራዊ ሚዲያ ወይም በመልእክት መተግበሪያዎች አማካኝነት ሰዎችን ማግኘት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>በብዝበዛ ውስጥ የሚኖሩ ሰዎች በኢንተርኔት፣ በግል እና በደህና ሊያገኙን ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>የምንጽፍለት አካውንት የሚተዳደረው በበዝባዥ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>መልእክቶቻችን የተሳሳተ ሰው ያነባቸዋል፤ ሰውየው ይቀጣሉ፤ ወደ ወጥመድ እንሳባለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>አካውንቶቻችን ወይም መሣሪያዎቻችን ይሰለላሉ፣ ሰርጎ ይገባባቸዋል ወይም ሪፖርት ይደረጋሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>ግንኙነቶች እና ውይይቶች ይታወቃሉ፤ አካውንቶች ይዘጋሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>በኢንተርኔት ወደ እኛ የሚላኩ ትንኮሳዎች ወይም ዛቻዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>ጭንቀት እና ፍርሃት፤ የግል ዝርዝሮቻችን ይጋለጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>ከግል አካውንቶች ወይም ከስልክ ቁጥሮች ጋር የተያያዙ የሥራ አካውንቶች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>የተለዩ የሥራ አካውንቶችን፣ በተቻለም መጠን የተለየ መሣሪያ እንጠቀም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>ባልተጠበቁ ስልኮች ላይ የሚቀመጡ ውይይቶች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>የሚያስፈልገውን ብቻ በFieldSafe ውስጥ እናስቀምጥ፣ የቀረውንም እንሰርዝ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>ለብቻ፣ እስከ ሌሊት ድረስ በኢንተርኔት መሥራት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>የሥራ ሰዓቶችን፣ እና አብረን የምናሰላስልበትን ባልደረባ እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>ከተዘጋጀ ጽሑፍ ወይም በቁጥጥር ሥር ሆነው የተጻፉ መልሶችን መለየት እንችላለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>ያለ ስሞች፣ ምሳሌዎችን በቡድኑ ውስጥ እናጋራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>የዲጂታል ደህንነት መደበኛ አሠራር አለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>በየጥቂት ወራት ከደህንነት ኃላፊው ጋር እንገምግመው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>አንዳንድ አካውንቶች የልጆች ሊሆኑ ይችላሉ፦ እንደዚያ ከሆነ የሚወሰዱትን እርምጃዎች እንወቅ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>የወሲብ ዝንባሌ አናሳዎች በሚጠቀሙባቸው መተግበሪያዎች ለሚገኙ ሰዎች ተጨማሪ ዛቻዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>የኢንተርኔት ትንኮሳ አንዳንዶቻችንን ከሌሎች በበለጠ ኢላማ ያደርጋል እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>የተለዩ የሥራ አካውንቶችን እና የተዘመነ ሶፍትዌር ያለው መሣሪያ እናዘጋጅ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>መጀመሪያ ምን እንደምንል፣ እና በፍጹም ምን እንደማንጽፍ እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>በመልእክቶች ውስጥ ቦታዎችን ወይም የግል ዝርዝሮችን አናጋራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>በተዘጋጀ ጽሑፍ የሚመራ ወይም አስፈሪ የሚመስል ውይይትን እናቁም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>ከእንግዲህ የማያስፈልገውን እንሰርዝ፤ ማንኛውንም ዛቻ እንደ ክስተት እንመዝግብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>የዲጂታል ደህንነት ሥልጠና የሚሰጠን ሰው፤ የመድረኮቹ የሪፖርት ማድረጊያ መንገዶች፤ የአጋር የእርዳታ መስመሮች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>ሰዎችን ወደ አጋር የእርዳታ መስመር እንጠቁም፤ መልስ የማያስፈልገው መረጃ እናጋራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>በሕዝብ ፊት መናገር ወይም የሚዲያ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>በዝግጅቶች ላይ፣ ከጋዜጠኞች ጋር ወይም በጥብቅና ሥራ መናገር፣ በተለይ አንድ ተራፊ የራሳቸውን ታሪክ በከፊል ሲናገሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>ተናጋሪዎቹን ወይም የምንደግፋቸውን ሰዎች ሳናጋልጥ ፖሊሲዎችን እና የሕዝብ አመለካከቶችን መቀየር።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>ተናጋሪው በበዝባዦች ወይም ካለፈው ሕይወታቸው በሚያውቋቸው ሰዎች ይታወቃሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>በተናጋሪው ወይም በቤተሰባቸው ላይ ዛቻ፣ ትንኮሳ ወይም ጉዳት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>ከታዳሚዎች ወይም ከጋዜጠኞች የሚመጡ ጣልቃ ገብ ወይም ከባድ ጥያቄዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>የቆዩ ቁስሎች እንደገና ይከፈታሉ፤ ተናጋሪው ማጋራት ያልፈለጉት ዝርዝሮች ይጋራሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>ድርጅቱ ይበልጥ ሲታይ ተቃዋሚዎች ኢላማ ያደርጉታል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>የኢንተርኔት ጥቃቶች፣ የሕግ ጫና፣ በድርጅቱ ስም ላይ የሚደርስ ጉዳት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>ቃላት ወይም ምስሎች ከአውዳቸው ውጭ ጥቅም ላይ ይውላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>ታሪኩ ይዛባል፤ ተናጋሪውም በእሱ ላይ ያላቸውን ቁጥጥር ያጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>ተናጋሪዎች ከሚፈልጉት በላይ እንዲያጋሩ ጫና ይሰማቸዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>በፍጹም የማይጋራውን ከተናጋሪው ጋር አስቀድመን እንስማማ፣ በዚያም እንጽና።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>የማንቆጣጠራቸው ፎቶዎች እና ቅጂዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>እሺ ከማለታችን በፊት አዘጋጆቹን ስለ ፎቶዎች እና ቅጂዎች እንጠይቅ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>ከዚያ በኋላ ለእረፍት የተመደበ ጊዜ የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>ከእያንዳንዱ መድረክ በኋላ ማሰላሰያ እና ጸጥ ያለ ጊዜ እናቅድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>ምን እንደሚያጋሩ የሚወስኑት ተናጋሪው ናቸው፤ በማንኛውም ጊዜም ማቆም ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>ጥያቄን በትሕትና ለመመለስ አለመፈለግን የሚገልጹ መንገዶችን እንለማመድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>ልናምናቸው የምንችላቸውን ጋዜጠኞች እና አዘጋጆች እናውቃለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>የእነሱን አጭር ዝርዝር እንያዝ፣ በቡድኑ ውስጥም እናጋራው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>የአንዳንድ ጾታዎች ተናጋሪዎች ከመድረኩ በኋላ በኢንተርኔት ብዙ በደል ይደርስባቸው እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>ከአናሳ ማኅበረሰቦች የመጡ ተናጋሪዎች ለጥላቻ ይበልጥ ይጋለጡ እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>በሕዝብ ፊት መታየት የመኖሪያ ፈቃድ ማመልከቻን ሊነካ ይችላል፦ እሺ ከማለታችን በፊት እናጣራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>ወጣት ተናጋሪዎች ከመታወቅ የበለጠ ጥበቃ ሊያስፈልጋቸው ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>ምን እንደሚጋራ እና ምን እንደማይጋራ ከተናጋሪው ጋር እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>ማን እንደሚያዘጋጀው፣ ማን እንደሚገኝ እና እንዴት እንደሚቀረጽ እናጣራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>ደጋፊ በአቅራቢያ ይቆያል፣ ጣልቃም ሊገባ ይችላል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>ከልክ ያለፉ ጥያቄዎችን አንመልስ፤ ተናጋሪው በማንኛውም ጊዜ ማቆም ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>እናሰላስል፣ ለእረፍትም ጊዜ እንውሰድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>በኢንተርኔት ላይ ያሉ ምላሾችን እንከታተል፣ ዛቻዎችንም እንደ ክስተት እንመዝግብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>የምናምናቸው ጋዜጠኞች እና አዘጋጆች፤ የሕግ አማካሪ፤ የደህንነት ኃላፊያችን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>በሌላ ሰው የሚነበብ የጽሑፍ መግለጫ፤ በሌላ ስም፣ ወይም ድምፅ እና ፊት ተቀይሮ መናገር፤ እንደ ግለሰብ ሳይሆን ድርጅቱን ወክሎ መናገር።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>የመንገድ ላይ የመስክ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>በመንገድ ላይ ወይም በወሲብ ንግድ ሰፈር የሚደረግ የመስክ ዙር፣ በብዝበዛ ውስጥ ሊኖሩ የሚችሉ ሰዎችን መቅረብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>በብዝበዛ ውስጥ የሚኖሩ ሰዎች ድጋፍ የት እንዳለ እና እንዴት እንደሚያገኙት ያውቃሉ፤ ከእኛ ጋር መነጋገርም ማንንም አደጋ ላይ አይጥልም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>በበዝባዦች፣ በአቃጣሪዎች፣ በገዢዎች፣ በተቃዋሚዎች ወይም በአካባቢው ባሉ ሌሎች የሚደርስ አካላዊ ጥቃት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>በእኛ ወይም በምንቀርባቸው ሰዎች ላይ የሚደርስ ጉዳት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>ከዙሩ በኋላ መሰለል፣ ፎቶ መነሳት ወይም መከተል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>ፊቶቻችን፣ መንገዶቻችን ወይም ቢሯችን ሥራችንን ለሚቃወሙ ሰዎች ይታወቃሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>የቃል ትንኮሳ ወይም ማስፈራራት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>በቡድኑ ውስጥ ፍርሃት እና ጭንቀት፤ ሰዎች ከእኛ ጋር ከመነጋገር ይቆጠባሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>የምንቀርባቸው ሰዎች ከእኛ ጋር በመታየታቸው ይቀጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>ልንደግፋቸው በምንፈልጋቸው ሰዎች ላይ የሚደርስ ጉዳት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>ሊጎዱን በሚችሉ ሰዎች እና ሁኔታዎች መካከል ለሰዓታት እንቆያለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>ዙሮችን አጭር እናድርግ፣ እንፈራረቅ፣ እረፍቶችንም እናቅድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>ለብቻ፣ ወይም ለአካባቢው አዲስ ከሆነ ሰው ጋር መሄድ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>ሁልጊዜ በጥንድ እንሂድ፤ ከእኛ ቢያንስ አንዳችን አካባቢውን የሚያውቅ ይሁን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>ስሞች ወይም ማስታወሻዎች ያሉባቸውን ወረቀቶች መያዝ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>የሚያስፈልገውን ብቻ እንያዝ፣ ከዚያ በኋላም በFieldSafe ውስጥ እንጻፈው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>አካባቢውን እና ምቱን እናውቃለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>መላው ቡድን እንዲማር፣ ከእያንዳንዱ ዙር በኋላ ያስተዋልነውን እናጋራ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>ሌሎች ድርጅቶች በዚያው አካባቢ ይሠራሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>ስለ ለውጦች እና ክስተቶች ከእነሱ ጋር ግንኙነት እናድርግ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>ሴት፣ ወንድ እና ትራንስ ባልደረቦች እዚህ ከገዢዎች ወይም ከበዝባዦች የተለያየ ምላሽ ያገኙ እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>በአካባቢው ያሉ ወጣቶችን ሌሎች ይበልጥ በቅርበት ሊከታተሏቸው ይችላሉ፦ በተጨማሪ ጥንቃቄ እንቅረብ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>እዚህ ካሉ ሰዎች ጋር ቋንቋ ወይም አስተዳደግ የሚጋሩ ባልደረቦች፣ በመልካምም ይሁን በመጥፎ፣ በተለየ ሁኔታ ይታዩ እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>መንገዱን፣ ሰዓቱን እና ማን እንደሚሄድ እንወስን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>ለመውጣት ምልክት እና እንደገና የምንገናኝበትን ቦታ እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>በአካባቢው ማን እንዳለ እና ማን ሊሰማን እንደሚችል እንከታተል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>ከእኛ አንዳችን ምልክቱን ስንሰጥ፣ ሳንወያይ ሁለታችንም እንወጣለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>በአካባቢው ያሉ ሌሎች የመስክ ቡድኖች፤ የጤና አገልግሎቶች፤ የምናምናቸው የማኅበረሰብ አባላት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>ከጤና አገልግሎት ጋር አብሮ መውጣት፤ ያነሱ እና አጠር ያሉ ዙሮች፤ ሰዎች ሳይታዩ ሊወስዱት በሚችሉበት ቦታ መረጃ መተው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>በአፓርትመንቶች ወይም በወሲብ ንግድ ቤቶች የሚደረግ የመስክ ሥራ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>ሰዎች በብዝበዛ ውስጥ ሊኖሩ የሚችሉባቸውን አፓርትመንቶች፣ የወሲብ ንግድ ቤቶች ወይም ሌሎች ዝግ ቦታዎችን መጎብኘት።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>ወደ ውጭ መውጣት የማይችሉ ሰዎችን ማግኘት፣ መረጃንም በደህና ከእነሱ ጋር መተው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>ቦታውን የሚቆጣጠር ሰው እዚያ አለ፣ በጠላትነትም ምላሽ ይሰጣል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>አካላዊ ጉዳት፤ እንዳንወጣ መከልከል፤ በውስጥ ያሉት ሰዎች ይቀጣሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>በውስጥ ሌላ ማን እንዳለ ወይም እንዴት መውጣት እንደሚቻል ማየት አንችልም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>መከበብ ወይም መቆለፍ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>ጉብኝቱ በንግዱ ላይ እንደ ዛቻ ይታያል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>በኋላ ላይ በቡድኑ ወይም በድርጅቱ ላይ የሚደርሱ ዛቻዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>በጉብኝቱ ወቅት የፖሊስ ወረራ ወይም ፍተሻ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>እኛ፣ ወይም በውስጥ ያሉት ሰዎች፣ በሕግ ችግር ውስጥ እንገባለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>አንድ መግቢያ እና መውጫ ብቻ ያላቸው ዝግ ቦታዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>ከመግባታችን በፊት ማን በበሩ አጠገብ እንደሚቆይ እና መቼ እንደምንወጣ እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>ውጭ ያለ ማንም የት እንዳለን አያውቅም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>ውጭ ያለ ባልደረባ የት እንደሄድን እና መቼ ደህና መሆናችንን እንደምናሳውቅ ያውቃል።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>አንድ ሰው እንድንቆይ ሲያስገድድ ጉብኝትን በትሕትና መጨረስ ከባድ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>ከመግባታችን በፊት ለመውጣት የሚሆን ምክንያት እንስማማ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>በውስጥ ያሉ አንዳንድ ሰዎች ያውቁናል፣ ያምኑናልም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>ለእነሱ በሚመቹ እና ሌሎች ለመገመት በሚከብዷቸው ሰዓቶች በመደበኛነት እንጎብኝ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>የአደጋ ጊዜ ተጠሪ የተዘጋጀበት ስልክ እንይዛለን።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>ከእያንዳንዱ ጉብኝት በፊት ባትሪውን እና የአየር ሰዓቱን እንፈትሽ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>የወንድ ወይም የሴት ጉብኝት በዚህ ቦታ ውስጥ ያለውን ስጋት ይቀይር እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>በውስጥ ያሉ ሰዎች የመንግሥት ሠራተኛ የሚመስልን ማንኛውንም ሰው ሊፈሩ ይችላሉ፦ ማን እንደሆንን በቀላሉ እንናገር።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>ከእኛ ማናችንም ቀለል ያለ መውጫ ያስፈልገን እንደሆነ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>ከቀደሙ ጉብኝቶች እና ከአጋሮች ስለ ቦታው የምንችለውን እንወቅ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>ወዴት እንደምንሄድ እና መቼ ደህና መሆናችንን እንደምናሳውቅ ለባልደረባ እንንገር።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>ከእኛ አንዳችን በበሩ አጠገብ ይቆያል፣ ይጠብቃልም።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>ጉብኝቱን አጭር እናድርግ፤ ማንኛውም ነገር ትክክል ካልመሰለ እንውጣ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>እንደተስማማነው፣ ውጭ ላለው ባልደረባ ደህና መሆናችንን እናሳውቅ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>የጤና የመስክ አገልግሎቶች፤ የሕግ አማካሪዎች፤ በጉብኝቱ ወቅት በተጠንቀቅ ላይ ያለ ባልደረባ።</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>ቦታውን በሚጎበኙ የጤና አገልግሎቶች በኩል መረጃ መተው፤ ሰዎችን ውጭ፣ በሚመርጡት ሰዓት ማግኘት።</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>ገና አልተገመተም</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>አካላዊ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>የቃል</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>መሰለል ወይም መከተል</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>ዲጂታል</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>ሕጋዊ ወይም አስተዳደራዊ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>ሌላ ነገር</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>አንድ ሰው አንድን ሰው ገፋ፣ ያዘ፣ መታ ወይም ጎዳ።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>ዛቻ፣ ስድብ ወይም ጩኸት።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>አንድ ሰው ሰለለን፣ ፎቶ አነሳን ወይም ተከተለን።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>በኢንተርኔት ላይ ያሉ መልእክቶች፣ አካውንቶች፣ ፎቶዎች ወይም መረጃዎች።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>የፖሊስ ፍተሻ፣ ቅጣት፣ ሰነዶች መወሰድ፣ ክሶች።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>ከላይ ካሉት ጋር የማይገጥም ማንኛውም ነገር።</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>በዝባዥ ወይም ለእነሱ የሚሠራ ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>ገዢ ወይም ደንበኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>ፖሊስ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>ሌላ ባለሥልጣን</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>ከማኅበረሰቡ የሆነ ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>የኢንተርኔት አካውንት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>የማናውቀው ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>ሌላ ሰው</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>ክፍት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>እርምጃዎቹ ተገምግመዋል</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>ዕድሉ በጣም ዝቅተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>ዕድሉ ዝቅተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>ሊሆን ይችላል</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>ዕድሉ ከፍተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>ዕድሉ በጣም ከፍተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>በጣም ትንሽ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>ትንሽ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>መካከለኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>ከባድ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>በጣም ከባድ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>ዝቅተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>ከፍተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>በጣም ከፍተኛ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>በፊት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>በወቅቱ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>ዕድሜ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>ብሔር</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>ሃይማኖት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>አካል ጉዳት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>የወሲብ ዝንባሌ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>የስደተኝነት ሁኔታ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>አዎ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>አዎ፣ ከታች ካሉት እርምጃዎች ጋር</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>ገና እርግጠኛ አይደለንም</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>አይ፦ ይበልጥ ደህንነት ያለው መንገድ እንፈልጋለን</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>የታቀደ ክለሳ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>ከክስተት በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>ከተግባር በፊት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>ሌላ ምክንያት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>ሌሊት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>ጠዋት</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>ከሰዓት በኋላ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>ምሽት</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>FieldSafe በዚህ ካዝና ላይ አስቀድሞ ክፍት ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>መስኮቱ አሁን ወደ ፊት መምጣት አለበት። አንድን ካዝና በአንድ ጊዜ ማሳየት የሚችለው አንድ መስኮት ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>ለመቀጠል ወደ መስኮቱ ይቀይሩ። አንድን ካዝና በአንድ ጊዜ ማሳየት የሚችለው አንድ መስኮት ብቻ ነው።</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>ጥቅሉን ሊከፍት የሚችለውን እያንዳንዱን ባልደረባ፣ ወይም አንድን ቡድን በሙሉ ምልክት ያድርጉ፦ እያንዳንዳቸው ሊከፍቱት ይችላሉ፣ እርስዎም እንዲሁ፤ ሌላ ማንም አይችልም። የተዘረዘሩት የደህንነት ቁጥራቸውን ያወዳደሩባቸው ባልደረቦች ብቻ ናቸው።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>ቡድኑ በሙሉ: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>በቡድኑ ውስጥ ያሉትን ሁሉ ምልክት ያደርጋል: {names}።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>የቡድን አቃፊው ለዚህ ባልደረባ ይደርሳል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>የቡድን አቃፊው ለዚህ ባልደረባ አይደርስም፦ ፋይል ብቻ።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>እንዴት እንደሚደርሳቸው:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>በቡድን አቃፊው ውስጥ ማስቀመጥ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>በቡድን አቃፊው ውስጥ ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>የማመሳሰያ ፕሮግራሙ ወደ እያንዳንዳቸው ተመስጥሮ ያደርሰዋል፤ የእነሱ FieldSafe አቃፊውን ሲያነብ ይቀበለዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>ራስዎ የሚያስተላልፉት ፋይል ማስቀመጥ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>ራስዎ የሚያስተላልፉት ፋይል ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>የ{teams} አቃፊ አሁን የለም፦ አንጻፊው ተሰክቷል ወይስ አቃፊው ተንቀሳቅሷል?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>የቡድን አቃፊው ለ{names} አይደርስም፦ በዚህ መንገድ ምንም አያገኙም። FieldSafe ከዚያ በኋላ ለእነሱ ፋይል ያቀርባል።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n የክስተት ማሻሻያ</numerusform>
            <numerusform>%n የክስተት ማሻሻያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n ክስተት</numerusform>
            <numerusform>%n ክስተቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n የዕቅድ ማሻሻያ</numerusform>
            <numerusform>%n የዕቅድ ማሻሻያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n ዕቅድ</numerusform>
            <numerusform>%n ዕቅዶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n የስጋት ግምገማ ማሻሻያ</numerusform>
            <numerusform>%n የስጋት ግምገማ ማሻሻያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n የስጋት ግምገማ</numerusform>
            <numerusform>%n የስጋት ግምገማዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n የመዝገብ ማሻሻያ</numerusform>
            <numerusform>%n የመዝገብ ማሻሻያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n መዝገብ</numerusform>
            <numerusform>%n መዝገቦች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n የመዝገብ ማሻሻያ</numerusform>
            <numerusform>%n የመዝገብ ማሻሻያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n መዝገብ</numerusform>
            <numerusform>%n መዝገቦች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{what} ከ{name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>ሌላ %n መዝገብ</numerusform>
            <numerusform>ሌሎች %n መዝገቦች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>ከቡድን አቃፊው የደረሱ: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>ከቡድን አቃፊው</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>መገምገም…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>የእርስዎን ምርጫ የሚጠብቁትን ማሻሻያዎች መገምገም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>ዝርዝሮች…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>ወደ ጎን የተቀመጡ ጥቅሎች ዝርዝሮች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>ማሰናበት</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>የቡድን አቃፊውን ማሳሰቢያ ማሰናበት</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>የ{team} የቡድን አቃፊ አሁን የለም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>የእነዚህ ቡድኖች አቃፊዎች አሁን የሉም: {teams}።</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>ከምርጫዎ በኋላ የመጣ: %n መዝገብ።</numerusform>
            <numerusform>ከምርጫዎ በኋላ የመጡ: %n መዝገቦች።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n ጥቅል ወደ ጎን ተቀምጧል፤ አልመጣም።</numerusform>
            <numerusform>%n ጥቅሎች ወደ ጎን ተቀምጠዋል፤ አልመጡም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n ማሻሻያ የእርስዎን ምርጫ ይጠብቃል።</numerusform>
            <numerusform>%n ማሻሻያዎች የእርስዎን ምርጫ ይጠብቃሉ።</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="36"/>
        <source>{team}, {time}: {reason}</source>
        <translation>{team}፣ {time}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="48"/>
        <location filename="../../ui/teams/arrivals_details.py" line="66"/>
        <source>Bundles set aside</source>
        <translation>ወደ ጎን የተቀመጡ ጥቅሎች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>ከእነዚህ ጥቅሎች ምንም አልመጣም። አሁንም ተመስጥረው፣ በቡድን አቃፊው ውስጥ ወዳለው የተከለከሉ (rejected) አቃፊ ተወስደዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} እና {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>፣ </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>በቡድን አቃፊው ውስጥ እየተቀመጠ ነው…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>በ{teams} አቃፊ በኩል ለ{names} አልተላከም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>ለ{names} አልተላከም፦ አሁን አልተረጋገጡም። በ«ባልደረቦች» ውስጥ የደህንነት ቁጥሮችን እንደገና ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>ለ{names} አልተላከም፦ አቃፊ ባለው ቡድን ውስጥ አይደሉም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>ለ{names} በቡድን አቃፊው ውስጥ ተትቷል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>በቡድን አቃፊው ውስጥ ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>የእነሱ FieldSafe አቃፊውን በሚቀጥለው ጊዜ ሲያነብ ይቀበለዋል፤ እስከዚያው የማመሳሰያ ፕሮግራሙ ተመስጥሮ ያጓጉዘዋል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>በምትኩ ለሌሎቹ ፋይል አስቀምጠው እንደተለመደው ማስተላለፍ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>በምትኩ ፋይል አስቀምጠው እንደተለመደው ማስተላለፍ ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>ለእነሱ ፋይል ማስቀመጥ…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>ላልደረሳቸው ፋይል ማስቀመጥ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>እንደገና መላክ…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>ክስተቱን እንደገና መላክ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>የማጋሪያ መምረጫውን ይከፍታል፦ የቡድን አቃፊው፣ ወይም የሚተላለፍ ፋይል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>ክስተቱ ተቀምጧል፤ ለ{names} በቡድን አቃፊው ውስጥ ተትቷል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>ክስተቱ ተቀምጧል። ለደህንነት ኃላፊው አልተላከም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>ክስተቱ ተቀምጧል። ለደህንነት ኃላፊው መላክ አልተሳካም: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>«እንደገና መላክ…» እንደተለመደው ያጋራዋል፦ በቡድን አቃፊው በኩል፣ ወይም እንደ ፋይል።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>ክስተቱ ተቀምጧል፣ ተጋርቷልም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>ባልደረቦች ወይም ቡድኖች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>ባልደረቦች</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>ቡድኖች(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>እስካሁን የቡድን አቃፊ የለም። አንዱን እስኪመርጡ ድረስ በዚህ ቡድን በኩል ምንም አይላክም፣ ምንም አይቀበልም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>የቡድን አቃፊ: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>የቡድን አቃፊው አሁን የለም: {folder}። አንጻፊው ተሰክቷል ወይስ አቃፊው ተንቀሳቅሷል? ምንም አልጠፋም፤ ከተንቀሳቀሰ እንደገና ይምረጡት።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>ቁልፉ ተቀይሯል</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>አልተረጋገጠም</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>የደህንነት ኃላፊ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>አባል</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>የ{name} ቁልፍ ተቀይሯል። በ«ባልደረቦች» ትር ውስጥ የደህንነት ቁጥሩን እንደገና እስኪያወዳድሩ ድረስ ወደ እነሱ ምንም አይላክም፣ ከእነሱም ምንም አይወሰድም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} አሁን አልተረጋገጡም። በ«ባልደረቦች» ትር ውስጥ የደህንነት ቁጥሩን እስኪያወዳድሩ ድረስ ወደ እነሱ ምንም አይላክም፣ ከእነሱም ምንም አይወሰድም።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>{name} ሊታከሉ አይችሉም፦ ቁልፋቸው ተቀይሯል። መጀመሪያ የደህንነት ቁጥሮችን እንደገና፣ አብረው እና ፊት ለፊት፣ በ«ባልደረቦች» ትር ውስጥ ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>{name} ገና ሊታከሉ አይችሉም፦ መጀመሪያ የደህንነት ቁጥሮችን አብረው እና ፊት ለፊት በ«ባልደረቦች» ትር ውስጥ ያወዳድሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>ሌላ ቡድን አስቀድሞ ያ ስም አለው። ሌላ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>ለቡድኑ ስም ያስገቡ (ቢበዛ 80 ቁምፊዎች)።</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>በቡድን ውስጥ መሆን የሚችለው የተረጋገጠ ባልደረባ ብቻ ነው፦ መጀመሪያ የደህንነት ቁጥሮችን ያወዳድሩ።</translation>
    </message>
</context>
</TS>
