<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>Binubuksan ang attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>Preview ng attachment</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>Nakaraang pahina</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>Susunod na pahina</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>I-zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>I-zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>Ipagkasya sa window</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>I-zoom out (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>I-zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ipagkasya sa window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>Nakaraang pahina (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>Susunod na pahina (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>Iniingatan ang mga PDF file nang walang binabago, kasama ang anumang detalyeng nakaimbak sa loob ng mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>Inalis ang datos ng lokasyon at ng camera.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>Iningatan ang larawang ito nang walang binago, kasama ang anumang detalye ng lokasyon o camera na nakaimbak dito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>Hindi maipakita ang file na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>Pahina {page} ng {pages}</translation>
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
        <translation>Gagana agad ang bagong passphrase at hindi na gagana ang luma.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>Binuksan ninyo ang FieldSafe gamit ang inyong recovery code. Kung hindi na ninyo alam ang inyong passphrase, makapipili kayo ng bago ngayon; hindi na gagana ang luma. I-type muli ang recovery code mula sa inyong papel para makumpirmang kayo nga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Kasalukuyang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Kasalukuyang &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>&amp;Kumpirmahin ang bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>Kumpirmahin ang bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>I-encrypt &amp;din muli ang vault gamit ang bagong key (inirerekomenda). Hindi na gagana ang mga kopya ng lumang key file, at bibigyan kayo ng bagong recovery code na kailangang isulat.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>I-encrypt din muli ang vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>Pa&amp;litan ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>Palitan ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>&amp;Hindi muna</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>Ang inyong bagong recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>Bagong recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>May bagong key na ang vault. Isulat ngayon sa papel ang bagong code na ito at itago ang papel nang hiwalay sa laptop na ito, saka sirain ang luma: hindi na nito nabubuksan ang vault. Ang mga backup na ginawa noon ay nabubuksan pa rin ng passphrase at recovery code na may bisa noong gawin ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>Nai&amp;sulat ko na</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>Naisulat ko na</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>Pinapalitan ang passphrase…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>Mga kumustahan bawat linggo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>Average ng kumustahan bawat linggo (0 = napakahirap, 10 = napakabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>Debrief / pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>Wala pang kumustahan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>Na-debrief ang {debriefed} sa %Ln pagkikita</numerusform>
            <numerusform>Na-debrief ang {debriefed} sa %Ln pagkikita</numerusform>
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
            <numerusform>%Ln linggo mula {first} hanggang {last}</numerusform>
            <numerusform>%Ln linggo mula {first} hanggang {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln kumustahan</numerusform>
            <numerusform>%Ln kumustahan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>walang kumustahan sa pinakahuling linggo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>{average} ang average ng pinakahuling linggo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="145"/>
        <source>; </source>
        <comment>separates the parts of the chart&apos;s summary</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="148"/>
        <source>Week of {date}</source>
        <translation>Linggo ng {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>Walang kumustahan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln kumustahan, average {average}</numerusform>
            <numerusform>%Ln kumustahan, average {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>Code book</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>Sa pamamagitan ng code ng tao, makikilala ninyo ang iisang tao sa iba&apos;t ibang log nang hindi isinusulat ang kanyang pangalan. Nananatili rito ang mga salitang babantayan (isang pangalan, isang palayaw): itinuturo ng FieldSafe kapag lumabas ang mga ito sa isang log, para magamit ninyo ang code sa halip.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>Mga code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>hal. A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>Mga salitang babantayan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>Mga pangalan o palayaw, pinaghihiwalay ng kuwit</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>Pribadong tala</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>Ang makatutulong lamang sa inyo na makilala ang tao. Sa vault na ito lamang itinatago.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;Bagong code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>Bagong code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>&amp;I-save ang code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>I-save ang code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>Bu&amp;rahin ang code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>Burahin ang code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>Mga &amp;salitang babantayan:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>Pribadong &amp;tala:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>Isara muli para itapon ang pagbabagong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>Mag-type muna ng code.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>Burahin ang code na ito sa code book?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>Mananatili ang code sa mga log na gumagamit nito; ang entry at ang tala nito lamang ang buburahin.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>Mga kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>Para makapagbahagi ng mga plano nang walang internet, ibigay sa inyong kasamahan ang inyong card (ang code o ang file) at i-import ang kanyang card. Pagkatapos, paghambingin ninyo nang magkasama ang safety number, nang harapan: dapat pareho ito sa dalawang screen.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>Ipinapakita ng inyong card ang inyong pangalan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>Iyan ang pangalan ng bawat bagong card, kaya hindi kayo makikilala ng mga kasamahan mula sa iba. Pumili ng inyong pangalan o palayaw sa Mga Setting; maaari rin kayong bigyan ng pangalan ng mga kasamahan sa kanilang panig.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>Ang aking card bilang code</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>I-save ang aking card bilang file…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>I-save ang aking card bilang file</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>Mag-import ng card file…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>Mag-import ng card file</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>O i-paste dito ang isang card</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>Idagdag ang na-paste na card</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>Pangalang ipinapakita para sa kasamahang ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>Ipinapakita &amp;bilang:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>I-save ang pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>I-save ang pangalang ipinapakita para sa kasamahang ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>Kayo lamang ang nakakakita ng pangalang ito: ito ang ipinapakita para sa kasamahang ito saanman sa FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>Magkatugma ang mga numero: markahang na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>Markahang na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>Alisin ang kasamahang ito…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>Alisin ang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>Ang aking card</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>Card ng isang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>nagbago ang key: paghambingin muli</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>hindi pa na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>Na-verify. Maaaring magbahagi ng mga plano sa kasamahang ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>Nagbago ang key ng kasamahang ito. Walang ibinabahagi o tinatanggap hangga&apos;t hindi ninyo muling pinaghahambing ang numero.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>Hindi pa na-verify. Paghambingin ninyo nang magkasama ang numero, nang harapan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>Ang “{name}” ay ipinapakita na para sa ibang tao, o kahawig nito. Pumili ng pangalang hindi mapagkakamalang ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>Mag-type ng pangalan o palayaw para sa kasamahang ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>Ipinapakita na ngayon ang kasamahang ito bilang “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>I-save ang aking card</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>Mga FieldSafe card (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>Na-save ang card. Mga public key lamang ang laman nito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>Mag-import ng card</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>Mga FieldSafe card (*.fieldsafe-card);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>Naidagdag ang card. Ngayon, paghambingin ang safety number nang harapan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>Alisin si {name} sa inyong mga kasamahan?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>Buburahin sa vault ang kanyang card. Mananatili ang mga planong naipadala na niya hanggang burahin ninyo ang mga ito. Tatanggihan ang mga bundle mula sa kanya hanggang idagdag ninyo muli ang kanyang card at muling paghambingin ang safety number.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>Naalis ang kasamahan.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>Suriin ang inyong recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>Grupo ng recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>Bu&amp;ksan ang aking vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>Para matiyak na tama ang pagkakasulat nito, paki-type ang grupo {number} ng code mula sa inyong papel (pinaghihiwalay ng mga gitling ang mga grupo). Maaari kayong bumalik para makita muli ang code.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;Grupo {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>Tugma. Itago ang papel sa isang ligtas na lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>Hindi pa ito pareho. Pakihambing ito sa code.</translation>
    </message>
</context>
<context>
    <name>CountBars</name>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="118"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>; </translation>
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
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>Ang pagkikitang sinusundan nito</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>Ang pakiramdam ko, mula 0 (napakahirap) hanggang 10 (napakabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>Walang kumustahan ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>Sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>Sa ilang salita, kung gusto ninyo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>Ang mga tala ko</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>Kahit ano pa, gaano man kahaba o kaikli ang gusto ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>May nakausap ako tungkol dito</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>I-save ang entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>Burahin ang entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>Kailan:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>Pagkatapos ng:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>Ang pakiramdam ko:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>Ang mga tala ko:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>Entry sa journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Naibalik mula sa draft. I-save para maitago ito.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>Walang partikular na pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>Walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>Na-save sa inyong journal.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>Burahin ang entry na ito sa journal?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Tuluyan itong aalisin sa vault.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n file na ang nasa vault. Burahin ang orihinal?</numerusform>
            <numerusform>%n file na ang nasa vault. Burahin ang mga orihinal?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>Ang team folder ay isang folder na dinadala ng isang sync engine gaya ng Syncthing sa pagitan ng mga device ng inyong team. Mga naka-encrypt na bundle at mga public card lamang ang isinusulat ng FieldSafe doon; hindi kailanman nakikita ng sync engine ang mga pangalan o ang sinasabi ng mga rekord.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>Mga team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>Pangalan ng bagong team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>&amp;Bagong team:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>Gawin ang team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>Pangalan ng team na ito</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>I-save ang pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>I-save ang pangalan ng team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>Piliin ang team folder…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>Piliin ang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>Walang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>Huwag nang gumamit ng team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>Mga na-verify na kasamahan lamang ang maaaring sumali. Ang safety lead ang tumatanggap ng ipinapadala sa safety lead, gaya ng bagong insidente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>Mga miyembro ng team na ito</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>Safety lead</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>Safety lead ang napiling miyembro</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>Alisin sa team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>Alisin sa team ang napiling miyembro</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>Mga kasamahang wala sa team na ito</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>Idagdag sa team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>Idagdag sa team ang napiling kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>Iwan ang inyong card sa folder para mahanap ito ng team. Mga kopya ang mga card doon, at hindi kailanman pinagkakatiwalaan hangga&apos;t hindi napaghahambing nang harapan ang safety number.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>Iwan ang aking card sa team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>Mga card sa team folder…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>Mga card sa team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>Burahin ang team na ito…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>Burahin ang team na ito</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>Team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>Mga miyembro</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>Magdagdag ng kasamahan</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>Wala pang log ng outreach</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>Pagkatapos ng isang pagkikita, isulat ang nangyari, ang napagkasunduan at ang kailangang i-follow up. Gumamit ng mga code ng tao, hindi ng mga pangalan. Pindutin ang {shortcut} para magsimula ng log anumang oras.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>Isulat ang unang log</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>Wala pang plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>Bago kayo makipagkita sa isang tao kasama ang isang kasamahan, planuhin ito nang magkasama: saan at kailan, ang senyas na ang ibig sabihin ay “umalis na ngayon”, at kung sino ang magche-check in kanino pagkatapos. Maaaring dalhin ang plano sa bulsa bilang card, o ibigay sa inyong kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>Magplano ng pagkikita</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>I-filter ayon sa uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>Anumang uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>I-filter ayon sa code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>Code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>I-filter ayon sa tag</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>Mula sa anumang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>Mula sa petsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>Hanggang sa anumang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>Hanggang sa petsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>May takdang follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>Mga log lamang na may takdang follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>I-clear ang mga filter</translation>
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
        <translation>Mga card sa team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>Mga card na iniwan sa folder ng team na “{team}” na wala pa sa inyo.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>Sinumang nakasusulat sa folder ay maaaring nag-iwan ng card dito. Ang card na idinagdag mula rito ay hindi kailanman pinagkakatiwalaan: walang ibinabahagi sa kasamahang iyon, o kinukuha mula sa kanya, hangga&apos;t hindi ninyo napaghahambing nang magkasama ang safety number, nang harapan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>Idagdag bilang kasamahan (hindi na-verify)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>Idagdag ang card na ito bilang kasamahan, hindi na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>Walang natitirang card na maidadagdag.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>Kahawig ng {name} ang pangalan sa card na ito, isang pangalang mayroon na kayo. Kapag idinagdag ito, maaaring ma-block ang kasamahang iyon hangga&apos;t hindi ninyo muling napaghahambing ang safety number. Idagdag lamang ito kung sinabi sa inyo ng kasamahang iyon, nang harapan, na nagbago ang kanyang card.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>Pagkatapos itong idagdag, paghambingin ang safety number kasama si {name} nang harapan, sa tab na Mga kasamahan. Saka pa lamang siya makasasali sa isang team.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>Idinagdag bilang {name}, hindi na-verify. Paghambingin nang magkasama ang safety number, nang harapan, sa tab na Mga kasamahan.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>Magdagdag ng follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>Ano, at sino ang gagawa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>Walang takdang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>Tapos na ang follow-up {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>Follow-up {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>Takdang petsa ng follow-up {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>Alisin ang follow-up {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>Listang may bullet</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>Listang may numero</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Sa bawat pag-save ng log na ito, itinago ang dati nitong nilalaman. Pumili ng naunang bersiyon para makita ito katabi ng kasalukuyan; may markang “binago” ang mga field na magkaiba.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>Walang naunang bersiyon: hindi pa nababago ang log na ito mula nang unang i-save.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>Mga naunang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>Mga na-save na &amp;bersiyon, pinakabago muna:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>Naunang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>&amp;Naunang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>Kasalukuyang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>&amp;Kasalukuyang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>Burahin ang mga naunang bersiyon…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>Burahin ang mga naunang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>&amp;Kasalukuyang bersiyon, na-save {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>Na-save {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>Burahin ang mga naunang bersiyon ng log na ito?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>Ang kasalukuyang bersiyon lamang ang itatago. Gawin ito kapag may laman ang isang naunang bersiyon na hindi dapat itago, gaya ng pangalang pinalitan ninyo ng code ng tao. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>Nabura na ang mga naunang bersiyon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n field ang naiiba sa kasalukuyang bersiyon.</numerusform>
            <numerusform>%n field ang naiiba sa kasalukuyang bersiyon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>Kapareho ng kasalukuyan ang bersiyong ito.</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>Uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>Sino ang kasangkot</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>Ipakita lahat</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>Ipakita ang lahat ng insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>Anumang uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>Anumang uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>Anumang lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>Sinuman</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>Anumang katayuan</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(walang pamagat)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>Mga insidente ayon sa buwan at uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>Mga insidente ayon sa uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>Mga insidente ayon sa kung sino ang kasangkot</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>Mga insidente ayon sa oras ng araw</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>Mga pattern</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>Walang insidenteng mabibilang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%n insidente ang nabilang. Ang insidenteng may iba&apos;t ibang uri ng taong kasangkot ay binibilang nang isang beses sa bawat isa.</numerusform>
            <numerusform>%n insidente ang nabilang. Ang insidenteng may iba&apos;t ibang uri ng taong kasangkot ay binibilang nang isang beses sa bawat isa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} hanggang {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>Mga insidente sa timeline</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>Hindi ibinigay ang uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>Nasuri na ang mga hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>Walang insidenteng maipapakita.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} hanggang {end}</translation>
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
            <numerusform>%n insidente mula {first} hanggang {last}</numerusform>
            <numerusform>%n insidente mula {first} hanggang {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n bukas</numerusform>
            <numerusform>%n bukas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>ipinapakita ang {zoom}, {window}: %n insidente</numerusform>
            <numerusform>ipinapakita ang {zoom}, {window}: %n insidente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>ayon sa uri: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>napili: {incident}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="98"/>
        <source>; </source>
        <comment>separates the parts of the timeline&apos;s summary</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <location filename="../../ui/incidents/section.py" line="197"/>
        <source>Incidents</source>
        <extracomment>open an incident (from the timeline or the list): its id &quot;Something happened…&quot; was pressed: register a new incident a load finished and the views show its result (tests wait for it) incidents were deleted or received here (counts and Today follow)</extracomment>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>Mga banta at insidente sa paglipas ng panahon, at ang mga pattern sa mga ito: saan, anong uri, sino ang kasangkot, anong oras ng araw.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>May nangyari…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>Magtala ng insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>I-save ang buod para sa organisasyon…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>I-save ang buod para sa organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>I-zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>I-zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>I-zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>I-zoom out (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>Sa timeline: lumilipat sa pagitan ng mga insidente ang mga arrow key, nag-zo-zoom ang + at -, gumagalaw sa panahon ang Page Up at Page Down, at nagbubukas ang Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>Mga pattern</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>Timeline at mga pattern</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>Ibahagi…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>Ibahagi ang mga napiling insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>Isang bundle para sa mga kasamahang pipiliin ninyo. Pumipili ng ilan ang Shift o Ctrl.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>Mga naunang bersiyon…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>Mga naunang bersiyon ng insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>Burahin…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>Burahin ang mga napiling insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>Tumanggap ng bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>Tumanggap ng bundle</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>Ipinapakita: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>Wala pang naitalang insidente. Kapag may nangyari, itala ito rito o sa Ctrl+I mula saanman: maaaring laktawan ang bawat tanong.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>%n sa mga insidente ang tugma sa mga filter.</numerusform>
            <numerusform>%n sa mga insidente ang tugma sa mga filter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>Walang insidenteng tugma sa mga filter na ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Na-save ang bundle na may %n insidente: naka-encrypt para sa mga kasamahang pinili ninyo at para sa inyo.</numerusform>
            <numerusform>Na-save ang bundle na may %n insidente: naka-encrypt para sa mga kasamahang pinili ninyo at para sa inyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%n insidente ang nabura.</numerusform>
            <numerusform>%n insidente ang nabura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>Mga setting ng journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>Ipakita ang mga gabay na tanong sa mga bagong entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>Mga gabay na tanong, isa bawat linya</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>Hingin ang aking passphrase bago mabuksan ang journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>Banggitin nang malumanay kapag naging mabigat ang ilang nakaraang kumustahan</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>Mga gabay na tanong (isa bawat linya; sumulat ng sarili ninyo kung gusto ninyo):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Naka-lock ang inyong journal. I-type ang inyong passphrase para mabuksan ito.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>Buksan ang aking journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>Mga entry sa journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>Walang laman ang inyong journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>Sa inyo ang espasyong ito: ilang salita pagkatapos ng mahirap na araw, o kumustahan lamang. Walang ibinabahagi, hinahanap o ine-export dito maliban kung piliin ninyo ito, sa bawat pagkakataon.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>Isulat ang unang entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>Bagong entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>Bagong entry sa journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>Ang aking suporta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>Mga setting ng journal…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>Mga setting ng journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>Naging mabigat ang pakiramdam sa ilan sa inyong mga nakaraang kumustahan. Nangyayari iyan sa gawaing ito. Maaaring makatulong ang inyong listahan ng suporta, o kaunting pahinga.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>Buksan ang aking listahan ng suporta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>Itago ito</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>Itago ang paalalang ito</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>Hindi nabuksan ng passphrase na iyon ang inyong journal. Nananatiling bukas ang inyong vault.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>Kumustahan: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>Kapareho ng computer na ito</translation>
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
        <translation>Naka-lock ang FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>Naka-encrypt ang inyong mga rekord. I-type ang inyong passphrase para mabuksan ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>Nakalimutan? Maaari ninyong i-type dito ang inyong recovery code sa halip.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>Binubuksan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ibalik mula sa isang backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>Ibalik mula sa isang backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>Paki-type ang inyong passphrase o recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Binubuksan…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>Mga attachment</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>Mag-attach ng mga larawan o PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>I-attach</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>Tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>Tingnan ang attachment</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>Alisin ang attachment</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>Alisin sa mga larawan ang mga detalye ng lokasyon at camera</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>Ine-encrypt ang mga attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>Alisin ang attachment na ito?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Tuluyan itong aalisin sa vault.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>Naalis ang attachment.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>Ilang salita; gumamit ng mga code ng tao, hindi ng mga pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>Gaano katagal (minuto)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>Hindi naitala</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>Uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>Isang distrito o bahagi ng bayan, hindi kailanman eksaktong address</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>Sino ang pumunta</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>Ako at mga kasamahan, pinaghihiwalay ng kuwit</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>Mga code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>Mga code, hindi pangalan, hal. A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>Code book…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>Code book</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>Ano ang nangyari</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>Ano ang nangyari, ano ang napagkasunduan, ano ang dapat i-follow up. Mga code sa halip na pangalan.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>Mga ipinahayag na pangangailangan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>Impormasyon at mga referral na ibinigay</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>Mga obserbasyon sa kaligtasan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>May nagmamasid o sumusunod ba? May banta ba?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>Itala bilang insidente…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>Itala bilang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>Buksan ang form ng insidente kasama ang log na ito at ang mga obserbasyon nito sa kaligtasan (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>Mga tag</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>hal. kalusugan, tirahan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>May mga papel na tala ng pagkikitang ito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>Nasira ko na ang mga ito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>Nasira na ang mga papel na tala</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>Walang petsa ng pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>Takdang pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>Sa petsang ito, itatanong ng Ngayong araw kung itatago o buburahin ang log na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>Pa&amp;magat:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>&amp;Kailan:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>&amp;Gaano katagal:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>Uri ng &amp;lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>Sino ang pumunta:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>Mga &amp;code ng tao:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>&amp;Ano ang nangyari:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>Log ng outreach</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>Mga pangangailangang ipina&amp;hayag ng tao:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>Impormasyon at mga &amp;referral na ibinigay:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>Mga follo&amp;w-up:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>Mga obserbas&amp;yon sa kaligtasan:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>Mga tag:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>Mga papel na tala:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>Mga attachme&amp;nt:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>Tak&amp;dang pagsusuri:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>Hindi pa nakukumpirmang nasira.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>Nasira na, nakumpirma {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>Hindi pa pala nasira</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>ako</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>Palitan ng code…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>Palitan ng code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>Panatilihin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>Panatilihin ang tekstong ito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>Mukhang numero ng telepono ang “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>Mukhang e-mail address ang “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>Ang “{text}” ay pangalang inilista ninyo para sa {code} sa code book.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>Kung mawala ang laptop na ito, mas ligtas ang tao kung code ng tao ang nakasulat.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>Palitan ng {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>Wala pang code: magdagdag sa code book</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>Mga naunang bersiyon…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>Mga naunang bersiyon</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>I-&amp;edit</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>Baguhin ang na-save na log na ito (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Naibalik mula sa draft. I-save para maitago ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>Na-save. Pindutin ang I-edit para baguhin ito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>Pinunan mula sa plano ng pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>Burahin ang log na ito ng outreach?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>Tuluyan itong aalisin sa vault, kasama ang mga naunang bersiyon at mga attachment nito. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>Nabura ang log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%n file ang naidagdag sa vault.</numerusform>
            <numerusform>%n file ang naidagdag sa vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n file ang hindi naidagdag:</numerusform>
            <numerusform>%n file ang hindi naidagdag:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%n orihinal ang nabura.</numerusform>
            <numerusform>%n orihinal ang nabura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>%n sa mga ito ang nabura lamang, nang hindi muna na-overwrite.</numerusform>
            <numerusform>%n sa mga ito ang nabura lamang, nang hindi muna na-overwrite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n orihinal ang wala na roon bago pa man.</numerusform>
            <numerusform>%n orihinal ang wala na roon bago pa man.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n orihinal ang hindi mabura (read-only ang file o ang folder nito, o isa itong link). Burahin ito sa ibang paraan.</numerusform>
            <numerusform>%n orihinal ang hindi mabura (read-only ang file o ang folder nito, o isa itong link). Burahin ang mga ito sa ibang paraan.</numerusform>
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
            <numerusform>Ang pinakamalapit na tugma sa %n pinakabagong rekord na tumutugma. Magdagdag ng salita para mahanap ang mas lumang rekord.</numerusform>
            <numerusform>Ang pinakamalapit na tugma sa %n pinakabagong rekord na tumutugma. Magdagdag ng salita para mahanap ang mas lumang rekord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>Na-save ang log. Gusto ba ninyong magsulat ng ilang linya para sa inyong sarili tungkol sa naging takbo nito?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>Mag-debrief ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>Paalalahanan ako mamaya</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>Hindi ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>Pumili muna ng isa o higit pang log na ipi-print.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>Hanapin sa lahat ng rekord</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>Hanap&amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>Mga log ng outreach</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>Mga resulta ng paghahanap</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>Mga &amp;filter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>Mga filter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>Isama ang aking journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>Isama ang aking journal sa paghahanap na ito</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>Walang log na tugma sa mga filter na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>Naka-lock ang inyong journal: buksan muna ito para maisama sa paghahanap.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>Nauuna ang pinakamalapit na tugma; may lalabas pang iba habang nag-i-scroll kayo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Walang nahanap. Subukan ang mas kaunti o mas maiikling salita.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>&amp;Bagong log</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>Mga naunang be&amp;rsiyon…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>I-save bilang P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;Code book…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;Ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>Guma&amp;wa ng backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>Pal&amp;itan ang passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>Itago ang la&amp;hat ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>Um&amp;alis</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>Ang &amp;pinoprotektahan ng FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>Bu&amp;rahin ang vault na ito…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>&amp;Mga Setting…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>L&amp;og</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>P&amp;umunta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>Tung&amp;kol sa FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Pangunahing toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>Bagong log</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>Ipakita ang Ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>I-lock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>I-&amp;edit ang log na ito</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>May nang&amp;yari…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>Ma&amp;ghanap…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>Seksiyon {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>Isara ang bar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>Isinusulat ang backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>Naisulat ang backup. Itago ito nang hiwalay sa laptop na ito; nabubuksan ito ng inyong passphrase o recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>Napalitan ang passphrase.</translation>
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
            <numerusform>%n resulta</numerusform>
            <numerusform>%n resulta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>Nasa Ngayong araw ang paalala na mag-debrief.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>Hindi ma-save ang inyong pagbabago (tingnan ang mensahe sa ibaba nito). Isara muli para itapon ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>Ang aking journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>Mga plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>Mga pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>Mga seksiyon</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n buwan mula {first} hanggang {last}</numerusform>
            <numerusform>%n buwan mula {first} hanggang {last}</numerusform>
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
        <translation>; </translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="48"/>
        <source>Your name for colleagues</source>
        <extracomment>the page&apos;s id in the wizard: after the recovery code is checked (ids leave room for pages in between) the name of a card never named (``vault.sharing.default_name``)</extracomment>
        <translation>Ang inyong pangalan para sa mga kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>Kapag nagbabahagi kayo ng mga plano ng pagkikita, nakikita ng mga kasamahan ang pangalang ito sa inyong card at sa itaas ng inyong kalahati ng safety number, para makilala nila kayo. Sapat na ang unang pangalan o palayaw na kilala nila sa inyo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>Ang inyong pangalan o palayaw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>Ang inyong &amp;pangalan o palayaw:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>Hindi lihim ang inyong card: mababasa ng sinumang makakita nito ang pangalang ito. Maaari ninyo itong palitan mamaya sa Mga Setting.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>Bu&amp;ksan ang aking vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>Makikita ng mga kasamahan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>Kung iiwan ninyo itong blangko, makikita ng mga kasamahan ang {name}, ang pangalan ng bawat bagong card, at hindi nila kayo makikilala mula sa iba hangga&apos;t hindi nila kayo binibigyan ng pangalan.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>Gumamit ng hindi bababa sa %n character (mayroon nang {count}). Ang pagdaragdag ng isa pang salita ang pinakamadaling paraan.</numerusform>
            <numerusform>Gumamit ng hindi bababa sa %n character (mayroon nang {count}). Ang pagdaragdag ng isa pang salita ang pinakamadaling paraan.</numerusform>
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
        <translation>Pumili sa kalendaryo…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>Sa loob ng isang linggo</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>Sa loob ng isang buwan</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>Walang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: kalendaryo at mabilisang pagpili</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: tala</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>Hindi pa ito petsa: mananatili ang {kept} hangga&apos;t hindi kayo nagta-type ng gaya ng {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>Hindi pa ito petsa, kaya hindi ito itatago. I-type ito nang gaya ng {example}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: oras</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: tala sa oras</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>Hindi pa ito oras. I-type ito nang gaya ng {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>Magdagdag din ng oras, gaya ng {example}; kung wala ito, hindi ito itatago.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>Nagtatago ang FieldSafe ng mga oras mula taong 1900 hanggang 9998.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>Hanggang doon, mananatili ang {kept}.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>Walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>Pumili ng passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>Kayo lamang ang makaaalam nito; hindi ito mare-reset ng FieldSafe. Makakatanggap din kayo ng recovery code sa susunod na hakbang.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Gumawa ng vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>&amp;Kumpirmahin ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>Kumpirmahin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>Ginagawa ang vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>Ginagawa ang inyong vault… Sinadyang matagal ito nang kaunti: dahil dito, napakabagal ng panghuhula ng passphrase para sa iba.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>Plano ng pagkikita</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>Mga plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>Bagong plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>Bagong plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>I-edit ang plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>I-edit ang plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>Burahin ang plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>Burahin ang plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>Katayuan ng plano</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>Tapos na ang pagkikita: isulat ang log</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>Tapos na ang pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>May nangyari sa pagkikitang ito…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>Magtala ng insidente mula sa pagkikitang ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>Mga kasamahan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>Mga kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>Ibahagi sa isang kasamahan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>Ibahagi ang planong ito sa isang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>Tumanggap ng bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>Tumanggap ng bundle</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>Card na pambulsa bilang PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>Card na pambulsa bilang PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>Katayuan:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>Plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>na-update</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>Binago ng update ni {name}: {fields}. May marka ang bawat isa sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>Binago ng isang natanggap na update: {fields}. May marka ang bawat isa sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>Magplano ng pagkikita nang dalawahan: saan, isang reserbang lugar, ang gagawin ninyo kung…, ang inyong senyas ng babala, at kailan kayo magche-check in.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, sa {place}. Kasama: {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>isang lugar na hindi pa napipili</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>isang kasamahang hindi pa napipili</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>Kulang pa: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>Walang kulang: mukhang handa na ang plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>Na-save ang plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>Burahin ang planong ito ng pagkikita?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Tuluyan itong aalisin sa vault, kasama ang mga naunang bersiyon nito. Mananatili sa inyong kasamahan ang kopyang naibahagi na ninyo. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>Nabura ang plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>Na-save ang bundle: naka-encrypt para sa inyong kasamahan at para sa inyo.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>Ang inyong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>Isang pangalan o palayaw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>Laki ng teksto</translation>
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
        <translation>Minutong walang galaw bago mag-lock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>Hitsura</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>Magpakita ng abiso ng system kapag lumampas ang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>Abiso ng system kapag lumampas ang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>Ang inyong &amp;pangalan:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>Nakikita ng mga kasamahan ang pangalang ito sa inyong card.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>Laki ng &amp;teksto:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>Magbabago ang wika at laki ng teksto sa susunod na pagbukas ng FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>I-&amp;lock kapag walang galaw nang:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Hitsura:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>Sinasabi lamang nito na lumampas na ang isang oras ng check-in, hindi kailanman kung aling pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>Buksan ang vault para mapalitan ang inyong pangalan</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%n log ang isasama.</numerusform>
            <numerusform>%n log ang isasama.</numerusform>
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
        <translation>Ang inyong recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Kung makalimutan ninyo kailanman ang inyong passphrase, bubuksan ng code na ito ang inyong vault. Ngayon lamang ito ipapakita.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Isulat ito sa papel ngayon, at itago ang papel nang hiwalay sa laptop na ito (hindi sa bag ng laptop). Mabubuksan ang vault ng sinumang may hawak ng laptop at ng code na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>Hindi ito kinokopya ng FieldSafe para sa inyo, kaya hindi ito kailanman mapupunta sa history ng clipboard. Malalaking titik man o hindi, may gitling man o wala: gagana pareho.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>Wala roon ang backup folder: nakakabit ba ang drive, o inilipat ba ang folder? Walang nawala; susubukan muli ng FieldSafe mamaya.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>Naisulat ang naka-encrypt na backup sa inyong backup folder.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>Gumana ang backup ngayon. Nasa inyong backup folder ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>Naka-off: walang backup na isinusulat ayon sa iskedyul.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>Wala pang naisusulat na backup doon.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>Huling backup: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>Hindi gumana ang huling pagsubok, {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>Gumana ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>Mag-backup ayon sa iskedyul</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>Isang naka-encrypt na kopya ng inyong buong vault, na isinusulat sa folder na pipiliin ninyo. Ang inyong passphrase o recovery code lamang ang nakapagbubukas nito: maaari itong itago ng inyong organisasyon pero hindi kailanman mababasa, at nananatiling pribado ang inyong journal sa loob nito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>Pumili ng &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>Piliin ang backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;Gamitin ang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>Gamitin ang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>Gaano kadalas mag-backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>Araw-araw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>Linggu-linggo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>Naka-off</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>Mag-&amp;backup ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>Mag-backup ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>Kumusta ang huling backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>Buksan ang vault para makapag-backup ayon sa iskedyul.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>Gaano ka&amp;dalas:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>Walang napiling folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Bawat %n oras</numerusform>
            <numerusform>Bawat %n oras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Gamitin ang isang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>Wala roon ngayon ang folder na iyon: nakakabit ba ang drive? Walang binago.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>Isinusulat ang backup…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>Walang pamagat</translation>
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
        <translation>Hindi maisulat ng FieldSafe ang log file nito, kaya tatakbo ito nang wala nito ngayon. Hindi apektado ang inyong mga rekord.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>Pagbasa lamang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>Hindi naka-lock. Nasa clipboard ang teksto ng tala nang 30 segundo, at buburahin ito kapag nag-lock ang FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>Hindi naka-lock. Narito pa rin ang inyong tala; subukang i-save itong muli.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>Naka-lock ang vault. Hindi na-save ang pagbabagong nakabukas, kaya hindi ito naitago.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%n log na may takdang follow-up</numerusform>
            <numerusform>%n log na may takdang follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>%n plano ngayong araw</numerusform>
            <numerusform>%n plano ngayong araw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%n bukas na insidenteng hindi pa nasusuri ang mga hakbang</numerusform>
            <numerusform>%n bukas na insidenteng hindi pa nasusuri ang mga hakbang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n takdang pagsusuri</numerusform>
            <numerusform>%n takdang pagsusuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n item</numerusform>
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
        <translation>Ang aking suporta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>Mga taong malalapitan ninyo, at ang nakatutulong sa inyo. Sa vault na ito lamang itinatago; walang ipinapadala kahit saan.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>Mga taong malalapitan ko</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>Pangalan o organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>Paano sila makokontak</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>Magdagdag ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>Alisin ang tao</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>Ang nakatutulong sa akin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>Isang bagay na nakatutulong</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>hal. paglalakad, musika, pagtawag sa aking kapatid</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>Idagdag ang nakatutulong</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>Alisin ang nakatutulong</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>Magdagdag ng taong malalapitan ko</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>Wala pang laman ang inyong listahan ng suporta. Ilang bagay na madalas makatulong:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>isang taong pinagkakatiwalaan ninyo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>isang kasamahan o ang inyong supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>isang helpline ng inyong organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>pahinga</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>isang bagay na nagpapatatag sa inyo, gaya ng paglalakad o mabagal na paghinga</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>Sumulat muna ng pangalan o organisasyon.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>Pumili ng team, o gumawa ng isa.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>Wala pang team. Mag-type ng pangalan para sa inyong unang team.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>Wala pang miyembro.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>Nasa team na ito ang lahat ng inyong kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>Wala pang kasamahan: idagdag ang kanilang mga card sa tab na Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>Nagawa ang team na “{name}”. Piliin ang team folder nito at magdagdag ng mga na-verify na kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>“{name}” na ngayon ang pangalan ng team.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>Piliin ang team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>Wala nang folder ang team. Mananatili sa kinaroroonan nila ang folder at ang mga file sa loob nito.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>Naitakda ang team folder. Iwan doon ang inyong card para mahanap ito ng team.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>Miyembro na ngayon ng team na ito si {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>Safety lead na ngayon ng team na ito si {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>Miyembro na ngayon ng team na ito si {name}, hindi safety lead.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>Wala na sa team na ito si {name}. Nananatili siya sa inyong mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>Burahin ang team na “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>Aalisin ang team sa vault na ito, kasama kung sino ang nasa team at ang kanilang mga tungkulin. Mananatili ang inyong mga kasamahan. Mananatili sa kinaroroonan nila ang team folder at ang bawat file sa loob nito: hindi binubura ng FieldSafe ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>Burahin ang team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>Nabura ang team. Mananatili ang folder nito at ang mga file sa loob nito.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>Nasa team folder ang inyong card. Mga public key lamang ang laman nito; pinaghahambing pa rin ng mga kasamahan ang safety number kasama ninyo nang harapan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>Walang bagong card sa team folder.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>Sundin ang system</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>Maliwanag</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>Madilim</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>Mataas na contrast</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>Ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>Walang kailangang asikasuhin ngayong araw: walang paparating na pagkikita, walang takdang follow-up, walang papel na talang naghihintay na sirain, walang log na susuriin, walang insidente o pagtatasa ng panganib na naghihintay ng pagsusuri.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Mga takdang follow-up (%n)</numerusform>
            <numerusform>Mga takdang follow-up (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>takda sa {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>Mga papel na talang hindi pa nakukumpirmang nasira (%n)</numerusform>
            <numerusform>Mga papel na talang hindi pa nakukumpirmang nasira (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>Lampas na sa petsa ng pagsusuri: burahin o panatilihin (%n)</numerusform>
            <numerusform>Lampas na sa petsa ng pagsusuri: burahin o panatilihin (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>suriin bago ang {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>Mga debrief na itinabi para mamaya (%n)</numerusform>
            <numerusform>Mga debrief na itinabi para mamaya (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(nakalista ang unang %n)</numerusform>
            <numerusform>(nakalista ang unang %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>Mga paparating na pagkikita at check-in (%n)</numerusform>
            <numerusform>Mga paparating na pagkikita at check-in (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>Plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>walang napagkasunduang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>mag-check in hanggang {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>Mga insidenteng hindi pa nasusuri ang mga hakbang (%n)</numerusform>
            <numerusform>Mga insidenteng hindi pa nasusuri ang mga hakbang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>Insidente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>Mga takdang pagsusuri ng pagtatasa ng panganib (%n)</numerusform>
            <numerusform>Mga takdang pagsusuri ng pagtatasa ng panganib (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>Pagtatasang walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>takdang pagsusuri sa {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>Walang pamagat</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>Maligayang pagdating sa FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>Susunod, pipili kayo ng passphrase. Ilang minuto ang aabutin nito.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>Source code: kasama sa program na ito, sa {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>Source code: hindi kasama sa kopyang ito. Itanong sa nagbigay nito sa inyo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>Bersiyon {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>Lisensiya: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, bersiyon 3 o mas bago</translation>
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
        <translation>Portable mode: nasa {folder} ang lahat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>Tungkol sa FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>Mga naka-encrypt na rekord mula sa field na nananatili sa computer na ito at gumagana nang walang internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>Tungkol sa kopyang ito ng FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>Hindi makasulat ang FieldSafe sa folder nitong {folder}, kaya hindi ito makapagsisimula sa portable mode.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>Kopyahin ang folder ng FieldSafe sa lugar na masusulatan ninyo (isang USB stick na hindi write-protected, o sarili ninyong folder), o simulan ang FieldSafe nang hindi naka-portable mode.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>Nakabalik na kayo nang ligtas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>Isara ang abiso</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>Namarkahan noong {time}. Maaaring naghihintay si {name} na malaman ito. Maaaring iwan ng FieldSafe ang plano, na may marka na ngayong nakabalik na nang ligtas, sa team folder para kay {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>Namarkahan noong {time}. Maaaring naghihintay si {name} na malaman ito. Walang ipinapadala ang FieldSafe nang kusa: maaari nitong i-save ang plano, na may marka na ngayong nakabalik na nang ligtas, bilang maliit na bundle para kay {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>Sabihan si {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>Sabihan si {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>Sabihan si {name} na nakabalik na kayo nang ligtas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>Na-save ang bundle para kay {name}. Ipasa ito sa paraang karaniwan ninyong ginagamit sa pagpapalitan ng mga bundle: kapag natanggap ito ni {name}, ipapakita ng kanyang FieldSafe na nakabalik na kayo nang ligtas.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>Iniwan sa team folder para kay {name}. Kapag nabasa na ng kanyang FieldSafe ang folder, ipapakita nito na nakabalik na kayo nang ligtas.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>Maaari kayong mag-save ng maliit na bundle para kay {name} sa halip.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>Lumampas na ang takdang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>Ang napagkasunduan ninyong gawin kung hindi mag-check in ang isa sa inyo:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>Nakabalik na ako nang ligtas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>Buksan ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>Ang susunod na check-in na lumampas na</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>Walang nakasulat sa plano para rito. Buksan ang plano para makita ang napagkasunduan ninyo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>%n pang check-in ang lumampas na.</numerusform>
            <numerusform>%n pang check-in ang lumampas na.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>%n minuto pagkatapos nito</numerusform>
            <numerusform>%n minuto pagkatapos nito</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>sa oras na iyon</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, ang pagkikita noong {start}: napagkasunduan ninyong mag-check in hanggang {time}, at kumilos {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>Ang pagkikita noong {start}: napagkasunduan ninyong mag-check in hanggang {time}, at kumilos {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>Paano makokontak si {colleague}: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>Paano makokontak ang inyong kasamahan: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>Walang detalye ng kontak para kay {colleague} sa plano.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>Walang detalye ng kontak sa plano.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>hindi mag-check in ang isa sa atin?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Paano natin makokontak ang isa&apos;t isa habang at pagkatapos ng pagkikita?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Kapag hindi dumating ang isang check-in, ipapakita ito kasama ang napagkasunduan ninyong gawin.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Gaano katagal tayo maghihintay pagkatapos ng oras ng check-in bago kumilos?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>Ipapakita ng FieldSafe ang napagkasunduan ninyo kapag lumampas na ang oras na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>Kumilos sa oras ng check-in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuto</numerusform>
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
        <translation>Lumampas na ang takdang oras ng check-in.</translation>
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
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Hindi mabasa ang file.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>Ibahagi sa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Lagyan ng tsek ang bawat kasamahang maaaring magbukas ng bundle: mabubuksan ito ng bawat isa sa kanila, at ninyo rin, at wala nang iba. Ang mga kasamahan lamang na napaghambing na ninyo ang safety number ang nakalista.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>Wala pang na-verify na kasamahan. Paghambingin muna ang mga safety number sa Mga kasamahan, o protektahan ang bundle gamit ang passphrase na sasabihin ninyo sa inyong kasamahan nang harapan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>Mga na-verify na kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Nilalagyan o inaalisan ng tsek ng Space ang isang kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>Ibahagi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>Ibahagi sa mga kasamahang may tsek</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>Protektahan na lamang gamit ang &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>Protektahan na lamang gamit ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>Kanselahin: walang ibabahagi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>Ibahagi sa %n kasamahan</numerusform>
            <numerusform>Ibahagi sa %n kasamahan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>Safety number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>Kayo ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>Ang inyong kalahati ng safety number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>Ang kalahati ni {name} ng safety number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>Kalahati ng safety number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>I-save ang bundle</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>Mga share bundle (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>Tumanggap ng bundle</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>Mga share bundle (*.age);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>{added} ang naidagdag, {updated} ang na-update.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>Mula kay {name} (na-verify): {new} bago, {changed} na ia-update. I-import?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>Hindi babaguhin ang %n na mayroon na kayo sa bersiyong ipinadala, o mas bago pa.</numerusform>
            <numerusform>Hindi babaguhin ang %n na mayroon na kayo sa bersiyong ipinadala, o mas bago pa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>Mula sa nagpadalang HINDI na-verify (bundle na may passphrase): {new} bago, {changed} na ia-update. I-import lamang kung inaasahan ninyo ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>Hindi para sa inyo ang bundle na ito: wala itong pinangalanang tatanggap, kaya mabubuksan ito ng sinumang may passphrase nito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>Pareho ninyong binago ang planong ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>Pareho ninyong binago ang insidenteng ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>Pareho ninyong binago ang pagtatasa ng panganib na ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>Pareho ninyong binago ang rekord na ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>Kay {name}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>Sa kanila: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>Sa akin: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>Panatilihin ang akin: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>Kunin ang sa kanila: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Binago ninyo at ni {name} ang parehong bahagi mula nang huli ninyo itong ipagpalitan. Piliin kung alin ang itatago sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Binago ninyo at ng inyong kasamahan ang parehong bahagi mula nang huli ninyo itong ipagpalitan. Piliin kung alin ang itatago sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>Passphrase ng bundle</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>Isang passphrase na hindi bababa sa 10 character. Sabihin ito sa inyong kasamahan nang harapan, hindi kailanman kasama ng file:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>Ang parehong passphrase muli:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>Protektado ng passphrase ang bundle na ito. I-type ito:</translation>
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
        <translation>Hindi na-save ang log na isinusulat ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>Iningatan ito ng FieldSafe mula {time}. Ibalik ito para magpatuloy sa pagsulat, o itapon ito.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>burahin</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>Sinisira ng pagbura ang key ng vault at pagkatapos ang mga rekord nito. Pagkatapos nito, walang passphrase o recovery code na makapagbubukas sa mga ito. Hindi nito naaabot ang mga backup o kopyang ginawa noon, o ang mga block na naitabi na ng SSD.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>Para burahin, i-type ang salitang “{word}”:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>Salitang pangkumpirma</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>Burahin ang vault</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>I-backup ang vault</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>Mga FieldSafe backup (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>Mag-attach ng mga larawan, scan o PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Mga larawan, scan at PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>Ino-overwrite ng FieldSafe ang bawat file, saka ito binubura. Sa SSD, memory card, telepono o naka-sync na folder, maaaring may matirang mga kopya na hindi maaabot ng anumang program; maaari ring may sariling kopya ang camera o scanner. Hindi apektado ang naka-encrypt na kopya sa vault.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>Burahin ang mga orihinal</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>Panatilihin ang mga ito</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>Kapag nag-lock ang FieldSafe ngayon, mawawala ang tala. Maaari muna ninyong kopyahin ang teksto nito (buburahin ito sa clipboard pagkalipas ng 30 segundo at kapag nag-lock ang FieldSafe), panatilihing bukas ang window at subukang i-save muli, o i-lock pa rin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>Magla-lock na sana ang FieldSafe dahil hindi ito nagamit nang ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>Kung walang sasagot, magla-lock ang FieldSafe pagkalipas muli ng parehong tagal.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>Hindi ma-save ang inyong tala, at hindi rin ito maitago bilang draft.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>Kopyahin ang teksto</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>Panatilihing bukas ang window</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>I-lock pa rin (mawawala ang tala)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>May nagkaproblema. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>Hindi maia-attach ang file na iyon. Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>Puno na ang disk, kaya mababasa lamang ang inyong mga rekord at hindi ito nagawa. Walang binago; magbakante ng espasyo, saka buksan muli ang vault.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>Hindi maaaring sumulat ang FieldSafe sa lugar na iyon. Walang binago; pumili ng ibang lugar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>Nabigo ang pagsulat sa disk. Walang binago; pakisubukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>Hindi nabuksan ng passphrase o recovery code na iyon ang backup na ito. Subukan ang may bisa noong ginawa ang backup. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>Puno na ang disk, kaya mababasa lamang ang inyong mga rekord. Walang maise-save hangga&apos;t hindi nagbabakante ng espasyo at muling binubuksan ang vault.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>Puno na ang disk, kaya hindi mabuksan ang vault. Walang binago; magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>Hindi maaaring gamitin ng FieldSafe ang folder ng vault, kaya hindi mabuksan ang vault. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>Hindi magamit ngayon ang folder ng vault (may problema sa disk), kaya hindi mabuksan ang vault. Walang binago; pakisubukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>Masyadong mahaba para sa computer na ito ang pangalan ng folder o file na iyon. Walang binago; pumili ng mas maikling pangalan o lugar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>Puno na ang disk, kaya mababasa lamang ang inyong mga rekord. Walang na-save; narito pa rin ang inyong teksto. Magbakante ng espasyo, saka buksan muli ang vault.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>Puno na ang disk. Walang na-save; narito pa rin ang inyong teksto. Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>Hindi maaaring sumulat ang FieldSafe sa lugar na iyon. Walang na-save; narito pa rin ang inyong teksto.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>Nabigo ang pagsulat sa disk. Walang na-save; narito pa rin ang inyong teksto. Pakisubukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>hindi wasto</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>Rekord {number}: ang field na “{field}” ay {reason}. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>Ang field na “{field}” ay {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>Wala sa inaasahang format ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>Linya {line}: {problem} Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>Hindi nabuksan ng passphrase o recovery code na iyon ang vault na ito. Pakisubukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>Nawawala ang key file ng vault (vault.key), kaya hindi mabuksan ang mga rekord. Ibalik ito mula sa isang backup; walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>Sira ang key file ng vault (vault.key) o hindi ito key file ng FieldSafe. Ibalik ito mula sa isang backup; walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>Sira o kulang ang database ng vault. Walang binago; ibalik mula sa isang backup kung mayroon kayo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>Walang FieldSafe vault sa lugar na iyon.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>May vault (o ibang mga file) na roon. Hindi ito kailanman ino-overwrite ng FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>Ginawa ang vault na ito ng mas bagong bersiyon ng FieldSafe. Paki-update ang FieldSafe para mabuksan ito.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>Nabigo ang pag-update ng vault na ito sa bagong bersiyon ng FieldSafe. Iniwan ang vault nang gaya ng dati; may kopyang itinago bago ang pagtatangka.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>May ibang window o command ng FieldSafe na gumagamit ng vault na ito ngayon. Walang binago; pakisubukang muli maya-maya.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Naka-lock ang vault. Buksan ito para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>Wala na ang rekord na iyon.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>Wala roon ang folder: nakakabit ba ang drive, o inilipat ba ang folder? Walang naisulat; piliin muli ang folder sa Mga kasamahan › Mga team kung inilipat ito.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>May file na roon. Pumili ng ibang pangalan; hindi kailanman nag-o-overwrite ang FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>Puno na ang disk, kaya hindi ito nagawa. Walang binago; magbakante ng espasyo (o pumili ng ibang lugar, gaya ng USB stick) at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>kinakailangan</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>hindi wastong petsa at oras</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>dapat na teksto</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>masyadong mahaba</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>may character na hindi pinapayagan</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>hindi field ng ganitong uri ng rekord</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>hindi uri ng rekord na kilala ng FieldSafe</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>hindi wastong id ng rekord</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>dapat na object</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>umuulit sa id na ginamit na sa naunang bahagi ng file</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>labas sa saklaw</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>may tekstong hindi wastong Unicode</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>hindi wastong petsa (taon-buwan-araw)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>dapat na buong numero</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>dapat na true o false</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>hindi isa sa mga pinapayagang value</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>dapat na listahan</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>masyadong marami ang entry</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>hindi wastong base64</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>hindi tugma sa nilalaman ng attachment</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>may entry na may kuwit o semicolon, na naghihiwalay sa mga entry</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>tumutukoy sa rekord na wala sa vault na ito</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>nasa code book na</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>ginagamit na ng ibang uri ng rekord sa vault na ito</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>Hindi wastong JSON ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>Hindi interchange file ng FieldSafe ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>Ginawa ang file ng mas bagong bersiyon ng FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>Hindi backup ng FieldSafe ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>Kulang ang file (maaaring naputol ito habang kinokopya).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>Sira ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>Walang ganitong file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>Hindi mabasa ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>Masyadong malaki ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Hindi UTF-8 na teksto ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>Inuulit ng file ang isang pangalan sa loob ng iisang object, kaya hindi malinaw ang kahulugan nito.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>Hindi ito FieldSafe card.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>Hindi share bundle ng FieldSafe ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>Na-encrypt ang bundle na ito para sa ibang tao; hindi ito mabubuksan ng vault na ito.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>Humihingi ang bundle na ito ng mas malaking trabaho para mabuksan kaysa sa kailanman ginagamit ng FieldSafe, kaya hindi ito binuksan.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>Protektado ng passphrase ang bundle na ito. Hingin ito sa nagpadala.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>Hindi nabuksan ng passphrase na iyon ang bundle, o sira ang file.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>Hindi pinirmahan ng isang kasamahan sa FieldSafe ang bundle, kaya hindi ito binuksan.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>Hindi tugma ang pirma ng bundle sa nilalaman nito: maaaring binago ito.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>Hindi pa na-verify ang nagpadala. Paghambingin muna ninyo nang harapan ang inyong mga safety number.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>Hindi kabilang sa inyong mga kasamahan ang nagpadala. I-import at i-verify muna ang kanyang card.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>Nagbago ang key ng kasamahang ito. Walang ibinabahagi o tinatanggap hangga&apos;t hindi ninyo siya muling nave-verify.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>Mayroon na kayo ng bersiyong ito ng bundle, o mas bago pa. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>Mas naunang bersiyon ito ng isang planong mayroon na kayo. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>Ginawa ang bundle na ito ng mas naunang bersiyon ng FieldSafe at hindi ito maihahambing sa mga planong mayroon kayo. Hilingin sa nagpadala na i-update ang FieldSafe at ibahagi itong muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>Para sa ibang tao ang bundle na ito, hindi para sa inyo. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>Na-verify na kasamahan ang nagpadala pero hindi miyembro ng team na ang folder ang dinaanan nito. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>Patuloy na nagbago sa vault na ito ang mga rekord na ito habang ini-import ang bundle. Walang na-import. Subukang muli.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>Walang laman ang file. Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>Mas malaki ang file sa 25 MB, ang pinakamalaking ina-attach ng FieldSafe. Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>Mga JPEG at PNG na larawan at mga PDF file lamang ang ina-attach ng FieldSafe. Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>Sira o kulang ang file. Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>Masyadong malaki ang larawan para mabuksan nang ligtas (higit sa 80 megapixel). Walang naitago.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>Hindi mabasa ang file (maaaring wala na ito, o hindi ito karaniwang file). Walang naitago.</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>Buod para sa organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>Ise-save ang buod bilang file na hindi naka-encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>Mga bilang lamang ang laman nito: mga insidente ayon sa buwan, uri, uri ng lugar at lugar. Walang code ng tao, pangalan o nakasulat na teksto dito. Itinatago ang mga bilang na mas mababa sa {small}, pati ang mga susunod na pinakamaliit kung kailangan, para hindi matukoy ang nakatagong bilang; pinagsasama-sama sa pagbilang ang mga lugar na may mas kaunti sa {small} insidente. Mababasa ito ng sinumang may hawak ng file: ibahagi lamang ito sa kung kanino ito nakalaan, at burahin ang inyong kopya kapag hindi na ninyo ito kailangan.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>Mula sa unang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>Hanggang ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>Isang spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>Isang PDF na dokumento</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>I-save bilang</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>Piliin kung saan ise-save…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>Piliin kung saan ise-save</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>buod-ng-mga-insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>I-save ang buod</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>Ayon sa buwan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>Ayon sa uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>Ayon sa uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>Ayon sa lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>Lahat ng insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>Ibang mga lugar (bawat isa ay may mas kaunti sa {small} insidente)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>Seksiyon</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>mas kaunti sa {small}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>Mga insidente mula {first} hanggang {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>Mga insidente mula {first}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>Mga insidente hanggang {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>Bawat naitalang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>Mga bilang lamang, walang code, pangalan o nakasulat na teksto. Itinatago ang mga bilang na mas mababa sa {small}, pati ang mga susunod na pinakamaliit kung kailangan; pinagsasama-sama sa pagbilang ang mga lugar na may mas kaunti sa {small} insidente.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>Mga insidente: buod na walang pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>Walang insidente sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>Sine-save ang buod…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>Na-save ang buod. Hindi ito naka-encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>Burahin ang inyong kopya sa sandaling hindi na ninyo ito kailangan.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>Burahin ang insidenteng ito?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Tuluyan itong aalisin sa vault, kasama ang mga naunang bersiyon nito. Mananatili sa inyong kasamahan ang kopyang naibahagi na ninyo. Hindi na ito maibabalik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>Burahin ang %n insidenteng ito?</numerusform>
            <numerusform>Burahin ang %n insidenteng ito?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>Tuluyang aalisin ang mga ito sa vault, kasama ang kanilang mga naunang bersiyon. Mananatili sa inyong mga kasamahan ang mga kopyang naibahagi na ninyo. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Sa bawat pag-save ng insidenteng ito, itinago ang dati nitong nilalaman. Pumili ng naunang bersiyon para makita ito katabi ng kasalukuyan; may markang “binago” ang mga field na magkaiba.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>Walang naunang bersiyon: hindi pa nababago ang insidenteng ito mula nang unang i-save.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>Kailan ito nangyari</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>Kailan ito napansin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>Anong uri</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>Sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>Uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>Sino ang kasangkot</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>Sino ang kasangkot, sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>Ano ang nangyari</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>Ang epekto sa mga tao</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>Ang epekto sa gawain</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>Mga agarang hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>Iniulat sa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>Naka-link sa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>Halimbawa: may lalaking sumunod sa amin hanggang sa hintuan ng tram</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Kailan ito nangyari?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>Anong uri ng pangyayari ito?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>Sa &amp;ilang salita:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>Ano ang &amp;nangyari:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>Saan, at sino ang kasangkot</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>Pangkalahatan lamang: hindi kailanman address, hindi kailanman pangalan. Laktawan ang hindi ninyo alam.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>Hindi sinabi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Isang distrito o barangay, hindi kailanman address</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>Isang paglalarawan, hindi kailanman pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>Kailan ito napansin, kung mas huli</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>Uri ng lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>Sino ang kasangkot?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>Sa ilang salita:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>Kailan ito napansin, kung mas huli:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>Ang naging epekto nito, at ang ginawa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>Halimbawa: ang aming safety lead</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>Nasuri na ang mga agarang hakbang nito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>Ang epekto sa mga tao:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>Ang epekto sa gawain:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>Mga agarang &amp;hakbang na ginawa:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>Iniulat sa:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>Naka-link sa:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>Hindi na-save ang insidenteng itinatala ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>Iningatan ito ng FieldSafe mula {time}. Ibalik ito para magpatuloy, o itapon ito.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>May nangyari</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>I-&amp;save ang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>I-save ang insidente</translation>
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
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>Maaaring laktawan ang bawat tanong. I-save ang mayroon kayo; maaari ninyo itong dagdagan mamaya.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Naibalik mula sa draft. I-save para maitago ito.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>Na-save. Inilalagay ito sa team folder…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>Hindi maitago ang na-type ninyo. I-save ito, o kopyahin bago isara.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>Isang log ng outreach na wala sa vault na ito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>Log ng outreach noong {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>Isang plano ng pagkikita na wala sa vault na ito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>Plano ng pagkikita para sa {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>Isang pagtatasa ng panganib na wala na rito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>Pagtatasa ng panganib: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>pagtatasang walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>Mula sa inyong log ng outreach noong {time}: napunan na ang kailan, uri ng lugar at lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>Sino ang pumunta: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>Mula sa inyong plano ng pagkikita para sa {time}: napunan na ang kailan at uri ng lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>Kasama: {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>Hindi pa tiyak</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>Mga naka-link na rekord</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>Alisin ang link</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>Mag-link ng pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>Mag-link ng pagtatasa ng panganib…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>Pagtatasa:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>Pagtatasang walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>Kapag na-save na ang insidente, iiwan ito sa team folder para sa kanila, naka-encrypt para sa kanila at para sa inyo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>Ipadala sa safety lead ({names})</numerusform>
            <numerusform>Ipadala sa mga safety lead ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>Ang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (naka-link sa insidenteng ito)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (parehong lugar)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>Suriin ang isang pagtatasa ng panganib?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>Na-save ang insidente. Pagkatapos ng isang insidente, nakatutulong na tingnang muli ang pagtatasa ng panganib na may kinalaman dito: ano ang nagbago, at ano ang gagawin nang iba. Maaari ninyo itong gawin ngayon, o mamaya mula sa Mga pagtatasa ng panganib.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>Mga pagtatasa ng panganib na susuriin</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>Suriin ito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>Isang linggo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>Isang buwan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>Tatlong buwan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>Isang taon</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>Limang taon</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>Hindi na-save ang entry sa journal na isinusulat ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>Iningatan ito ng FieldSafe mula {time}. Ibalik ito para magpatuloy sa pagsulat, o itapon ito.</translation>
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
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>kalmado</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>pagod</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>malungkot</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>balisa</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>galit</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>manhid</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>nayanig</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>nalulula</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>gumaan ang loob</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>may pag-asa</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>may pagmamalaki</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>nagpapasalamat</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>Ano ang naging maayos?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>Ano ang naging mahirap?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>May nagpaalala ba sa akin ng sarili kong mga alaala?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>Ano ang kailangan ko ngayon?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>Sino ang makakausap ko tungkol dito?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (napakahirap)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (mahirap)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (medyo mahirap)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (mahirap-hirap)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (bahagyang mahirap)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (nasa gitna)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (bahagyang mabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (mabuti-buti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (medyo mabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (mabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (napakabuti)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>Mukhang naging mahirap iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>Gusto ba ninyong makita ang mga tao at bagay na nakatutulong sa inyo?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>Ipakita ang aking suporta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>Hindi ngayon</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>Orihinal na teksto</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>Nasuri ng katutubong tagapagsalita</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>Naghihintay ng pagsusuri ng mga katutubong tagapagsalita</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>Wika: {language}, ang wikang unang pinagsulatan ng FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>Kung may salitang mali, malabo o masakit ang dating, sabihin sa amin sa pamamagitan ng organisasyong nagbigay sa inyo ng FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>Wika: {language}, nasuri ng katutubong tagapagsalita ({who}, {date}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>Wika: {language}, naghihintay ng pagsusuri ng mga katutubong tagapagsalita: wala pang taong may ganitong wika ang nakasuri sa salin na ito.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>Iniingatan ng FieldSafe ang inyong mga tala sa outreach sa iisang naka-encrypt na vault sa computer na ito. Walang anumang isinusulat ninyo ang iniimbak sa disk nang hindi naka-encrypt, at gumagana ang lahat nang walang internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>Pinoprotektahan kayo nito kapag nawala, ninakaw o kinuha ang laptop: kung wala ang inyong passphrase o recovery code, hindi mababasa ang mga rekord.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>Hindi nito kayang protektahan ang computer na may malware o keylogger. Walang app na tumatakbo sa ganoong computer ang may kakayahang gawin iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>Hindi nito pinapalitan ang full-disk encryption. Paki-on din iyon, para protektado rin ang sariling mga pansamantalang file at swap ng system.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>Hindi naaabot ng pagbura ang mga kopyang ginawa noon, gaya ng mga lumang backup o disk image, at maaaring magtago ang SSD ng mga lumang block nang ilang panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>Hindi nito kayang itago na umiiral ang vault. Kung may pumilit sa inyo na buksan ito, hindi makapagpapanggap ang FieldSafe na wala itong laman.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>Ang hindi nito kayang gawin:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>Napakadaling hulaan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>Madaling hulaan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>Sapat na</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>Matibay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>Napakatibay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>Ipaki&amp;ta ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>Ipakita ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>Malalaking titik ang lahat ng na-type: naka-on ba ang Caps Lock?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>Tibay ng passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>Tibay: wala pang na-type</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>Tibay: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>Ang ilang salitang walang kaugnayan sa isa&apos;t isa ay bumubuo ng passphrase na madaling tandaan at mahirap hulaan: halimbawa, apat na salitang maiisip ninyong magkakasama.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>Magiging madali itong hulaan ng iba. Kadalasang nakatutulong ang pagdaragdag ng isa o dalawa pang salitang walang kaugnayan.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>Mabuti. Ngayon, i-type itong muli sa ikalawang field.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Hindi pa pareho ang dalawang passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>Tugma ang dalawang passphrase.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>binago ng update</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(wala nang laman ngayon)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>Plano ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>Kailan natin inaasahang matapos</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>Kailan tayo magche-check in sa isa&apos;t isa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>Sino ang kasama ninyo?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>Code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>Saan tayo magkikita?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>Saan tayo pupunta kung hindi uubra ang unang lugar?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>Ang ating hindi halatang senyas ng babala, at ang ibig sabihin nito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>Saan uupo o tatayo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>Sino ang gagawa ng ano</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>Ano ang gagawin natin kung…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>Bago tayo umalis</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>Ano ang gagawin natin kung… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>Ang log na isinulat pagkatapos ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>Paano makokontak ang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>Minutong maghihintay pagkatapos ng hindi dumating na check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>Nakabalik nang ligtas noong</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>isang log</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>isang pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(binago rin ninyo ito: pipiliin ninyo kung alin ang itatago)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>Ang binabago ng update na ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>I-import ang update</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>Kanselahin: walang i-import</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>Sa planong {title}:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>Handa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>mahuli tayo?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>mahuli sila, o hindi sila dumating?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>may dumating na hindi natin inaasahan?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>may ibang taong sumabat?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>bigyan tayo ng mga dokumentong kailangang maiuwi nang ligtas?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>sumama ang pakiramdam ng isa sa atin o may bumalik na masakit na alaala (flashback)?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>may lumapit sa atin nang may pagbabanta, o may nagbanta sa tao?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>hindi mag-check in ang isa sa atin?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>Wala pang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>Wala pang reserbang lugar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>Wala pang napagkasunduang senyas ng babala</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>Wala pang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>Wala</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>Pagtatasang walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>Isang pagtatasang wala na sa vault na ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>Hindi pa napagpapasyahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>hindi ibinigay ang uri</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>hindi ibinigay ang lugar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>walang nakasulat</translation>
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
        <translation>Mula sa inyong vault, para makatulong sa pagpaplano. Walang anuman dito ang sine-save sa plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>Ang pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>Wala na sa vault na ito ang naka-link na pagtatasa ng panganib.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>Mga pagtatasa ng panganib para sa lugar na ito</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>Mag-link ng isa sa unang pahina para makita ito rito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>Ang nangyari roon dati</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>Mga obserbasyon sa kaligtasan sa mga log</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>Wala pang naitala para sa uri ng lugar, lugar o code ng tao na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>May kasamang kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>May napagkasunduang reserbang lugar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>May napagkasunduang senyas ng babala</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>May napagkasunduang oras ng check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>Layunin at mga tao</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>Huwag makipagkita nang mag-isa: may kasamang sinanay na kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>Isang code, hindi kailanman pangalan, sakaling may makakita sa planong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>Ano ang gusto nating makamit?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>Pinananatiling maikli at ligtas ng malinaw na layunin ang pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>Aling pagtatasa ng panganib ang sinusundan ng pagkikitang ito?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>Ipinapakita sa tabi ng mga tanong ang mga banta, kakayahan at hakbang nito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>Ang kapaligiran</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>Anong uri ng lugar?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>May sariling takbo at panganib ang bawat uri ng lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>Sino ang karaniwang nasa paligid?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>Nakatutulong sa pagbasa ng sitwasyon ang pagkaalam kung sino ang naroon.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>Sino ang maaaring maging banta?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>Isipin ang mga trafficker, mga bumibili, at iba pa sa lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>Sino ang maaaring makarinig?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>Para alam ninyo kung ano ang maaaring sabihin, at saan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>Mga naunang karanasan at banta roon</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>Ang nangyari dati ay maaaring mangyaring muli.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>Sikolohikal na epekto sa lahat ng kalahok</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>Lalo na para sa mga survivor: paghandaan ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>Ang lokasyon</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>Isang lugar na kilala ninyo, kung saan panatag ang tao.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>Sino pa ang naroon? Makapag-uusap ba tayo nang walang nakaririnig? Matao ba? Magmumukha bang kahina-hinala ang pagpasok?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>Ito ang nagpapasya kung sapat na ligtas ang lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>Ang reserbang lugar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>Nagbabago ang mga plano; pagkasunduan na ngayon ang alternatibo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>Mga sitwasyon</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>Mas madaling magpasya nang maaga kaysa magpasya habang nasa ilalim ng stress.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>Habang nasa pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>Tanaw ang paligid, nakatalikod sa pader, malapit sa labasan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>Para maitigil ito ng sinuman sa inyong dalawa nang hindi nagsasalita.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>Paano makukuha ng tao ang ating detalye ng kontak nang hindi ito isinusulat?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>Maaaring makita ng nagsasamantala ang mga nakasulat na numero.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>Isa ang nagsasalita, isa ang nagmamasid, halimbawa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>Pagkatapos ng pagkikita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>Manatili sandali at bantayan kung may sumusunod</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>Kapag umalis agad, maaaring may makasunod sa inyo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>Mga tala sa vault, sinira ang papel</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>Maaaring malagay sa panganib ang tao dahil sa papel sa bulsa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>Kanino at kailan tayo magde-debrief?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>Nakatutulong ang pag-uusap tungkol dito para madala ninyo ang inyong narinig.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>Takdang oras</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>Para iisang plano ang dala ninyong dalawa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>Kapag alam ang oras ng pagtatapos, mapapansin ang hindi dumating na check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>Kung hindi mag-check in ang isa sa inyo, kikilos ang isa pa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Gaano katagal tayo maghihintay pagkatapos ng oras ng check-in bago kumilos?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>Ipapakita ng FieldSafe ang napagkasunduan ninyo kapag lumampas na ang oras na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Paano natin makokontak ang isa&apos;t isa habang at pagkatapos ng pagkikita?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Kapag hindi dumating ang isang check-in, ipapakita ito kasama ang napagkasunduan ninyong gawin.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>Hindi naka-encrypt ang anumang ipi-print ninyo o ise-save bilang PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>Mababasa ito ng sinumang makakita ng papel o ng file. Panatilihin itong hawak ninyo at sirain ito (o burahin ang file) sa sandaling hindi na ninyo ito kailangan. Maaari ring magtago ng kopya ang printer at ang pila nito.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>Huwag isama ang mga code ng tao, mga lugar at mga pangalan ng kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>Isinasama nang gaya ng pagkakasulat ang tekstong isinulat ninyo (pamagat, ano ang nangyari, mga pangangailangan, kaligtasan): suriin kung may mga pangalan bago mag-print.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>I-save bilang PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>Na-save ang PDF. Hindi ito naka-encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>Burahin ito sa sandaling hindi na ninyo ito kailangan.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>Dokumento</translation>
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
        <translation>{hours} oras</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} oras {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(walang paglalarawan)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, takda sa {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>Nasira na, nakumpirma {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>Hindi pa nakukumpirmang nasira</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>Log na walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>Tagal</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>Uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>Sino ang pumunta</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>Mga code ng tao</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>Ano ang nangyari</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>Mga ipinahayag na pangangailangan</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>Impormasyon at mga referral na ibinigay</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>Mga follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>Mga obserbasyon sa kaligtasan</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>Mga tag</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>Mga papel na tala</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>Takdang pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (binago)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(walang laman)</translation>
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
        <translation>Kalye</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>Red-light district</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>Bahay-aliwan</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>Bar o club</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>Opisina</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>Papel ng recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>Nasa papel na ito ang inyong recovery code: gamit ito at ang laptop na ito, mabubuksan ng sinuman ang inyong vault. I-print ito, itago ang papel nang hiwalay sa laptop, at burahin ang PDF file kapag na-print na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>I-save ang papel ng recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>papel-ng-recovery-code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>Ito ang recovery code ng inyong FieldSafe vault. Kung makalimutan ninyo ang inyong passphrase, i-type ang code na ito kung saan inilalagay ang passphrase; papayagan kayo ng FieldSafe na pumili ng bago.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>Malalaking titik man o hindi, may gitling man o wala: gagana pareho.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Itago ang papel na ito sa isang ligtas na lugar, hiwalay sa inyong laptop (hindi sa bag ng laptop). Mabubuksan ang vault ng sinumang may hawak ng laptop at ng code na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>Kung magpakita man ang FieldSafe ng bagong recovery code (pagkatapos palitan ang passphrase), hindi na mabubuksan ng papel na ito ang vault: sirain ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Kung na-save ninyo ang papel na ito bilang file, burahin ang file kapag na-print na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>Ginawa noong {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>I-save ang &amp;papel na maipi-print (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>I-save ang papel na maipi-print</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>Na-save ang papel ng recovery code. Hindi ito naka-encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>I-print ito, itago ang papel nang hiwalay sa laptop na ito, saka burahin ang file.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>Ang backup na ngayon ang inyong vault. Wala rito ang mga rekord na isinulat pagkatapos gawin ang backup. Hindi binura ang mga sirang file: inilipat ang mga ito, naka-encrypt pa rin, sa isang folder katabi ng folder ng vault na ang pangalan ay nagtatapos sa “damaged” at sa petsa. I-type ang passphrase o recovery code na may bisa noong ginawa ang backup.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>Pumili ng backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>Mga FieldSafe backup (*.fieldsafe-backup);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>Ibalik mula sa isang backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>Papalitan ng backup na pipiliin ninyo ang sirang vault. Susuriin muna ng FieldSafe ang buong backup; kung may anumang mali rito, walang babaguhin. Iniingatan ang mga sirang file, hindi kailanman binubura. Wala rito ang mga rekord na isinulat pagkatapos gawin ang backup.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>Wala pang napiling backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>Pumili ng backup file</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase ng backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>Ibinabalik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>Passphrase ng &amp;backup:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>Sinusuri at ibinabalik ang backup…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>Ibahagi rin ang mga insidenteng naka-link sa pagtatasang ito?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n insidente ang naka-link sa pagtatasang ito. Kasama ang mga ito, makikita ng inyong mga kasamahan ang nangyari katabi ng pagsusuri; kung wala, ang pagtatasa lamang ang ibabahagi.</numerusform>
            <numerusform>%n insidente ang naka-link sa pagtatasang ito. Kasama ang mga ito, makikita ng inyong mga kasamahan ang nangyari katabi ng pagsusuri; kung wala, ang pagtatasa lamang ang ibabahagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>Ang pagtatasa lamang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>Kasama ang mga insidente</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>Sa bawat pag-save o pagsusuri ng pagtatasang ito, itinago ang dati nitong nilalaman. Pumili ng naunang bersiyon para makita ito katabi ng kasalukuyan; may markang “binago” ang mga bahaging magkaiba.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>Walang naunang bersiyon: hindi pa nababago ang pagtatasang ito mula nang unang i-save.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (antas: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>Isang banta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>Posibilidad: {likelihood}. Epekto: {impact}.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>Hindi pa natatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (sino: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>Pagsusuri</translation>
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
        <translation>Bago ang: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>Ang nagbago: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>Mga hakbang bago</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>Mga hakbang habang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>Mga hakbang pagkatapos</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>Sitwasyon ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>Uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>Ang gawain</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>Ang layunin nito</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>Mga banta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>Mga kahinaan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>Mga kakayahan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>Kasarian at intersectionality</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>Sulit ba sa panganib na ito ang layuning ito?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>Mas ligtas na mga alternatibong pinag-isipan natin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>Mga hakbang na walang yugto</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>Mga katuwang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>Susunod na pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>Mga pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Antas: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>Alisin ang {item}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: antas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>Suriin ang isang pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>Bakit ang pagsusuring ito</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>Bago ang aling gawain</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>Halimbawa: ang outreach sa gabi ng Biyernes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>Ang nagbago</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>Ang binago natin sa pagtatasa, at bakit</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>Panatilihin ang petsa sa pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>Nasuri na ang mga agarang hakbang ng insidente</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>&amp;Itala ang pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>Itala ang pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>Isara nang hindi itinatala</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>Ang pagsusuring ito</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>Ba&amp;kit:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>Bago ang aling gawain:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>Ano ang &amp;nagbago:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>Susunod na pagsusuri:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>Itinatala…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>Hindi maitago ang inyong mga pagbabago. Itala ang pagsusuri, o kopyahin muna ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>I-&amp;save ang pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>I-save ang pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>Burahin ang pagtatasa…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>Burahin ang pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>Kinopya mula sa template. Baguhin ang anuman, saka i-save.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Naibalik mula sa draft. I-save para maitago ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>Bigyan ng pangalan ang sitwasyon ng panganib, saka i-save.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>Burahin ang pagtatasa ng panganib na ito?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>Tuluyan itong aalisin sa vault, kasama ang mga naunang bersiyon nito at ang kasaysayan ng mga pagsusuri nito. Mananatili ang link sa mga insidenteng naka-link dito, at sasabihin ng mga ito na wala na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>Nabura ang pagtatasa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>Ang sitwasyon ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>Halimbawa: outreach sa kalye sa paligid ng istasyon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>Hindi iisang uri ng lugar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Isang distrito o barangay, hindi kailanman address</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>Sitwasyon ng pan&amp;ganib:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>Uri ng lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>Ang gawain:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>Ang layunin nito:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>Para sa bawat banta: ano ang maaaring idulot nito, gaano ito kalamang mangyari at gaano kalaki ang pinsalang magagawa nito. Nakabatay sa dalawang ito ang antas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>Banta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>Ano ang maaaring idulot nito</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>Posibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>Epekto</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>Banta {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>Magdagdag ng banta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>Pangkalahatang antas: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>Pangkalahatang antas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>Mga gawi o sitwasyong naglalantad sa atin sa panganib.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>Kahinaan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>Paano natin ito magagawang kakayahan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>Kung may nakikita kayong paraan; maaari ninyo itong iwanang blangko.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>Kahinaan {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>Magdagdag ng kahinaan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>Ang nagpoprotekta sa atin: mga gawi, tao, kasanayan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>Kakayahan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>Paano natin ito pinananatiling matibay</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>Kakayahan {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>Magdagdag ng kakayahan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>Maaaring baguhin ng kung sino tayo ang mga panganib, para sa mga taong nakikilala natin at para sa atin. Opsiyonal ang mga tanong na ito; sagutin ang mahalaga rito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>Ipakita ang mga tanong</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>Mga tanong tungkol sa kasarian at intersectionality</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>Itago ang mga tanong</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>Wala pang sagot</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>Ibang paraan para makamit ang parehong layunin nang may mas kaunting panganib</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>Ang ating sagot:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>Bakit:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>Mas ligtas na mga alternatibong pinag-isipan natin:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>Habang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>Bago, hakbang {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>Habang, hakbang {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>Pagkatapos, hakbang {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>Hakbang {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>Magdagdag ng hakbang bago</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>Magdagdag ng hakbang habang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>Magdagdag ng hakbang pagkatapos</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>Magdagdag ng hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>Hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>Sino ang gagawa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>Mga organisasyon, tao o network na makatutulong na protektahan tayo</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>Walang nakaplanong pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>Susunod na &amp;pagsusuri:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>Hindi pa nasusuri.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>Takda na ang pagsusuri mula pa noong {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>Takda ngayong araw ang pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>Susunod na pagsusuri: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>Pagtatasang walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>Hindi na-save ang pagtatasa ng panganib na isinusulat ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>Iningatan ito ng FieldSafe mula {time}. Ibalik ito para magpatuloy sa pagsulat, o itapon ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Bagong pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>Bagong pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>Magsimula sa isang te&amp;mplate…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>Magsimula sa isang template</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Mga pagtatasa ng panganib</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>Ibahagi…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>Ibahagi ang pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>Ipadala sa team…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>Ipadala sa team ang pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>Mga naunang bersiyon…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>Mga naunang bersiyon ng pagtatasa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>Tumanggap ng bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>Tumanggap ng bundle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Na-save ang bundle kasama ang pagtatasa at %n naka-link na insidente: naka-encrypt para sa mga kasamahang pinili ninyo at para sa inyo.</numerusform>
            <numerusform>Na-save ang bundle kasama ang pagtatasa at %n naka-link na insidente: naka-encrypt para sa mga kasamahang pinili ninyo at para sa inyo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>Na-save ang bundle: naka-encrypt para sa mga kasamahang pinili ninyo at para sa inyo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>Naibahagi sa mga kasamahang pinili ninyo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>Panimulang punto ang bawat template, na isinulat mula sa karanasan sa field. Mababago ang lahat ng nasa loob nito; kayo ang magpapasya kung gaano kalamang at gaano kapinsala ang bawat banta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>Mga template</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>Magsimula sa template na ito</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>Ang gawain: {activity}

Ang layunin nito: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>Pakikipagkita sa isang taong nakararanas ng pagsasamantala sa isang pampublikong lugar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>Dalawa sa atin ang makikipagkita sa isang taong nakararanas ng pagsasamantala sa napagkasunduang oras, sa isang café, parke o ibang pampublikong lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>Nakatatanggap ang tao ng impormasyon at suporta ayon sa sarili niyang kagustuhan, at ligtas na nakaaalis ang lahat sa pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>Isang nagsasamantala, isang bumibili o isang taong ipinadala nila ang nagmamasid, sumasabat o sumusunod sa pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>Pisikal na pinsala sa tao o sa atin; pinaparusahan ang tao dahil nakipagkita sa atin; sinusundan tayo pagkatapos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>Lumilitaw sa usapan ang mahihirap na tanong o mga tanong na nagpapabalik ng masakit na alaala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>Stress at pinsalang sikolohikal, para sa tao at para sa mga kasamahang may sariling karanasan sa pagsasamantala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>May umaabuso sa pagkikita o sa ibinabahagi natin, sinasadya man o hindi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>Napupunta ang ating detalye ng kontak, ang ating mga plano o ang mga salita ng tao sa mga taong aabuso sa mga ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>Nahuhuli o hindi dumarating ang tao, o may dumarating na hindi natin inaasahan sa halip.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>Paghihintay sa lugar na alam ng iba; pagkakahila sa isang pagkikitang hindi natin pinlano.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>May ilan sa atin na may trauma at maaaring ma-trigger.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>Pagkasunduan nang maaga kung paano makahihinto o makaaalis ang sinuman sa atin, at kung kanino magde-debrief ang bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>Minamadali ang pagpili ng lugar, o hindi ito malayang mapili ng tao.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>Pumili nang magkasama ng lugar na kilalang-kilala natin, at magkasundo sa isang reserbang lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>Mahirap magtakda ng hangganan sa mismong sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>Magsanay ng ilang mahinahong pangungusap na nagtatapos o nagbabaling ng usapan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>Alam natin ang mga trauma-informed na paraan ng pagtatrabaho.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>I-refresh ang training taun-taon at ibahagi ang natututuhan natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>Magkapares tayong nagtatrabaho at nagbabantayan sa isa&apos;t isa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>Pagkasunduan ang mga tungkulin bago ang bawat pagkikita: isa ang nagsasalita, isa ang nagmamasid.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>May malalapitan tayong suporta para sa mental health.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>Panatilihing updated at madaling hanapin ang mga kontak na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>Kung binabago ng ating kasarian kung paano tumutugon ang iba sa lugar sa pagkikita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>Maaaring matakot sa pulis o mga opisyal sa malapit ang taong walang ligtas na papeles: piliin ang lugar nang isinasaalang-alang iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>Tingnan ang mga naunang insidente at obserbasyon para sa mga katulad na sitwasyon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>tayong dalawa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>Pumili ng lugar ng pagkikita at reserbang lugar na kapwa natin kilalang-kilala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>Planuhin ang gagawin natin kung may mahuli, hindi dumating, o may dumating na hindi inaasahan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>Magkasundo sa isang hindi halatang senyas ng babala at sa oras ng pag-check in sa isa&apos;t isa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>Umupo kung saan tanaw natin ang paligid, may pader sa likod natin at malapit ang labasan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>kapwa tayo</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>Ibahagi kung paano tayo makokontak sa paraang walang kailangang isulat.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>ang nagsasalita</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>Manatili sandali at tiyaking walang sumusunod sa atin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>Ilipat sa FieldSafe ang mga tala, saka sirain ang papel at ang mga larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>sinumang nagtala</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>Mag-debrief sa isa&apos;t isa, sa safety lead, o nang mag-isa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>Mga katuwang na organisasyong nag-aalok ng matutuluyan, pangangalagang pangkalusugan o legal na payo; ang ating safety lead.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>Magkita sa opisina ng isang katuwang na organisasyon; mag-usap muna sa telepono; magkita kung saan ligtas nang pumupunta ang tao.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>ang safety lead</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>ang team</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>ang nagmamasid</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>Itala bilang insidente ang anumang naramdamang nagbabanta, sa araw ding iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>sinumang sumusulat</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>ang tagapagsalita at ang katuwang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>ang katuwang</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>ang tagapagsalita</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>Binabago ba ng edad ang mga banta, o kung paano tumutugon sa atin ang mga tao?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>Binabago ba ng kasarian ang mga banta, para sa mga taong nakikilala natin o para sa atin?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>Binabago ba ng etnisidad o wika kung paano tayo nakikita ng mga tao?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>May papel ba rito ang relihiyon o paniniwala?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>Binabago ba ng kapansanan, pisikal man o sikolohikal, kung ano ang ligtas?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>May dala bang ibang banta rito ang oryentasyong sekswal?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>Binabago ba ng katayuan sa migrasyon, o ng kawalan ng papeles, ang mga panganib?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>May iba pa ba tungkol sa kung sino tayo na nagbabago sa panganib?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>Online outreach</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>Pakikipag-ugnayan sa mga tao sa pamamagitan ng mga anunsiyo, social media o messaging app.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>Maaabot tayo online ng mga taong nakararanas ng pagsasamantala, nang pribado at ligtas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>Isang nagsasamantala ang nagpapatakbo ng account na sinusulatan natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>Nababasa ng maling tao ang ating mga mensahe; pinaparusahan ang tao; nahihila tayo sa isang bitag.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>Minamanmanan, pinapasok nang walang pahintulot o inire-report ang ating mga account o device.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>Nalalaman ng iba ang mga kontak at usapan; isinasara ang mga account.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>Panliligalig o mga bantang ipinapadala sa atin online.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>Stress at takot; nalalantad ang ating mga personal na detalye.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>Mga account sa trabaho na naka-link sa mga personal na account o numero ng telepono.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>Gumamit ng hiwalay na mga account sa trabaho, at hiwalay na device kung maaari.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>Mga usapang nakatago sa mga teleponong hindi protektado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>Itago lamang ang kailangan, sa FieldSafe, at burahin ang iba.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>Pagtatrabaho online nang mag-isa, hanggang hatinggabi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>Pagkasunduan ang oras ng trabaho, at isang kasamahang makakasama sa pag-debrief.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>Nakikilala natin ang mga sagot na isinulat mula sa script o sa ilalim ng kontrol.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>Magbahagi ng mga halimbawa sa team, nang walang pangalan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>May routine tayo para sa digital security.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>Balikan ito kasama ang safety lead bawat ilang buwan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>Maaaring pag-aari ng mga bata ang ilang account: alamin ang mga hakbang na dapat gawin kung ganoon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>Karagdagang banta para sa mga taong naaabot sa mga app na ginagamit ng mga sekswal na minorya.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>Kung mas pinupuntirya ng panliligalig online ang ilan sa atin kaysa sa iba.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>Maghanda ng hiwalay na mga account sa trabaho at isang device na may updated na software.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>Pagkasunduan ang una nating sasabihin, at ang hindi natin kailanman isusulat.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>Huwag magbahagi ng mga lugar o personal na detalye sa mga mensahe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>Tapusin ang usapang parang may script o nagbabanta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>Burahin ang hindi na kailangan; itala bilang insidente ang anumang banta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>Isang nagsasanay sa atin sa digital security; ang mga channel ng pag-report ng mga platform; mga helpline ng mga katuwang.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>Ituro ang mga tao sa helpline ng isang katuwang; magbahagi ng impormasyong hindi nangangailangan ng sagot.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>Pagsasalita sa publiko o gawain sa media</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>Pagsasalita sa mga event, sa mga mamamahayag o sa adbokasiya, lalo na kapag ikinukuwento ng isang survivor ang bahagi ng sarili niyang kuwento.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>Baguhin ang mga patakaran at pananaw ng publiko nang hindi inilalantad ang mga tagapagsalita o ang mga taong sinusuportahan natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>Nakikilala ang isang tagapagsalita ng mga nagsasamantala o ng mga tao mula sa kanyang nakaraan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>Mga banta, panliligalig o pinsala sa tagapagsalita o sa kanyang pamilya.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>Mapanghimasok o mahihirap na tanong mula sa mga tagapakinig o mamamahayag.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>Nabubuksang muli ang mga lumang sugat; naibabahagi ang mga detalyeng hindi gustong ibahagi ng tagapagsalita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>Pinupuntirya ng mga kalaban ang organisasyon kapag mas nakikita na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>Mga atake online, legal na panggigipit, pinsala sa reputasyon ng organisasyon.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>Ginagamit ang mga salita o larawan nang wala sa konteksto.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>Nababaluktot ang kuwento at nawawalan ng kontrol dito ang tagapagsalita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>Nararamdaman ng mga tagapagsalita na napipilitan silang magbahagi nang higit sa gusto nila.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>Pagkasunduan nang maaga kasama ang tagapagsalita kung ano ang hindi kailanman ibabahagi, at panindigan ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>Mga larawan at recording na hindi natin kontrolado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>Tanungin ang mga organizer tungkol sa mga larawan at recording bago pumayag.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>Walang nakalaang oras para magpahinga pagkatapos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>Magplano ng debrief at ng tahimik na oras pagkatapos ng bawat paglabas sa publiko.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>Ang tagapagsalita ang nagpapasya kung ano ang ibabahagi, at maaari siyang huminto anumang oras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>Magsanay ng mga paraan ng pagtanggi sa isang tanong.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>May kilala tayong mga mamamahayag at organizer na mapagkakatiwalaan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>Magtago ng maikling listahan nila at ibahagi ito sa team.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>Kung mas maraming pang-aabuso online ang natatanggap ng mga tagapagsalitang may ilang kasarian pagkatapos humarap sa publiko.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>Kung mas nalalantad sa pagkapoot ang mga tagapagsalitang mula sa mga komunidad na minorya.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>Maaaring makaapekto ang pagharap sa publiko sa aplikasyon para sa paninirahan: alamin muna bago pumayag.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>Maaaring kailanganin ng mga batang tagapagsalita ng higit na proteksiyon para hindi sila makilala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>Pagkasunduan kasama ang tagapagsalita kung ano ang ibabahagi at hindi ibabahagi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>Alamin kung sino ang nag-oorganisa, sino ang dadalo at paano ito ire-record.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>Nananatiling malapit ang isang katuwang at maaaring sumaklolo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>Tanggihan ang mga tanong na lumalampas sa hangganan; maaaring huminto ang tagapagsalita anumang oras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>Mag-debrief, at maglaan ng oras para magpahinga.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>Bantayan ang mga reaksiyon online at itala ang mga banta bilang insidente.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>Mga mamamahayag at organizer na pinagkakatiwalaan natin; isang legal na tagapayo; ang ating safety lead.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>Isang nakasulat na pahayag na babasahin ng iba; pagsasalita sa ibang pangalan, o nang binago ang boses at mukha; pagsasalita para sa organisasyon sa halip na bilang indibidwal.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>Outreach sa kalye</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>Mga pag-ikot ng outreach sa kalye o sa isang red-light district, paglapit sa mga taong maaaring nakararanas ng pagsasamantala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>Alam ng mga taong nakararanas ng pagsasamantala kung nasaan ang suporta at paano ito maaabot, at walang nalalagay sa panganib dahil sa pakikipag-usap sa atin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>Pisikal na atake mula sa mga nagsasamantala, bugaw, bumibili, kalaban o iba pa sa lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>Pinsala sa atin o sa mga taong nilalapitan natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>Minamatyagan, kinukunan ng larawan o sinusundan pagkatapos ng pag-ikot.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>Nalalaman ng mga taong tutol sa ating gawain ang ating mga mukha, ruta o opisina.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>Pasalitang panliligalig o pananakot.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>Takot at stress sa team; umiiwas ang mga tao na makipag-usap sa atin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>Pinaparusahan ang mga taong nilalapitan natin dahil nakita silang kasama natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>Pinsala mismo sa mga taong gusto nating suportahan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>Nasa paligid tayo ng mga tao at sitwasyong maaaring makapinsala sa atin nang ilang oras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>Panatilihing maikli ang mga pag-ikot, magpalitan, at magplano ng mga pahinga.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>Pag-alis nang mag-isa, o kasama ang isang bago pa sa lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>Laging magkapares, na may kahit isa sa atin na nakakaalam sa lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>Pagdadala ng mga papel na may pangalan o tala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>Dalhin lamang ang kailangan at isulat ito sa FieldSafe pagkatapos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>Kilala natin ang lugar at ang takbo nito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>Ibahagi ang napansin natin pagkatapos ng bawat pag-ikot, para matuto ang buong team.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>May ibang organisasyong nagtatrabaho sa parehong lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>Makipag-ugnayan sa kanila tungkol sa mga pagbabago at insidente.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>Kung magkakaiba ang reaksiyon ng mga bumibili o nagsasamantala rito sa mga babae, lalaki at trans na kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>Maaaring mas mahigpit na binabantayan ang mga kabataan sa lugar: lumapit nang may dagdag na pag-iingat.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>Kung iba ang tingin sa mga kasamahang kapareho ng wika o pinagmulan ng mga tao rito, sa mabuti man o sa masama.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>Pagpasyahan ang ruta, ang oras at kung sino ang pupunta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>Magkasundo sa isang senyas para umalis at sa isang lugar para magkitang muli.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>Bantayan kung sino ang nasa paligid at kung sino ang nakaririnig sa atin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>Kapag nagbigay ng senyas ang isa sa atin, aalis tayong dalawa, nang hindi na ito pinag-uusapan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>Ibang mga team ng outreach sa lugar; mga serbisyong pangkalusugan; mga taga-komunidad na pinagkakatiwalaan natin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>Lumabas kasama ang isang serbisyong pangkalusugan; mas kaunti at mas maiikling pag-ikot; mag-iwan ng impormasyon kung saan ito makukuha ng mga tao nang walang nakakakita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>Outreach sa mga apartment o bahay-aliwan</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>Pagbisita sa mga apartment, bahay-aliwan o iba pang saradong lugar kung saan maaaring may mga taong nakararanas ng pagsasamantala.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>Maabot ang mga taong hindi makalabas, at ligtas na makapag-iwan ng impormasyon sa kanila.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>Naroon ang isang taong kumokontrol sa lugar at tumutugon nang may galit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>Pisikal na pinsala; pinipigilang makaalis; pinaparusahan ang mga tao sa loob.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>Hindi natin makita kung sino pa ang nasa loob o kung paano lumabas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>Pagkakorner o pagkakakulong sa loob.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>Itinuturing ang pagbisita na banta sa negosyo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>Mga banta laban sa team o sa organisasyon sa kalaunan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>Isang raid ng pulis o inspeksiyon habang nasa pagbisita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>Nadadamay tayo, o ang mga tao sa loob, sa problemang legal.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>Mga saradong espasyong iisa ang daan papasok at palabas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>Pagkasunduan bago pumasok kung sino ang mananatili malapit sa pinto at kung kailan tayo aalis.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>Walang nakaaalam sa labas kung nasaan tayo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>Alam ng isang kasamahan sa labas kung saan tayo pumunta at kailan tayo magche-check in.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>Mahirap tapusin nang magalang ang pagbisita kapag may nagpupumilit na manatili tayo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>Pagkasunduan ang isang dahilan para umalis bago tayo pumasok.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>May ilang tao sa loob na kilala tayo at nagtitiwala sa atin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>Bumisita nang regular, sa mga oras na angkop sa kanila at mahirap hulaan ng iba.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>May dala tayong telepono na may nakahandang emergency contact.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>Suriin ang baterya at ang load bago ang bawat pagbisita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>Kung binabago ng pagbisita ng isang lalaki o ng isang babae ang panganib sa loob ng lugar na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>Maaaring matakot ang mga tao sa loob sa sinumang mukhang opisyal: sabihin nang simple kung sino tayo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>Kung may sinuman sa atin na nangangailangan ng mas madaling daan palabas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>Alamin ang lahat ng maaari tungkol sa lugar mula sa mga naunang pagbisita at sa mga katuwang.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>Sabihin sa isang kasamahan kung saan tayo pupunta at kailan tayo magche-check in.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>Isa sa atin ang mananatili malapit sa pinto at magbabantay.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>Panatilihing maikli ang pagbisita, at umalis kung may anumang hindi tama ang pakiramdam.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>Mag-check in sa kasamahan sa labas, gaya ng napagkasunduan.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>Mga serbisyong outreach pangkalusugan; mga legal na tagapayo; isang kasamahang naka-on call habang nasa pagbisita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>Mag-iwan ng impormasyon sa pamamagitan ng mga serbisyong pangkalusugan na bumibisita sa lugar; makipagkita sa mga tao sa labas, sa oras na sila ang pipili.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>Hindi pa natatasa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>Pisikal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>Berbal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>Minatyagan o sinundan</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>Legal o administratibo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>May nagtulak, pumigil, nanakit o tumama sa isang tao.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>Mga banta, insulto o sigaw.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>May nagmasid, kumuha ng larawan o sumunod sa amin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>Mga mensahe, account, larawan o datos online.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>Pagsusuri ng pulis, multa, kinuhang papeles, reklamo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>Anumang hindi akma sa itaas.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>Isang nagsasamantala o taong nagtatrabaho para sa kanila</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>Isang bumibili o kliyente</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>Pulis</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>Ibang awtoridad</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>Isang taga-komunidad</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>Isang online account</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>Isang taong hindi namin kilala</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>Iba pang tao</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>Nasuri na ang mga hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>Napakalabong mangyari</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>Malabong mangyari</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>Malamang</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>Napakalamang</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>Napakaliit</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>Maliit</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>Katamtaman</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>Malubha</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>Napakalubha</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>Mababa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>Mataas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>Napakataas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>Bago</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>Habang</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>Etnisidad</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>Relihiyon</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>Kapansanan</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>Oryentasyong sekswal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>Katayuan sa migrasyon</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>Oo, kasama ang mga hakbang sa ibaba</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>Hindi pa tiyak</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>Hindi: maghahanap tayo ng mas ligtas na paraan</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>Nakaplanong pagsusuri</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>Pagkatapos ng isang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>Bago ang isang gawain</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>Ibang dahilan</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>Madaling-araw</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>Umaga</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>Hapon</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>Gabi</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>Nakabukas na ang FieldSafe sa vault na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>Dapat nang lumitaw sa harap ang window nito. Iisang window lamang sa bawat pagkakataon ang makapagpapakita ng vault.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>Lumipat sa window nito para magpatuloy. Iisang window lamang sa bawat pagkakataon ang makapagpapakita ng vault.</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Lagyan ng tsek ang bawat kasamahang maaaring magbukas ng bundle, o ang isang buong team: mabubuksan ito ng bawat isa sa kanila, at ninyo rin, at wala nang iba. Ang mga kasamahan lamang na napaghambing na ninyo ang safety number ang nakalista.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>Ang buong team: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>Nilalagyan ng tsek ang lahat sa team: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>Naaabot ng team folder ang kasamahang ito.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>Hindi naaabot ng team folder ang kasamahang ito: file lamang.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>Paano ito makararating sa kanila:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>Ilagay ito sa &amp;team folder</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>Ilagay ito sa team folder</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>Dinadala ito ng sync engine sa bawat isa sa kanila, naka-encrypt; tinatanggap ito ng kanilang FieldSafe kapag binasa nito ang folder.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>Mag-save ng &amp;file na kayo mismo ang magpapasa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>Mag-save ng file na kayo mismo ang magpapasa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>Wala roon ngayon ang folder ng {teams}: nakakabit ba ang drive, o inilipat ba ang folder?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>Hindi sila naaabot ng team folder: {names}. Wala silang matatanggap sa ganitong paraan. Mag-aalok ang FieldSafe ng file para sa kanila pagkatapos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n update ng insidente</numerusform>
            <numerusform>%n update ng insidente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insidente</numerusform>
            <numerusform>%n insidente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n update ng plano</numerusform>
            <numerusform>%n update ng plano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plano</numerusform>
            <numerusform>%n plano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n update ng pagtatasa ng panganib</numerusform>
            <numerusform>%n update ng pagtatasa ng panganib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n pagtatasa ng panganib</numerusform>
            <numerusform>%n pagtatasa ng panganib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n update ng log</numerusform>
            <numerusform>%n update ng log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n log</numerusform>
            <numerusform>%n log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n update ng rekord</numerusform>
            <numerusform>%n update ng rekord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{what} mula kay {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>%n pang rekord</numerusform>
            <numerusform>%n pang rekord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>Dumating mula sa team folder: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>Mula sa team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>Suriin…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>Suriin ang mga update na naghihintay ng inyong pasya</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>Mga detalye…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>Mga detalye ng mga bundle na itinabi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>Isara ang abiso ng team folder</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>Wala roon ngayon ang team folder ng {team}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>Wala roon ngayon ang mga folder ng mga team na ito: {teams}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>Na-import pagkatapos ng inyong pasya: %n rekord.</numerusform>
            <numerusform>Na-import pagkatapos ng inyong pasya: %n rekord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n bundle ang itinabi at hindi na-import.</numerusform>
            <numerusform>%n bundle ang itinabi at hindi na-import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n update ang naghihintay ng inyong pasya.</numerusform>
            <numerusform>%n update ang naghihintay ng inyong pasya.</numerusform>
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
        <translation>Mga bundle na itinabi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>Walang na-import mula sa mga bundle na ito. Inilipat ang mga ito sa folder na “rejected” sa loob ng team folder, naka-encrypt pa rin.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} at {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>Inilalagay ito sa team folder…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>Hindi naipadala sa pamamagitan ng folder ng {teams}: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>Hindi naipadala ({names}): hindi na-verify ngayon. Muling paghambingin ang mga safety number sa Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>Hindi naipadala ({names}): wala sa isang team na may folder.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>Iniwan sa team folder para sa: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>Walang inilagay sa team folder.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>Tatanggapin ito ng kanilang FieldSafe sa susunod na pagbasa nito sa folder; hanggang doon, dinadala ito ng sync engine, naka-encrypt.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>Maaari kayong mag-save ng file para sa iba sa halip at ipasa ito gaya ng dati.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>Maaari kayong mag-save ng file sa halip at ipasa ito gaya ng dati.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>Mag-save ng file para sa kanila…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>Mag-save ng file para sa mga hindi naabot</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>Ipadala muli…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>Ipadala muli ang insidente</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>Binubuksan ang pagpili ng pagbabahagi: ang team folder, o isang file na ipapasa.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>Na-save ang insidente at iniwan sa team folder para sa: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>Na-save ang insidente. Hindi ito naipadala sa safety lead.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>Na-save ang insidente. Nabigo ang pagpapadala nito sa safety lead: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>Ibinabahagi ito ng Ipadala muli… sa karaniwang paraan: sa pamamagitan ng team folder, o bilang file.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>Na-save at naibahagi ang insidente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>Mga kasamahan o team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>Mga kasamahan</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>Mga &amp;team</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>Wala pang team folder. Walang ipinapadala o tinatanggap sa pamamagitan ng team na ito hangga&apos;t hindi kayo pumipili ng isa.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>Team folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>Wala roon ngayon ang team folder: {folder}. Nakakabit ba ang drive, o inilipat ba ang folder? Walang nawala; kung inilipat ito, piliin itong muli.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>nagbago ang key</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>hindi na-verify</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>safety lead</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>miyembro</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>Nagbago ang key ni {name}. Walang ipinapadala sa kanya o kinukuha mula sa kanya hangga&apos;t hindi ninyo muling napaghahambing ang safety number, sa tab na Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>Hindi na-verify ngayon si {name}. Walang ipinapadala sa kanya o kinukuha mula sa kanya hangga&apos;t hindi ninyo napaghahambing ang safety number, sa tab na Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>Hindi maidaragdag si {name}: nagbago ang kanyang key. Paghambingin muna muli ang mga safety number, nang magkasama at nang harapan, sa tab na Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>Hindi pa maidaragdag si {name}: paghambingin muna ang mga safety number, nang magkasama at nang harapan, sa tab na Mga kasamahan.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>May ibang team na may ganoong pangalan na. Pumili ng iba.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>Mag-type ng pangalan para sa team (hanggang 80 character).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>Ang na-verify na kasamahan lamang ang maaaring mapabilang sa isang team: paghambingin muna ang mga safety number.</translation>
    </message>
</context>
</TS>
