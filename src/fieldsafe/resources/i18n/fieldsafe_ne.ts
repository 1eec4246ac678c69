<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>संलग्न फाइल</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>संलग्न फाइल खोल्दै…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>संलग्न फाइलको झलक</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>अघिल्लो पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>अर्को पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>सानो बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>ठूलो बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>विन्डोमा मिलाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>सानो बनाउनुहोस् (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>ठूलो बनाउनुहोस् (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>विन्डोमा मिलाउनुहोस् (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>अघिल्लो पृष्ठ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>अर्को पृष्ठ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>PDF फाइलहरू जस्ताको तस्तै राखिन्छन्, तिनभित्र राखिएका कुनै पनि विवरणसहित।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>स्थान र क्यामेराको डेटा हटाइयो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>यो फोटो जस्ताको तस्तै राखियो, यसमा राखिएका कुनै पनि स्थान वा क्यामेराका विवरणसहित।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>यो फाइल देखाउन सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
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
        <translation>नयाँ गोप्य वाक्यांशले तुरुन्तै काम गर्छ र पुरानोले काम गर्न छोड्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>तपाईंले पुनःप्राप्ति कोडले FieldSafe खोल्नुभयो। तपाईंलाई आफ्नो गोप्य वाक्यांश याद छैन भने, अहिले नयाँ रोज्न सक्नुहुन्छ; पुरानोले काम गर्न छोड्छ। यो तपाईं नै हो भनी पुष्टि गर्न, कागजमा लेखिएको पुनःप्राप्ति कोड फेरि एक पटक टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>&amp;पुनःप्राप्ति कोड:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>हालको गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;हालको गोप्य वाक्यांश:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;नयाँ गोप्य वाक्यांश:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>नयाँ गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>नयाँ गोप्य वाक्यांश पुष्टि &amp;गर्नुहोस्:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>नयाँ गोप्य वाक्यांश पुष्टि गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>तिजोरीलाई नयाँ साँचोले &amp;फेरि इन्क्रिप्ट पनि गर्नुहोस् (सिफारिस गरिएको)। पुरानो साँचो फाइलका प्रतिलिपिहरूले काम गर्न छोड्छन्, र तपाईंले लेखेर राख्न नयाँ पुनःप्राप्ति कोड पाउनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>तिजोरी फेरि इन्क्रिप्ट पनि गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>गोप्य वाक्यांश &amp;बदल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>गोप्य वाक्यांश बदल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>अहि&amp;ले होइन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>अहिले होइन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>तपाईंको नयाँ पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>नयाँ पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>तिजोरीमा अब नयाँ साँचो छ। यो नयाँ कोड अहिले नै कागजमा लेख्नुहोस् र त्यो कागज यो ल्यापटपबाट अलग राख्नुहोस्, त्यसपछि पुरानो कोड नष्ट गर्नुहोस्: त्यसले अब तिजोरी खोल्दैन। पहिले बनाइएका ब्याकअपहरू भने तिनलाई बनाउँदा मान्य रहेको गोप्य वाक्यांश र पुनःप्राप्ति कोडले नै खुल्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>मैले लेखेर &amp;राखें</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>मैले लेखेर राखें</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>गोप्य वाक्यांश बदलिँदै…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>हप्ता अनुसार मनको अवस्था</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>हप्ताको औसत मनको अवस्था (0 = धेरै गाह्रो, 10 = धेरै राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>मन हल्का गर्ने लेखाइ / भेट</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>अहिलेसम्म मनको अवस्था टिपिएको छैन।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>%Ln भेटमध्ये {debriefed} पछि मन हल्का गर्ने लेखाइ लेखियो</numerusform>
            <numerusform>%Ln भेटहरूमध्ये {debriefed} पछि मन हल्का गर्ने लेखाइ लेखियो</numerusform>
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
            <numerusform>{first} देखि {last} सम्म %Ln हप्ता</numerusform>
            <numerusform>{first} देखि {last} सम्म %Ln हप्ता</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln पटक मनको अवस्था टिपियो</numerusform>
            <numerusform>%Ln पटक मनको अवस्था टिपियो</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>पछिल्लो हप्तामा मनको अवस्था टिपिएन</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>पछिल्लो हप्ताको औसत {average} छ</translation>
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
        <translation>{date} को हप्ता</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>मनको अवस्था टिपिएन</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln पटक मनको अवस्था टिपियो, औसत {average}</numerusform>
            <numerusform>%Ln पटक मनको अवस्था टिपियो, औसत {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>कोड पुस्तिका</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>व्यक्ति कोडले नाम नलेखीकनै धेरै टिपोटहरूमा एउटै व्यक्तिलाई चिन्न मद्दत गर्छ। ध्यान दिनुपर्ने शब्दहरू (नाम, उपनाम) यहीँ रहन्छन्: ती कुनै टिपोटमा आए भने FieldSafe ले देखाइदिन्छ, ताकि तपाईं त्यसको सट्टा कोड प्रयोग गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>कोडहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>जस्तै A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>ध्यान दिनुपर्ने शब्दहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>नाम वा उपनाम, अल्पविरामले छुट्याएर</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>निजी नोट</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>व्यक्तिलाई चिन्न मद्दत गर्ने कुरा मात्र। यो तिजोरीमा मात्र राखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;नयाँ कोड</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>नयाँ कोड</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>कोड &amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>कोड सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>कोड &amp;मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>कोड मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;कोड:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>ध्यान दिनुपर्ने &amp;शब्दहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>नि&amp;जी नोट:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>यो सम्पादन रद्द गर्न फेरि बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>पहिले कोड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>यो कोड कोड पुस्तिकाबाट मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>यो कोड प्रयोग गर्ने टिपोटहरूमा कोड रहिरहन्छ; यहाँको प्रविष्टि र त्यसको नोट मात्र मेटिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>सहकर्मीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>इन्टरनेटबिना योजना साझा गर्न, आफ्नो कार्ड (कोड वा फाइल) सहकर्मीलाई दिनुहोस् र उहाँको कार्ड आयात गर्नुहोस्। त्यसपछि सुरक्षा नम्बर सँगै, आमनेसामने मिलाउनुहोस्: दुवै स्क्रिनमा यो उस्तै हुनुपर्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>तपाईंको कार्डमा तपाईंको नाम देखिन्छ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>हरेक नयाँ कार्डमा हुने नाम यही हो, त्यसैले सहकर्मीहरूले तपाईंलाई अरूबाट छुट्याउन सक्नुहुन्न। प्राथमिकताहरूमा आफ्नो नाम वा उपनाम रोज्नुहोस्; सहकर्मीहरूले पनि आफ्नो तर्फबाट तपाईंलाई नाम दिन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>कोडका रूपमा मेरो कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>मेरो कार्ड फाइलका रूपमा सेभ गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>मेरो कार्ड फाइलका रूपमा सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>कार्ड फाइल आयात गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>कार्ड फाइल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>वा कार्ड यहाँ टाँस्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>टाँसिएको कार्ड थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>यी सहकर्मीका लागि देखाइने नाम</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>देखाइने &amp;नाम:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>नाम सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>यी सहकर्मीका लागि देखाइने नाम सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>यो नाम तपाईंले मात्र देख्नुहुन्छ: FieldSafe मा जताततै यी सहकर्मीका लागि यही नाम देखाइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>नम्बर मिल्यो: प्रमाणित भनी चिनो लगाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>प्रमाणित भनी चिनो लगाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>यी सहकर्मीलाई हटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>सहकर्मी हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>मेरो कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>सहकर्मीको कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>प्रमाणित</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>साँचो बदलियो: फेरि मिलाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>अझै प्रमाणित गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>प्रमाणित। यी सहकर्मीसँग योजना साझा गर्न सकिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>यी सहकर्मीको साँचो बदलियो। तपाईंले नम्बर फेरि नमिलाउन्जेल केही पनि साझा गरिँदैन वा लिइँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>अझै प्रमाणित गरिएको छैन। नम्बर सँगै, आमनेसामने मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>“{name}” अरू कसैका लागि पहिले नै देखाइएको छ, वा त्यस्तै देखिन्छ। त्यससँग झुक्किन नसकिने नाम रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>यी सहकर्मीका लागि नाम वा उपनाम टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>यी सहकर्मीलाई अब “{name}” नामले देखाइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>मेरो कार्ड सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>FieldSafe कार्डहरू (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>कार्ड सेभ भयो। यसमा सार्वजनिक साँचोहरू मात्र छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>कार्ड आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>FieldSafe कार्डहरू (*.fieldsafe-card);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>कार्ड थपियो। अब सुरक्षा नम्बर आमनेसामने मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>{name} लाई सहकर्मीहरूबाट हटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>उहाँको कार्ड तिजोरीबाट मेटिन्छ। उहाँले पहिले नै पठाएका योजनाहरू तपाईंले नमेटाउन्जेल रहन्छन्। तपाईंले उहाँको कार्ड फेरि थपेर सुरक्षा नम्बर नमिलाउन्जेल उहाँबाट आएका पोकाहरू अस्वीकार गरिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>सहकर्मी हटाइयो।</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>आफ्नो पुनःप्राप्ति कोड जाँच्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>पुनःप्राप्ति कोडको समूह</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>मेरो तिजोरी &amp;खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>कोड सही लेखिएको छ भनी निश्चित हुन, कृपया आफ्नो कागजबाट कोडको समूह {number} टाइप गर्नुहोस् (समूहहरू ड्यासले छुट्टिएका छन्)। कोड फेरि हेर्न तपाईं पछाडि जान सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;समूह {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>मिल्यो। कागज कतै सुरक्षित ठाउँमा राख्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>यो अझै उस्तै छैन। कृपया कोडसँग मिलाएर हेर्नुहोस्।</translation>
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
        <translation>कहिले</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>यो कुन भेटपछिको हो</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>मलाई कस्तो छ, 0 (धेरै गाह्रो) देखि 10 (धेरै राम्रो) सम्म</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>यसपालि मनको अवस्था नटिप्ने</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>केही शब्दमा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>चाहनुहुन्छ भने, केही शब्दमा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>मेरा नोटहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>अरू जे पनि, जति लामो वा छोटो चाहनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>मैले यसबारे कसैसँग कुरा गरें</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>प्रविष्टि सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>प्रविष्टि मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>कहिले:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>कुन भेटपछि:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>मलाई कस्तो छ:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>मेरा नोटहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>डायरीको प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ड्राफ्टबाट फिर्ता ल्याइयो। राख्न सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>कुनै खास भेट होइन</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>शीर्षक छैन</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>तपाईंको डायरीमा सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>डायरीको यो प्रविष्टि मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>यो तिजोरीबाट सधैँका लागि हटाइनेछ।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%Ln फाइल अब तिजोरीमा छ। मूल फाइल मेटाउने?</numerusform>
            <numerusform>%Ln फाइलहरू अब तिजोरीमा छन्। मूल फाइलहरू मेटाउने?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>टोली फोल्डर भनेको Syncthing जस्तो सिंक इन्जिनले तपाईंको टोलीका उपकरणहरूबीच ओसारपसार गर्ने फोल्डर हो। FieldSafe ले त्यहाँ इन्क्रिप्ट गरिएका पोकाहरू र सार्वजनिक कार्डहरू मात्र लेख्छ; सिंक इन्जिनले नाम वा अभिलेखमा के लेखिएको छ भन्ने कहिल्यै देख्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>टोलीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>नयाँ टोलीको नाम</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>&amp;नयाँ टोली:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>टोली बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>यो टोलीको नाम</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>ना&amp;म:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>नाम सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>टोलीको नाम सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>टोली फोल्डर रोज्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>टोली फोल्डर रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>टोली फोल्डर छैन</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>टोली फोल्डर प्रयोग गर्न छोड्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>प्रमाणित सहकर्मीहरू मात्र सामेल हुन सक्नुहुन्छ। सुरक्षा प्रमुखलाई पठाइएका कुरा, जस्तै नयाँ घटना, सुरक्षा प्रमुखले पाउनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>यो टोलीका सदस्यहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>सुरक्षा प्रमुख</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>छानिएका सदस्य सुरक्षा प्रमुख हुनुहुन्छ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>टोलीबाट हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>छानिएका सदस्यलाई टोलीबाट हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>यो टोलीमा नभएका सहकर्मीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>टोलीमा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>छानिएका सहकर्मीलाई टोलीमा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>टोलीले भेट्टाउन सकोस् भनेर आफ्नो कार्ड फोल्डरमा राख्नुहोस्। त्यहाँका कार्डहरू प्रतिलिपि मात्र हुन्; सुरक्षा नम्बर आमनेसामने नमिलाइन्जेल तिनलाई कहिल्यै भरोसा गरिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>मेरो कार्ड टोली फोल्डरमा राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>टोली फोल्डरका कार्डहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>टोली फोल्डरका कार्डहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>यो टोली मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>यो टोली मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>टोली फोल्डर</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>सदस्यहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>सहकर्मी थप्नुहोस्</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>अहिलेसम्म कुनै सम्पर्क टिपोट छैन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>भेटपछि के भयो, के सहमति भयो र पछि के गर्ने भनेर लेख्नुहोस्। नाम होइन, व्यक्ति कोड प्रयोग गर्नुहोस्। जुनसुकै बेला टिपोट सुरु गर्न {shortcut} थिच्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>पहिलो टिपोट लेख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>अहिलेसम्म कुनै भेट योजना छैन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>सहकर्मीसँग कसैलाई भेट्नुअघि सँगै योजना बनाउनुहोस्: कहाँ र कहिले, “अहिले नै निस्कौं” भन्ने अर्थको संकेत, र पछि कसले कसलाई खबर गर्ने। योजना कार्डका रूपमा खल्तीमा राख्न वा सहकर्मीलाई दिन सकिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>भेटको योजना बनाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>स्थानको प्रकारले फिल्टर गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>जुनसुकै प्रकारको स्थान</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>व्यक्ति कोडले फिल्टर गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>व्यक्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>ट्यागले फिल्टर गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>ट्याग</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>जुनसुकै मितिदेखि</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>यो मितिदेखि</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>जुनसुकै मितिसम्म</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>यो मितिसम्म</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>पछिको काम बाँकी</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>पछिको काम बाँकी भएका टिपोट मात्र</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>फिल्टर हटाउनुहोस्</translation>
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
        <translation>टोली फोल्डरका कार्डहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>“{team}” टोलीको फोल्डरमा राखिएका, तपाईंसँग अझै नभएका कार्डहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>फोल्डरमा लेख्न सक्ने जोसुकैले यहाँ कार्ड राखेको हुन सक्छ। यहाँबाट थपिएको कार्डलाई कहिल्यै भरोसा गरिँदैन: तपाईंहरूले सुरक्षा नम्बर सँगै, आमनेसामने नमिलाउन्जेल ती सहकर्मीसँग केही साझा गरिँदैन, न उहाँबाट केही लिइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>सहकर्मीका रूपमा थप्नुहोस् (प्रमाणित छैन)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>यो कार्डलाई प्रमाणित नगरी सहकर्मीका रूपमा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>थप्न बाँकी कुनै कार्ड छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>यो कार्डको नाम {name} जस्तो देखिन्छ, जुन नाम तपाईंसँग पहिले नै छ। यसलाई थप्दा, तपाईंले सुरक्षा नम्बर फेरि नमिलाउन्जेल ती सहकर्मीसँगको आदानप्रदान रोकिन सक्छ। ती सहकर्मीले आफ्नो कार्ड बदलियो भनी तपाईंलाई आमनेसामने भन्नुभएको छ भने मात्र यसलाई थप्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>थपेपछि, “सहकर्मीहरू” ट्याबमा {name} सँग सुरक्षा नम्बर आमनेसामने मिलाउनुहोस्। त्यसपछि मात्र उहाँ टोलीमा सामेल हुन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>{name} का रूपमा थपियो, प्रमाणित छैन। “सहकर्मीहरू” ट्याबमा सुरक्षा नम्बर सँगै, आमनेसामने मिलाउनुहोस्।</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>पछिको काम थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>सकियो</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>के गर्ने, र कसले गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>म्याद छैन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>पछिको काम {n} सकियो</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>पछिको काम {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>पछिको काम {n} को म्याद</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>पछिको काम {n} हटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>बाक्लो</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>ब</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>बुँदागत सूची</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• सूची</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>नम्बर भएको सूची</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. सूची</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>यो टिपोट हरेक पटक सेभ गर्दा, पहिले त्यसमा जे लेखिएको थियो त्यो राखियो। हालको संस्करणसँगै हेर्न पहिलेको कुनै संस्करण रोज्नुहोस्; फरक भएका फिल्डहरूमा “बदलियो” लेखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>पहिलेका संस्करणहरू छैनन्: पहिलो पटक सेभ गरेदेखि यो टिपोट सम्पादन गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>पहिलेका संस्करणहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;सेभ गरिएका संस्करणहरू, नयाँ पहिले:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>पहिलेको संस्करण</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>&amp;पहिलेको संस्करण</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>हालको संस्करण</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>&amp;हालको संस्करण</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>पहिलेका संस्करणहरू मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>पहिलेका संस्करणहरू मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>&amp;हालको संस्करण, {time} मा सेभ गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>{time} मा सेभ गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>यो टिपोटका पहिलेका संस्करणहरू मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>हालको संस्करण मात्र राखिन्छ। पहिलेको कुनै संस्करणमा राख्न नहुने कुरा छ भने यसो गर्नुहोस्, जस्तै तपाईंले व्यक्ति कोडले बदलेको नाम। यो पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>पहिलेका संस्करणहरू मेटाइए।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%Ln फिल्ड हालको संस्करणभन्दा फरक छ।</numerusform>
            <numerusform>%Ln फिल्डहरू हालको संस्करणभन्दा फरक छन्।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>यो संस्करण हालको संस्करणजस्तै छ।</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>को संलग्न थिए</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>सबै देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>सबै घटनाहरू देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>जुनसुकै प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>जुनसुकै प्रकारको स्थान</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>जुनसुकै क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>जोसुकै</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>जुनसुकै स्थिति</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(शीर्षक छैन)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>कहिले</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>महिना र प्रकार अनुसार घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>स्थानको प्रकार अनुसार घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>संलग्न व्यक्ति अनुसार घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>दिनको समय अनुसार घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>ढाँचाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>गन्नुपर्ने कुनै घटना छैन।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%Ln घटना गनियो। धेरै किसिमका मानिस संलग्न भएको घटना हरेक किसिममा एक पटक गनिन्छ।</numerusform>
            <numerusform>%Ln घटनाहरू गनिए। धेरै किसिमका मानिस संलग्न भएको घटना हरेक किसिममा एक पटक गनिन्छ।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>सबै</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} देखि {end} सम्म)</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>समयरेखामा घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>प्रकार दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>उपायहरू पुनरावलोकन गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>देखाउनुपर्ने कुनै घटना छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} देखि {end} सम्म</translation>
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
            <numerusform>{first} देखि {last} सम्म %Ln घटना</numerusform>
            <numerusform>{first} देखि {last} सम्म %Ln घटनाहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%Ln खुला</numerusform>
            <numerusform>%Ln खुला</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>{zoom} देखाउँदै, {window}: %Ln घटना</numerusform>
            <numerusform>{zoom} देखाउँदै, {window}: %Ln घटनाहरू</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>प्रकार अनुसार: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>छानिएको: {incident}</translation>
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
        <translation>घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>समयसँगै धम्की र घटनाहरू, र तिनमा देखिने ढाँचाहरू: कहाँ, कस्तो किसिमको, को संलग्न थिए, दिनको कुन समयमा।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>केही भयो…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>घटना दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>संस्थाका लागि सारांश सेभ गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>संस्थाका लागि सारांश सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>ठूलो बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>ठूलो बनाउनुहोस् (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>सानो बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>सानो बनाउनुहोस् (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>समयरेखामा: एरो कीहरूले एउटा घटनाबाट अर्कोमा लैजान्छन्, + र - ले ठूलो-सानो बनाउँछन्, Page Up र Page Down ले समयमा अगाडि-पछाडि लैजान्छन्, Enter ले खोल्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>ढाँचाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>समयरेखा र ढाँचाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>साझा गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>छानिएका घटनाहरू साझा गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>तपाईंले छान्नुभएका सहकर्मीहरूका लागि एउटै पोको। धेरै छान्न Shift वा Ctrl प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>पहिलेका संस्करणहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>घटनाका पहिलेका संस्करणहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>छानिएका घटनाहरू मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>पोको प्राप्त गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>पोको प्राप्त गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>देखाइँदै: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>अहिलेसम्म कुनै घटना दर्ता गरिएको छैन। केही भएमा, यहाँ वा जहाँबाट पनि Ctrl+I थिचेर दर्ता गर्नुहोस्: हरेक प्रश्न छोड्न सकिन्छ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>घटनाहरूमध्ये %Ln फिल्टरसँग मिल्छ।</numerusform>
            <numerusform>घटनाहरूमध्ये %Ln फिल्टरसँग मिल्छन्।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>यी फिल्टरसँग कुनै घटना मिल्दैन।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>%Ln घटनासहित पोको सेभ भयो: तपाईंले छान्नुभएका सहकर्मीहरू र तपाईंका लागि इन्क्रिप्ट गरिएको।</numerusform>
            <numerusform>%Ln घटनाहरूसहित पोको सेभ भयो: तपाईंले छान्नुभएका सहकर्मीहरू र तपाईंका लागि इन्क्रिप्ट गरिएको।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%Ln घटना मेटाइयो।</numerusform>
            <numerusform>%Ln घटनाहरू मेटाइए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>डायरीका सेटिङहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>नयाँ प्रविष्टिहरूमा मार्गदर्शक प्रश्नहरू देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>मार्गदर्शक प्रश्नहरू, एक लाइनमा एउटा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>डायरी खोल्नुअघि मेरो गोप्य वाक्यांश सोध्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>हालका धेरै पटक मनको अवस्था गाह्रो रहेको भए नरम रूपमा जनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>मार्गदर्शक प्रश्नहरू (एक लाइनमा एउटा; चाहनुहुन्छ भने आफ्नै लेख्नुहोस्):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>तपाईंको डायरी लक गरिएको छ। खोल्न आफ्नो गोप्य वाक्यांश लेख्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>मेरो डायरी खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>डायरीका प्रविष्टिहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>तपाईंको डायरी खाली छ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>यो ठाउँ तपाईंको हो: गाह्रो दिनपछि केही शब्द, वा मनको अवस्था मात्र। तपाईंले हरेक पटक आफैं नरोजेसम्म यहाँको केही पनि साझा गरिँदैन, खोजिँदैन वा निर्यात गरिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>पहिलो प्रविष्टि लेख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>नयाँ प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>डायरीको नयाँ प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>मेरो सहारा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>डायरीका सेटिङहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>डायरीका सेटिङहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>हालका धेरै पटकको मनको अवस्थामा कुराहरू गाह्रो लागेको देखिन्छ। यस काममा यस्तो हुन्छ। तपाईंको सहारा सूची, वा केही आरामले मद्दत गर्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>मेरो सहारा सूची खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>यो लुकाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>यो सूचना लुकाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>त्यो गोप्य वाक्यांशले तपाईंको डायरी खुलेन। तपाईंको तिजोरी खुलै रहन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>जाँच्दै…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>मनको अवस्था: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>यो कम्प्युटरको जस्तै</translation>
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
        <translation>FieldSafe लक गरिएको छ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>तपाईंका अभिलेखहरू इन्क्रिप्ट गरिएका छन्। खोल्न आफ्नो गोप्य वाक्यांश टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;गोप्य वाक्यांश:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>बिर्सनुभयो? यसको सट्टा यहाँ आफ्नो पुनःप्राप्ति कोड टाइप गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>खोलिँदै</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>सन्देश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ब्याकअपबाट &amp;फिर्ता ल्याउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>ब्याकअपबाट फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>कृपया आफ्नो गोप्य वाक्यांश वा पुनःप्राप्ति कोड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>खोलिँदै…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>फोटो वा PDF संलग्न गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>संलग्न गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>हेर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>संलग्न फाइल हेर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>संलग्न फाइल हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>फोटोबाट स्थान र क्यामेराका विवरण हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>संलग्न फाइलहरू इन्क्रिप्ट गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>यो संलग्न फाइल हटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>यो तिजोरीबाट सधैँका लागि हटाइनेछ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>संलग्न फाइल हटाइयो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="115"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>A few words; use person codes, not names</source>
        <translation>केही शब्द; नाम होइन, व्यक्ति कोड प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="120"/>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>When</source>
        <translation>कहिले</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="123"/>
        <source>How long (minutes)</source>
        <translation>अवधि (मिनेट)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="126"/>
        <location filename="../../ui/logs/form.py" line="130"/>
        <source>Not recorded</source>
        <translation>टिपिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source> min</source>
        <translation> मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="129"/>
        <source>Setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>A district or part of town, never an exact address</source>
        <translation>कुनै टोल वा सहरको भाग, कहिल्यै ठ्याक्कै ठेगाना होइन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="138"/>
        <source>Who went</source>
        <translation>को-को गए</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>म र सहकर्मीहरू, अल्पविरामले छुट्याएर</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>व्यक्ति कोडहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>नाम होइन, कोड; जस्तै A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="143"/>
        <source>Code book…</source>
        <translation>कोड पुस्तिका…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="144"/>
        <source>Code book</source>
        <translation>कोड पुस्तिका</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="148"/>
        <source>What happened</source>
        <translation>के भयो</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="155"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>के भयो, के सहमति भयो, पछि के गर्ने। नामको सट्टा कोड।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="160"/>
        <source>Needs expressed</source>
        <translation>बताइएका आवश्यकता</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="163"/>
        <source>Information and referrals given</source>
        <translation>दिइएको जानकारी र रेफरल</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="167"/>
        <source>Safety observations</source>
        <translation>सुरक्षा अवलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="168"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>कसैले हेरिरहेको वा पछ्याइरहेको थियो? कुनै खतरा?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="171"/>
        <source>Register as an incident…</source>
        <translation>घटनाका रूपमा दर्ता गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Register as an incident</source>
        <translation>घटनाका रूपमा दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="174"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>यो टिपोट र यसका सुरक्षा अवलोकनसहित घटना फारम खोल्नुहोस् (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="177"/>
        <source>Tags</source>
        <translation>ट्यागहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="178"/>
        <source>e.g. health, housing</source>
        <translation>जस्तै स्वास्थ्य, आवास</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="181"/>
        <source>There are paper notes of this meeting</source>
        <translation>यो भेटका कागजी नोटहरू छन्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="185"/>
        <location filename="../../ui/logs/form.py" line="379"/>
        <source>I have destroyed them</source>
        <translation>मैले ती नष्ट गरें</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>Paper notes destroyed</source>
        <translation>कागजी नोटहरू नष्ट गरियो</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="188"/>
        <source>No review date</source>
        <translation>पुनरावलोकन मिति छैन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>Review by</source>
        <translation>पुनरावलोकन मिति</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="191"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>यो मितिमा “आज” दृश्यले यो टिपोट राख्ने कि मेटाउने भनेर सोध्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>T&amp;itle:</source>
        <translation>&amp;शीर्षक:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>&amp;When:</source>
        <translation>&amp;कहिले:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>How &amp;long:</source>
        <translation>&amp;अवधि:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Se&amp;tting:</source>
        <translation>स्था&amp;नको प्रकार:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="214"/>
        <source>Area:</source>
        <translation>क्षेत्र:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="215"/>
        <source>Who went:</source>
        <translation>को-को गए:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="219"/>
        <source>&amp;Person codes:</source>
        <translation>&amp;व्यक्ति कोडहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="225"/>
        <source>Wh&amp;at happened:</source>
        <translation>के &amp;भयो:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="233"/>
        <source>Outreach log</source>
        <translation>सम्पर्क टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="290"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>व्यक्तिले &amp;बताएका आवश्यकता:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="292"/>
        <source>Information and &amp;referrals given:</source>
        <translation>दिइएको जानकारी र &amp;रेफरल:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="294"/>
        <source>Follow-&amp;ups:</source>
        <translation>&amp;पछिका कामहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Safet&amp;y observations:</source>
        <translation>सुरक्षा अव&amp;लोकन:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="299"/>
        <source>Tags:</source>
        <translation>ट्यागहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="306"/>
        <source>Paper notes:</source>
        <translation>कागजी नोटहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="308"/>
        <source>Attach&amp;ments:</source>
        <translation>संलग्न फा&amp;इलहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="310"/>
        <source>Review &amp;by:</source>
        <translation>पुनरावलोकन &amp;मिति:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>नष्ट गरिएको अझै पुष्टि भएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="383"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>नष्ट गरियो, {time} मा पुष्टि गरिएको।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="387"/>
        <source>Not destroyed after all</source>
        <translation>वास्तवमा नष्ट गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="457"/>
        <source>me</source>
        <translation>म</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>कोडले बदल्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>व्यक्ति कोडले बदल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>यसै राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>यो पाठ यसै राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>“{text}” फोन नम्बरजस्तो देखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>“{text}” इमेल ठेगानाजस्तो देखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>“{text}” तपाईंले कोड पुस्तिकामा {code} का लागि राख्नुभएको नाम हो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>यो ल्यापटप हरायो भने, व्यक्ति कोडले ती व्यक्तिलाई बढी सुरक्षित राख्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>{code} ले बदल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>अहिलेसम्म कुनै कोड छैन: कोड पुस्तिकामा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>पहिलेका संस्करणहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>पहिलेका संस्करणहरू</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>मेटा&amp;उनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>सम्पा&amp;दन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>सेभ गरिएको यो टिपोट बदल्नुहोस् (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>&amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ड्राफ्टबाट फिर्ता ल्याइयो। राख्न सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>सेभ भयो। बदल्न “सम्पादन गर्नुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>भेट योजनाबाट भरियो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>यो सम्पर्क टिपोट मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>यो टिपोट यसका पहिलेका संस्करण र संलग्न फाइलहरूसहित तिजोरीबाट सधैँका लागि हटाइनेछ। यो पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>टिपोट मेटाइयो।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%Ln फाइल तिजोरीमा थपियो।</numerusform>
            <numerusform>%Ln फाइलहरू तिजोरीमा थपिए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%Ln फाइल थपिएन:</numerusform>
            <numerusform>%Ln फाइलहरू थपिएनन्:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%Ln मूल फाइल मेटाइयो।</numerusform>
            <numerusform>%Ln मूल फाइलहरू मेटाइए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>तीमध्ये %Ln लाई पहिले अधिलेखन गर्न सकिएन, मेटाउन मात्र सकियो।</numerusform>
            <numerusform>तीमध्ये %Ln लाई पहिले अधिलेखन गर्न सकिएन, मेटाउन मात्र सकियो।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%Ln मूल फाइल पहिले नै थिएन।</numerusform>
            <numerusform>%Ln मूल फाइलहरू पहिले नै थिएनन्।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%Ln मूल फाइल मेटाउन सकिएन (फाइल वा त्यसको फोल्डर पढ्न मात्र मिल्ने छ, वा त्यो लिङ्क हो)। यसलाई अर्को तरिकाले मेटाउनुहोस्।</numerusform>
            <numerusform>%Ln मूल फाइलहरू मेटाउन सकिएन (फाइल वा त्यसको फोल्डर पढ्न मात्र मिल्ने छ, वा त्यो लिङ्क हो)। तिनलाई अर्को तरिकाले मेटाउनुहोस्।</numerusform>
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
            <numerusform>मिल्ने सबैभन्दा हालको %Ln अभिलेखमध्ये सबैभन्दा नजिकका नतिजा। पुराना भेट्टाउन अर्को शब्द थप्नुहोस्।</numerusform>
            <numerusform>मिल्ने सबैभन्दा हालका %Ln अभिलेखहरूमध्ये सबैभन्दा नजिकका नतिजा। पुराना भेट्टाउन अर्को शब्द थप्नुहोस्।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>टिपोट सेभ भयो। भेट कस्तो रह्यो भनेर आफ्नै लागि केही लाइन लेख्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>अहिले लेख्छु</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>पछि सम्झाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>यसपालि होइन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>छाप्नका लागि पहिले एक वा बढी टिपोट रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>सबै अभिलेखहरूमा खोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;खोज:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>सम्पर्क टिपोटहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>खोजका नतिजाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>&amp;फिल्टरहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>फिल्टरहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>मेरो डायरी पनि समावेश गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>यो खोजमा मेरो डायरी पनि समावेश गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>यी फिल्टरसँग कुनै टिपोट मिल्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>तपाईंको डायरी लक गरिएको छ: खोजमा समावेश गर्न पहिले यसलाई खोल्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>सबैभन्दा मिल्ने नतिजा पहिले; तल सार्दै जाँदा अरू देखिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>केही भेटिएन। कम वा छोटा शब्दहरूले खोजेर हेर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>&amp;नयाँ टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>&amp;पहिलेका संस्करणहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;छाप्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF का रूपमा से&amp;भ गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;कोड पुस्तिका…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;आज</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>&amp;ब्याकअप गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>गोप्य &amp;वाक्यांश बदल्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;लक गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>&amp;अहिले नै सबै लुकाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>बाहि&amp;रिनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>FieldSafe ले के जो&amp;गाउँछ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>यो तिजोरी &amp;पूरै मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>&amp;तिजोरी</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>प्रा&amp;थमिकताहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>&amp;टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;जानुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>सहा&amp;यता</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>FieldSafe को बारे&amp;मा</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>मुख्य उपकरणपट्टी</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>नयाँ टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>आज देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>लक गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>यो टिपोट सम्पा&amp;दन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>केही भ&amp;यो…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>&amp;फेला पार्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>खण्ड {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>पट्टी बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>ब्याकअप लेखिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>ब्याकअप लेखियो। यसलाई यो ल्यापटपबाट अलग राख्नुहोस्; यो तपाईंको गोप्य वाक्यांश वा पुनःप्राप्ति कोडले खुल्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>गोप्य वाक्यांश बदलियो।</translation>
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
            <numerusform>%Ln नतिजा</numerusform>
            <numerusform>%Ln नतिजाहरू</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>मन हल्का गर्न लेख्ने सम्झना “आज” दृश्यमा छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>तपाईंको सम्पादन सेभ हुन सकेन (तलको सन्देश हेर्नुहोस्)। यसलाई रद्द गर्न फेरि बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>मेरो डायरी</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>भेट योजनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>जोखिम मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>खण्डहरू</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>{first} देखि {last} सम्म %Ln महिना</numerusform>
            <numerusform>{first} देखि {last} सम्म %Ln महिना</numerusform>
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
        <translation>सहकर्मीहरूका लागि तपाईंको नाम</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>तपाईंले भेट योजना साझा गर्दा, सहकर्मीहरूले यो नाम तपाईंको कार्डमा र सुरक्षा नम्बरको तपाईंको आधा भागमाथि देख्नुहुन्छ, जसले गर्दा उहाँहरूले तपाईंलाई अरूबाट छुट्याउन सक्नुहुन्छ। पहिलो नाम वा उहाँहरूले चिन्ने उपनाम भए पुग्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>तपाईंको नाम वा उपनाम</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>तपाईंको &amp;नाम वा उपनाम:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>तपाईंको कार्ड गोप्य होइन: यसलाई देख्ने जोसुकैले यो नाम पढ्न सक्छ। यसलाई पछि प्राथमिकताहरूमा बदल्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>मेरो तिजोरी &amp;खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>सहकर्मीहरूले देख्नुहुनेछ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>यो खाली छोड्नुभयो भने, सहकर्मीहरूले {name} देख्नुहुनेछ, जुन हरेक नयाँ कार्डमा हुने नाम हो, र उहाँहरूले आफैं तपाईंलाई नाम नदिउन्जेल तपाईंलाई अरूबाट छुट्याउन सक्नुहुनेछैन।</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>कृपया कम्तीमा %Ln अक्षर प्रयोग गर्नुहोस् (अहिलेसम्म {count})। अर्को एउटा शब्द थप्नु सबैभन्दा सजिलो उपाय हो।</numerusform>
            <numerusform>कृपया कम्तीमा %Ln अक्षर प्रयोग गर्नुहोस् (अहिलेसम्म {count})। अर्को एउटा शब्द थप्नु सबैभन्दा सजिलो उपाय हो।</numerusform>
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
        <translation>पात्रोमा रोज्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>भोलि</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>एक हप्तापछि</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>एक महिनापछि</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>मिति छैन</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: पात्रो र छिटो छनोट</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: पात्रो</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>अझै मिति भएन: तपाईंले {example} जस्तो मिति टाइप नगरुन्जेल {kept} नै रहन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>अझै मिति भएन, त्यसैले यो राखिँदैन। यसलाई {example} जस्तो गरी टाइप गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: समय</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: समयसम्बन्धी टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>अझै समय भएन। यसलाई {example} जस्तो गरी टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>{example} जस्तो गरी समय पनि थप्नुहोस्; समयबिना यो राखिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe ले सन् 1900 देखि 9998 सम्मका समय मात्र राख्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>त्यतिन्जेल {kept} नै रहन्छ।</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>शीर्षक छैन</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>कहिले</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>गोप्य वाक्यांश रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>यो तपाईंलाई मात्र थाहा हुनेछ; FieldSafe ले यसलाई रिसेट गर्न सक्दैन। अर्को चरणमा तपाईंले पुनःप्राप्ति कोड पनि पाउनुहुनेछ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>तिजोरी &amp;बनाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;गोप्य वाक्यांश:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>गोप्&amp;य वाक्यांश पुष्टि गर्नुहोस्:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>गोप्य वाक्यांश पुष्टि गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>तिजोरी बनाइँदै</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>तपाईंको तिजोरी बनाइँदै… यसमा जानाजानी केही समय लाग्छ: यसले अरू कसैका लागि गोप्य वाक्यांश अनुमान गर्ने काम निकै ढिलो बनाउँछ।</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>भेट योजना</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>भेट योजनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>नयाँ योजना…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>नयाँ भेट योजना</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>योजना सम्पादन गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>भेट योजना सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>योजना मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>भेट योजना मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>योजनाको स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>भेट सकियो: टिपोट लेख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>भेट सकियो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>यो भेटमा केही भयो…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>यो भेटबाट घटना दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>सहकर्मीहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>सहकर्मीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>सहकर्मीसँग साझा गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>यो योजना सहकर्मीसँग साझा गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>पोको प्राप्त गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>पोको प्राप्त गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>खल्तीमा राख्ने कार्ड (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>खल्तीमा राख्ने कार्ड (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>जाँचसूची</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>भेट योजना</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>अद्यावधिक गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>{name} को अद्यावधिकले यी कुरा बदल्यो: {fields}। हरेकलाई तल चिनो लगाइएको छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>प्राप्त अद्यावधिकले यी कुरा बदल्यो: {fields}। हरेकलाई तल चिनो लगाइएको छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>जोडीमा भेटको योजना बनाउनुहोस्: कहाँ, वैकल्पिक ठाउँ, यदि… भयो भने के गर्ने, तपाईंहरूको सतर्कता संकेत, र कहिले खबर गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, {place} मा, {colleague} सँग।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>अझै नरोजिएको ठाउँ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>अझै नरोजिएका सहकर्मी</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>अझै बाँकी: {items}।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>केही बाँकी छैन: योजना तयार देखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>योजना सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>यो भेट योजना मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>यो योजना यसका पहिलेका संस्करणहरूसहित तिजोरीबाट सधैँका लागि हटाइनेछ। तपाईंले पहिले नै साझा गरेको प्रतिलिपि सहकर्मीसँगै रहन्छ। यो पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>योजना मेटाइयो।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>पोको सेभ भयो: तपाईंका सहकर्मी र तपाईंका लागि इन्क्रिप्ट गरिएको।</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>प्राथमिकताहरू</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>तपाईंको नाम</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>नाम वा उपनाम</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>अक्षरको आकार</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="111"/>
        <source>min</source>
        <comment>minutes, after a number</comment>
        <translation>मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="112"/>
        <source>Minutes idle before locking</source>
        <translation>लक हुनुअघि केही नगरी बितेका मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>रूपरङ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>खबर गर्ने समय बितेपछि सिस्टम सूचना देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>खबर गर्ने समय बितेपछि सिस्टम सूचना</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>तपाईंको &amp;नाम:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>सहकर्मीहरूले यो नाम तपाईंको कार्डमा देख्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;भाषा:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>&amp;अक्षरको आकार:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>भाषा र अक्षरको आकार FieldSafe अर्को पटक सुरु हुँदा बदलिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>यति बेर केही नगरे &amp;लक गर्नुहोस्:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;रूपरङ:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>यसले खबर गर्ने समय बित्यो भन्ने मात्र भन्छ, कुन भेट भनेर कहिल्यै भन्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>आफ्नो नाम बदल्न तिजोरी खोल्नुहोस्</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%Ln टिपोट समावेश हुनेछ।</numerusform>
            <numerusform>%Ln टिपोटहरू समावेश हुनेछन्।</numerusform>
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
        <translation>तपाईंको पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>तपाईंले कहिल्यै आफ्नो गोप्य वाक्यांश बिर्सनुभयो भने, यो कोडले तपाईंको तिजोरी खोल्छ। यो एक पटक, अहिले मात्र देखाइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>यसलाई अहिले नै कागजमा लेख्नुहोस्, र त्यो कागज यो ल्यापटपबाट अलग राख्नुहोस् (ल्यापटपको झोलामा होइन)। ल्यापटप र यो कोड दुवै भएको जोसुकैले तिजोरी खोल्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe ले यसलाई तपाईंका लागि कपी गर्दैन, ताकि यो कहिल्यै क्लिपबोर्डको इतिहासमा नपुगोस्। ठूला अक्षरमा होस् वा नहोस्, ड्यास होस् वा नहोस्: दुवैले काम गर्छ।</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>ब्याकअप फोल्डर त्यहाँ छैन: ड्राइभ जोडिएको छ, वा फोल्डर सारिएको हो? केही हराएको छैन; FieldSafe ले पछि फेरि प्रयास गर्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>इन्क्रिप्ट गरिएको ब्याकअप तपाईंको ब्याकअप फोल्डरमा लेखियो।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>यस पटक ब्याकअप सफल भयो। यो तपाईंको ब्याकअप फोल्डरमा छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>बन्द: तालिकाअनुसार कुनै ब्याकअप लेखिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>त्यहाँ अहिलेसम्म कुनै ब्याकअप लेखिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>पछिल्लो ब्याकअप: {time}।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>पछिल्लो प्रयास, {time} मा, सफल भएन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>सफल भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>तालिकाअनुसार ब्याकअप गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>तपाईंले रोजेको फोल्डरमा लेखिने, तपाईंको सम्पूर्ण तिजोरीको इन्क्रिप्ट गरिएको प्रतिलिपि। यसलाई तपाईंको गोप्य वाक्यांश वा पुनःप्राप्ति कोडले मात्र खोल्छ: तपाईंको संस्थाले यसलाई राख्न सक्छ तर कहिल्यै पढ्न सक्दैन, र तपाईंको डायरी यसभित्र निजी नै रहन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;फोल्डर रोज्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>ब्याकअप फोल्डर रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;टोली फोल्डर प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>टोली फोल्डर प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>कति-कति बेर ब्याकअप गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>हरेक दिन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>हरेक हप्ता</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>बन्द</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>अहिले &amp;ब्याकअप गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>अहिले ब्याकअप गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>पछिल्लो ब्याकअप कस्तो भयो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>तालिकाअनुसार ब्याकअप गर्न तिजोरी खोल्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>फोल्डर:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>&amp;कति-कति बेर:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>कुनै फोल्डर रोजिएको छैन।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>हरेक %Ln घण्टामा</numerusform>
            <numerusform>हरेक %Ln घण्टामा</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;टोली फोल्डर प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>सेभ गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>त्यो फोल्डर अहिले त्यहाँ छैन: ड्राइभ जोडिएको छ? केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>ब्याकअप लेखिँदै…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>शीर्षक छैन</translation>
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
        <translation>FieldSafe ले आफ्नो लग फाइल लेख्न सक्दैन, त्यसैले यस पटक त्यसबिनै चल्छ। तपाईंका अभिलेखहरूमा कुनै असर परेको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>पढ्न मात्र</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>लक गरिएन। नोटको पाठ 30 सेकेन्डसम्म क्लिपबोर्डमा रहन्छ, र FieldSafe लक हुँदा मेटिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>लक गरिएन। तपाईंको नोट अझै यहीँ छ; यसलाई फेरि सेभ गर्ने प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>तिजोरी लक भयो। खुला रहेको सम्पादन सेभ हुन सकेन, त्यसैले त्यो राखिएन।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>पछिको काम बाँकी भएको %Ln टिपोट</numerusform>
            <numerusform>पछिको काम बाँकी भएका %Ln टिपोटहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>आज %Ln योजना</numerusform>
            <numerusform>आज %Ln योजनाहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>उपाय पुनरावलोकन नगरिएको %Ln खुला घटना</numerusform>
            <numerusform>उपाय पुनरावलोकन नगरिएका %Ln खुला घटनाहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%Ln पुनरावलोकन बाँकी</numerusform>
            <numerusform>%Ln पुनरावलोकन बाँकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln वस्तु</numerusform>
            <numerusform>%Ln वस्तुहरू</numerusform>
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
        <translation>मेरो सहारा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>तपाईंले सम्पर्क गर्न सक्ने मानिसहरू, र तपाईंलाई मद्दत गर्ने कुराहरू। यो तिजोरीमा मात्र राखिन्छ; कहीँ केही पठाइँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>मैले सम्पर्क गर्न सक्ने मानिसहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>नाम वा संस्था</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>कसरी सम्पर्क गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>नोटहरू</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>व्यक्ति थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>व्यक्ति हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>मलाई के कुराले मद्दत गर्छ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>मद्दत गर्ने कुनै कुरा</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>जस्तै हिँडडुल, संगीत, दिदीबहिनीलाई फोन गर्नु</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>मद्दत गर्ने कुरा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>मद्दत गर्ने कुरा हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>मैले सम्पर्क गर्न सक्ने कसैलाई थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>तपाईंको सहारा सूची अहिलेलाई खाली छ। प्रायः मद्दत गर्ने केही कुराहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>तपाईंले भरोसा गर्ने कोही</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>कुनै सहकर्मी वा तपाईंको सुपरिवेक्षक</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>तपाईंको संस्थाको हेल्पलाइन</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>आराम</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>तपाईंलाई स्थिर बनाउने कुनै कुरा, जस्तै हिँडडुल वा बिस्तारै सास फेर्नु</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>पहिले नाम वा संस्था लेख्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>टोली रोज्नुहोस्, वा नयाँ बनाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>अहिलेसम्म कुनै टोली छैन। आफ्नो पहिलो टोलीको नाम टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>अहिलेसम्म कुनै सदस्य हुनुहुन्न।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>तपाईंका सबै सहकर्मीहरू यो टोलीमा हुनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>अहिलेसम्म कुनै सहकर्मी हुनुहुन्न: “सहकर्मीहरू” ट्याबमा उहाँहरूका कार्ड थप्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>“{name}” टोली बन्यो। यसको टोली फोल्डर रोज्नुहोस् र प्रमाणित सहकर्मीहरू थप्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>टोलीको नाम अब “{name}” भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>टोली फोल्डर रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>टोलीको अब कुनै फोल्डर छैन। फोल्डर र त्यसभित्रका फाइलहरू जहाँ छन् त्यहीँ रहन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>टोली फोल्डर तय भयो। टोलीले भेट्टाउन सकोस् भनेर आफ्नो कार्ड त्यहाँ राख्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} अब यो टोलीको सदस्य हुनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} अब यो टोलीको सुरक्षा प्रमुख हुनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} अब यो टोलीको सदस्य हुनुहुन्छ, सुरक्षा प्रमुख होइन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} अब यो टोलीमा हुनुहुन्न। उहाँ तपाईंका सहकर्मीहरूमा भने रहनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>“{name}” टोली मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>टोली, यसमा को-को थिए र उहाँहरूका भूमिकासहित, यो तिजोरीबाट हटाइन्छ। तपाईंका सहकर्मीहरू रहिरहनुहुन्छ। टोली फोल्डर र त्यसभित्रका सबै फाइलहरू जहाँ छन् त्यहीँ रहन्छन्: FieldSafe ले तिनलाई मेटाउँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>टोली मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>टोली मेटाइयो। यसको फोल्डर र त्यसभित्रका फाइलहरू रहिरहन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>तपाईंको कार्ड टोली फोल्डरमा छ। यसमा सार्वजनिक साँचोहरू मात्र छन्; सहकर्मीहरूले अझै पनि तपाईंसँग सुरक्षा नम्बर आमनेसामने मिलाउनुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>टोली फोल्डरमा कुनै नयाँ कार्ड छैन।</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>सिस्टम अनुसार</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>उज्यालो</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>अँध्यारो</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>उच्च कन्ट्रास्ट</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>आज कुनै कुरामा ध्यान दिनुपर्दैन: आउँदै गरेको कुनै भेट छैन, बाँकी कुनै पछिको काम छैन, नष्ट गर्न बाँकी कुनै कागजी नोट छैन, पुनरावलोकन गर्नुपर्ने कुनै टिपोट छैन, पुनरावलोकन पर्खिरहेका कुनै घटना वा जोखिम मूल्याङ्कन छैनन्।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>बाँकी पछिको काम (%Ln)</numerusform>
            <numerusform>बाँकी पछिका कामहरू (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>म्याद {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>नष्ट गरिएको पुष्टि नभएको कागजी नोट (%Ln)</numerusform>
            <numerusform>नष्ट गरिएको पुष्टि नभएका कागजी नोटहरू (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>पुनरावलोकन मिति नाघेको: मेटाउने वा राख्ने (%Ln)</numerusform>
            <numerusform>पुनरावलोकन मिति नाघेका: मेटाउने वा राख्ने (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>{date} सम्म पुनरावलोकन</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>पछिका लागि राखिएको मन हल्का गर्ने लेखाइ (%Ln)</numerusform>
            <numerusform>पछिका लागि राखिएका मन हल्का गर्ने लेखाइ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(पहिलो %Ln मात्र देखाइएको छ)</numerusform>
            <numerusform>(पहिला %Ln मात्र देखाइएका छन्)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>आउँदै गरेको भेट र खबर गर्ने समय (%Ln)</numerusform>
            <numerusform>आउँदै गरेका भेट र खबर गर्ने समय (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>भेट योजना</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>खबर गर्ने समय तय भएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>{time} सम्म खबर गर्ने</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>उपाय पुनरावलोकन नगरिएको घटना (%Ln)</numerusform>
            <numerusform>उपाय पुनरावलोकन नगरिएका घटनाहरू (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>बाँकी जोखिम मूल्याङ्कन पुनरावलोकन (%Ln)</numerusform>
            <numerusform>बाँकी जोखिम मूल्याङ्कन पुनरावलोकनहरू (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>शीर्षक नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>पुनरावलोकनको म्याद {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>शीर्षक छैन</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>FieldSafe मा स्वागत छ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;भाषा:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>अब तपाईं गोप्य वाक्यांश रोज्नुहुनेछ। यसमा केही मिनेट लाग्छ।</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>स्रोत कोड: यो प्रोग्रामसँगै आएको छ, {folder} मा</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>स्रोत कोड: यो प्रतिलिपिमा समावेश छैन। तपाईंलाई यो दिने व्यक्तिसँग माग्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>संस्करण {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>इजाजतपत्र: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, संस्करण 3 वा त्यसपछिको</translation>
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
        <translation>पोर्टेबल मोड: सबै कुरा {folder} मा राखिन्छ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>FieldSafe को बारेमा</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>यही कम्प्युटरमा रहने र इन्टरनेटबिना चल्ने, इन्क्रिप्ट गरिएका फिल्ड अभिलेखहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>FieldSafe को यो प्रतिलिपिको बारेमा</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe ले आफ्नो फोल्डर {folder} मा लेख्न सक्दैन, त्यसैले यो पोर्टेबल मोडमा सुरु हुन सक्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>FieldSafe फोल्डरलाई तपाईंले लेख्न सक्ने ठाउँमा कपी गर्नुहोस् (लेख्न रोक नलगाइएको USB स्टिक, वा तपाईंको आफ्नै फोल्डर), वा FieldSafe लाई पोर्टेबल मोडबिना सुरु गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>तपाईं सुरक्षित फर्किनुभयो</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>सूचना बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>{time} मा टिपियो। {name} यो खबरको पर्खाइमा हुनुहुन्छ होला। FieldSafe ले सुरक्षित फर्किएको भनी टिपिएको यो योजना {name} का लागि टोली फोल्डरमा राखिदिन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>{time} मा टिपियो। {name} यो खबरको पर्खाइमा हुनुहुन्छ होला। FieldSafe ले आफैं केही पठाउँदैन: सुरक्षित फर्किएको भनी टिपिएको यो योजना {name} का लागि सानो पोकाका रूपमा सेभ गर्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>{name} लाई खबर गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>{name} लाई खबर गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>तपाईं सुरक्षित फर्किनुभयो भनी {name} लाई खबर गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>{name} का लागि पोको सेभ भयो। तपाईंहरूले सधैं पोका साटासाट गर्ने तरिकाले यसलाई पठाउनुहोस्: {name} ले यो पाउनेबित्तिकै, उहाँको FieldSafe ले तपाईं सुरक्षित फर्किनुभयो भनी देखाउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>{name} का लागि टोली फोल्डरमा राखियो। उहाँको FieldSafe ले फोल्डर पढ्नेबित्तिकै, तपाईं सुरक्षित फर्किनुभयो भनी देखाउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>त्यसको सट्टा तपाईं {name} का लागि सानो पोको सेभ गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>खबर गर्ने एउटा समय बितिसक्यो</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>तपाईंहरूमध्ये कसैले खबर नगरे के गर्ने भनी तपाईंहरूले गरेको सहमति:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>म सुरक्षित फर्किएँ</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>योजना खोल्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>अर्को</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>बितिसकेको अर्को खबर गर्ने समय</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>योजनामा यसबारे केही लेखिएको छैन। तपाईंहरूले के सहमति गर्नुभएको थियो हेर्न योजना खोल्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>खबर गर्ने अरू %Ln समय बितिसक्यो।</numerusform>
            <numerusform>खबर गर्ने अरू %Ln समय बितिसके।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>त्यसको %Ln मिनेटपछि</numerusform>
            <numerusform>त्यसको %Ln मिनेटपछि</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>त्यही समयमा</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, {start} को भेट: तपाईंहरूले {time} सम्म खबर गर्ने, र {grace} कदम चाल्ने सहमति गर्नुभएको थियो।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{start} को भेट: तपाईंहरूले {time} सम्म खबर गर्ने, र {grace} कदम चाल्ने सहमति गर्नुभएको थियो।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>{colleague} लाई कसरी सम्पर्क गर्ने: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>सहकर्मीलाई कसरी सम्पर्क गर्ने: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>योजनामा {colleague} को सम्पर्क विवरण छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>योजनामा सम्पर्क विवरण छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>हामीमध्ये कसैले खबर गरेन भने?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>भेटको बेला र भेटपछि हामी एकअर्कालाई कसरी सम्पर्क गर्ने?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>खबर आएन भने, तपाईंहरूले के गर्ने भनी गरेको सहमतिसँगै यो देखाइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>खबर गर्ने समयपछि कदम चाल्नुअघि हामी कति बेर पर्खने?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>यो समय बितेपछि FieldSafe ले तपाईंहरूले गरेको सहमति देखाउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>खबर गर्ने समयमै कदम चाल्ने</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln मिनेट</numerusform>
            <numerusform>%Ln मिनेट</numerusform>
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
        <translation>खबर गर्ने एउटा समय बितिसक्यो।</translation>
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
        <translation>आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>फाइल पढ्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>कोसँग साझा गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>पोको खोल्न पाउने हरेक सहकर्मीमा चिनो लगाउनुहोस्: उहाँहरू प्रत्येकले र तपाईंले यसलाई खोल्न सक्नुहुन्छ, अरू कसैले सक्दैन। तपाईंले सुरक्षा नम्बर मिलाएका सहकर्मीहरू मात्र सूचीमा छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>अहिलेसम्म कुनै सहकर्मी प्रमाणित हुनुहुन्न। पहिले “सहकर्मीहरू” मा सुरक्षा नम्बर मिलाउनुहोस्, वा पोकोलाई यस्तो गोप्य वाक्यांशले सुरक्षित गर्नुहोस् जुन तपाईंले सहकर्मीलाई आमनेसामने भन्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>प्रमाणित सहकर्मीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Space ले सहकर्मीमा चिनो लगाउँछ वा हटाउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>साझा गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>चिनो लगाइएका सहकर्मीहरूसँग साझा गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>त्यसको सट्टा &amp;गोप्य वाक्यांशले सुरक्षित गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>त्यसको सट्टा गोप्य वाक्यांशले सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>रद्द गर्नुहोस्: केही साझा नगर्ने</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>%Ln सहकर्मीसँग साझा गर्नुहोस्</numerusform>
            <numerusform>%Ln सहकर्मीहरूसँग साझा गर्नुहोस्</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>सुरक्षा नम्बर</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>तपाईं ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>सुरक्षा नम्बरको तपाईंको आधा भाग</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>सुरक्षा नम्बरको {name} को आधा भाग</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>सुरक्षा नम्बरको आधा भाग</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>पोको सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>साझा पोकाहरू (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>पोको प्राप्त गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>साझा पोकाहरू (*.age);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>{added} थपियो, {updated} अद्यावधिक भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>{name} बाट (प्रमाणित): {new} नयाँ, {changed} अद्यावधिक गर्नुपर्ने। आयात गर्ने?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>पठाइएजस्तै वा त्योभन्दा नयाँ रूपमा तपाईंसँग पहिले नै भएको %Ln जस्ताको तस्तै रहन्छ।</numerusform>
            <numerusform>पठाइएजस्तै वा त्योभन्दा नयाँ रूपमा तपाईंसँग पहिले नै भएका %Ln जस्ताको तस्तै रहन्छन्।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>पठाउने व्यक्ति प्रमाणित हुनुहुन्न (गोप्य वाक्यांशले सुरक्षित पोको)। {new} नयाँ, {changed} अद्यावधिक गर्नुपर्ने। तपाईंले यो आउँछ भनी अपेक्षा गर्नुभएको थियो भने मात्र आयात गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>यो पोको खास तपाईंका लागि बनाइएको होइन: यसमा कुनै प्रापक तोकिएको छैन, त्यसैले यसको गोप्य वाक्यांश भएको जोसुकैले यसलाई खोल्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>तपाईं दुवैले यो योजना बदल्नुभयो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>तपाईं दुवैले यो घटना बदल्नुभयो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>तपाईं दुवैले यो जोखिम मूल्याङ्कन बदल्नुभयो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>तपाईं दुवैले यो अभिलेख बदल्नुभयो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>{name} को: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>उहाँको: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>मेरो: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>मेरो राख्नुहोस्: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>उहाँको लिनुहोस्: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>तपाईंहरूले पछिल्लो पटक साटासाट गरेदेखि तपाईं र {name} दुवैले एउटै भागहरू बदल्नुभयो। हरेकका लागि कुन राख्ने रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>तपाईंहरूले पछिल्लो पटक साटासाट गरेदेखि तपाईं र तपाईंका सहकर्मी दुवैले एउटै भागहरू बदल्नुभयो। हरेकका लागि कुन राख्ने रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>पोकोको गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>कम्तीमा 10 अक्षरको गोप्य वाक्यांश। यसलाई सहकर्मीलाई आमनेसामने भन्नुहोस्, फाइलसँगै कहिल्यै होइन:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>उही गोप्य वाक्यांश फेरि:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>यो पोको गोप्य वाक्यांशले सुरक्षित गरिएको छ। त्यो लेख्नुहोस्:</translation>
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
        <translation>तपाईंले लेखिरहनुभएको एउटा टिपोट सेभ भएको थिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ले {time} सम्मको यसको रूप राखेको छ। लेख्न जारी राख्न यसलाई फिर्ता ल्याउनुहोस्, वा रद्द गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>मेटाउ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>पूरै मेटाउँदा पहिले तिजोरीको साँचो र त्यसपछि यसका अभिलेखहरू नष्ट हुन्छन्। त्यसपछि कुनै पनि गोप्य वाक्यांश वा पुनःप्राप्ति कोडले तिनलाई खोल्न सक्दैन। यसले पहिले बनाइएका ब्याकअप वा प्रतिलिपिहरू, वा SSD ले पहिले नै अलग सारिसकेका ब्लकहरूसम्म पुग्न सक्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>पूरै मेटाउन “{word}” शब्द टाइप गर्नुहोस्:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>पुष्टि गर्ने शब्द</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>तिजोरी पूरै मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>तिजोरीको ब्याकअप गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>FieldSafe ब्याकअपहरू (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>फोटो, स्क्यान वा PDF संलग्न गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>फोटो, स्क्यान र PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe ले हरेक फाइललाई पहिले अधिलेखन गर्छ, अनि मेटाउँछ। SSD, मेमोरी कार्ड, फोन वा सिंक गरिएको फोल्डरमा कुनै पनि प्रोग्रामले पुग्न नसक्ने प्रतिलिपिहरू बाँकी रहन सक्छन्; क्यामेरा वा स्क्यानरले पनि आफ्नै प्रतिलिपि राखेको हुन सक्छ। तिजोरीभित्रको इन्क्रिप्ट गरिएको प्रतिलिपिमा कुनै असर पर्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>मूल फाइलहरू मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>तिनलाई राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>FieldSafe अहिले लक भयो भने, नोट हराउँछ। तपाईं पहिले यसको पाठ कपी गर्न सक्नुहुन्छ (यो 30 सेकेन्डपछि र FieldSafe लक हुँदा क्लिपबोर्डबाट मेटिन्छ), विन्डो खुलै राखेर फेरि सेभ गर्ने प्रयास गर्न सक्नुहुन्छ, वा जे भए पनि लक गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>केही समय प्रयोग नभएकाले FieldSafe लक हुन लागेको थियो।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>कसैले जवाफ दिएन भने, उत्ति नै समयपछि FieldSafe फेरि लक हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>तपाईंको नोट सेभ हुन सकेन, र ड्राफ्टका रूपमा पनि राख्न सकिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>पाठ कपी गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>विन्डो खुलै राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>जे भए पनि लक गर्नुहोस् (नोट हराउँछ)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>केही गडबड भयो। केही पनि बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>त्यो फाइल संलग्न गर्न सकिँदैन। केही पनि राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>डिस्क भरिएको छ, त्यसैले तपाईंका अभिलेखहरू पढ्न मात्र खुला छन् र यो काम गर्न सकिएन। केही बदलिएको छैन; केही ठाउँ खाली गर्नुहोस्, अनि तिजोरी फेरि खोल्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe लाई त्यो ठाउँमा लेख्ने अनुमति छैन। केही बदलिएको छैन; अर्को ठाउँ रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>डिस्कमा लेख्न सकिएन। केही बदलिएको छैन; कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>त्यो गोप्य वाक्यांश वा पुनःप्राप्ति कोडले यो ब्याकअप खुलेन। ब्याकअप बनाउँदा मान्य रहेको गोप्य वाक्यांश वा कोड प्रयोग गरेर हेर्नुहोस्। केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>डिस्क भरिएको छ, त्यसैले तपाईंका अभिलेखहरू पढ्न मात्र खुला छन्। केही ठाउँ खाली गरेर तिजोरी फेरि नखोलुन्जेल केही पनि सेभ गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>डिस्क भरिएको छ, त्यसैले तिजोरी खोल्न सकिँदैन। केही बदलिएको छैन; केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe लाई तिजोरीको फोल्डर प्रयोग गर्ने अनुमति छैन, त्यसैले तिजोरी खोल्न सकिँदैन। केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>तिजोरीको फोल्डर अहिले प्रयोग गर्न सकिँदैन (डिस्कमा समस्या), त्यसैले तिजोरी खोल्न सकिँदैन। केही बदलिएको छैन; कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>त्यो फोल्डर वा फाइलको नाम यो कम्प्युटरका लागि धेरै लामो छ। केही बदलिएको छैन; छोटो नाम वा ठाउँ रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>डिस्क भरिएको छ, त्यसैले तपाईंका अभिलेखहरू पढ्न मात्र खुला छन्। केही सेभ भएन; तपाईंको पाठ अझै यहीँ छ। केही ठाउँ खाली गर्नुहोस्, अनि तिजोरी फेरि खोल्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>डिस्क भरिएको छ। केही सेभ भएन; तपाईंको पाठ अझै यहीँ छ। केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe लाई त्यो ठाउँमा लेख्ने अनुमति छैन। केही सेभ भएन; तपाईंको पाठ अझै यहीँ छ।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>डिस्कमा लेख्न सकिएन। केही सेभ भएन; तपाईंको पाठ अझै यहीँ छ। कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>मान्य छैन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>अभिलेख {number}: फिल्ड “{field}” {reason}। केही आयात गरिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>फिल्ड “{field}” {reason}।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>फाइल अपेक्षित ढाँचामा छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>लाइन {line}: {problem} केही आयात गरिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>त्यो गोप्य वाक्यांश वा पुनःप्राप्ति कोडले यो तिजोरी खुलेन। कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>तिजोरीको साँचो फाइल (vault.key) भेटिएन, त्यसैले अभिलेखहरू खोल्न सकिँदैन। यसलाई ब्याकअपबाट फिर्ता ल्याउनुहोस्; केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>तिजोरीको साँचो फाइल (vault.key) बिग्रिएको छ वा FieldSafe को साँचो फाइल होइन। यसलाई ब्याकअपबाट फिर्ता ल्याउनुहोस्; केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>तिजोरीको डेटाबेस बिग्रिएको वा अधुरो छ। केही बदलिएको छैन; तपाईंसँग ब्याकअप छ भने त्यसबाट फिर्ता ल्याउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>त्यो ठाउँमा कुनै FieldSafe तिजोरी छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>त्यहाँ पहिले नै तिजोरी (वा अरू फाइलहरू) छ। FieldSafe ले त्यसलाई कहिल्यै अधिलेखन गर्दैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>यो तिजोरी FieldSafe को नयाँ संस्करणले बनाएको हो। यसलाई खोल्न कृपया FieldSafe अद्यावधिक गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>यो तिजोरीलाई FieldSafe को नयाँ संस्करणमा अद्यावधिक गर्न सकिएन। तिजोरी जस्ताको तस्तै छोडियो; प्रयास गर्नुअघि एउटा प्रतिलिपि राखिएको थियो।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>FieldSafe को अर्को विन्डो वा कमान्डले अहिले यो तिजोरी प्रयोग गरिरहेको छ। केही बदलिएको छैन; कृपया केही बेरपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>तिजोरी लक गरिएको छ। जारी राख्न यसलाई खोल्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>त्यो अभिलेख अब छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>फोल्डर त्यहाँ छैन: ड्राइभ जोडिएको छ, वा फोल्डर सारिएको हो? केही लेखिएन; फोल्डर सारिएको भए “सहकर्मीहरू › टोलीहरू” मा फेरि रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>त्यहाँ पहिले नै एउटा फाइल छ। अर्को नाम रोज्नुहोस्; FieldSafe ले त्यसलाई कहिल्यै अधिलेखन गर्दैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>डिस्क भरिएको छ, त्यसैले यो काम गर्न सकिएन। केही बदलिएको छैन; केही ठाउँ खाली गर्नुहोस् (वा USB स्टिकजस्तो अर्को ठाउँ रोज्नुहोस्) र फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>आवश्यक छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>मान्य मिति र समय होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>पाठ हुनुपर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>धेरै लामो छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>मा अनुमति नभएको अक्षर छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>यस किसिमको अभिलेखको फिल्ड होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>FieldSafe ले चिन्ने किसिमको अभिलेख होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>मान्य अभिलेख id होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>object हुनुपर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>ले फाइलमा पहिले नै प्रयोग भएको id फेरि प्रयोग गर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>सीमाभन्दा बाहिर छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>मा मान्य Unicode नभएको पाठ छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>मान्य मिति (वर्ष-महिना-दिन) होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>पूर्ण संख्या हुनुपर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>true वा false हुनुपर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>अनुमति दिइएका मानहरूमध्ये एक होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>सूची हुनुपर्छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>मा धेरै प्रविष्टिहरू छन्</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>मान्य base64 होइन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>संलग्न फाइलको सामग्रीसँग मेल खाँदैन</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>मा अल्पविराम वा अर्धविराम भएको प्रविष्टि छ, जसले प्रविष्टिहरू छुट्याउँछन्</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>ले यो तिजोरीमा नभएको अभिलेखलाई जनाउँछ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>कोड पुस्तिकामा पहिले नै छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>यो तिजोरीमा अर्कै किसिमको अभिलेखले पहिले नै प्रयोग गरेको छ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>फाइल मान्य JSON होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>फाइल FieldSafe को आदानप्रदान फाइल होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>फाइल FieldSafe को नयाँ संस्करणले बनाएको हो।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>फाइल FieldSafe ब्याकअप होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>फाइल अधुरो छ (कपी गर्दा बीचमै काटिएको हुन सक्छ)।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>फाइल बिग्रिएको छ।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>फाइल अवस्थित छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>फाइल पढ्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>फाइल धेरै ठूलो छ।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>फाइल UTF-8 पाठ होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>फाइलमा एउटै object भित्र एउटै नाम दोहोरिएको छ, त्यसैले यसको अर्थ स्पष्ट छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>यो FieldSafe कार्ड होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>फाइल FieldSafe को साझा पोको होइन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>यो पोको अरू कसैका लागि इन्क्रिप्ट गरिएको थियो; यो तिजोरीले यसलाई खोल्न सक्दैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>यो पोको खोल्न FieldSafe ले कहिल्यै प्रयोग गर्नेभन्दा धेरै बढी काम माग्छ, त्यसैले यसलाई खोलिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>यो पोको गोप्य वाक्यांशले सुरक्षित गरिएको छ। पठाउने व्यक्तिसँग त्यो माग्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>त्यो गोप्य वाक्यांशले पोको खुलेन, वा फाइल बिग्रिएको छ।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>पोकोमा FieldSafe सहकर्मीको हस्ताक्षर छैन, त्यसैले यसलाई खोलिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>पोकोको हस्ताक्षर यसको सामग्रीसँग मेल खाँदैन: यसलाई बदलिएको हुन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>पठाउने व्यक्ति अझै प्रमाणित हुनुहुन्न। पहिले आफ्ना सुरक्षा नम्बरहरू आमनेसामने मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>पठाउने व्यक्ति तपाईंका सहकर्मीमध्ये हुनुहुन्न। पहिले उहाँको कार्ड आयात गरेर प्रमाणित गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>यी सहकर्मीको साँचो बदलिएको छ। तपाईंले उहाँलाई फेरि प्रमाणित नगरुन्जेल केही पनि साझा गरिँदैन वा लिइँदैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>तपाईंसँग पोकोको यो संस्करण, वा योभन्दा नयाँ, पहिले नै छ। केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>यो तपाईंसँग पहिले नै भएको योजनाको पुरानो संस्करण हो। केही बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>यो पोको FieldSafe को पुरानो संस्करणले बनाएको हो र तपाईंसँग भएका योजनाहरूसँग दाँजेर जाँच्न सकिँदैन। पठाउने व्यक्तिलाई FieldSafe अद्यावधिक गरेर फेरि साझा गर्न भन्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>यो पोको तपाईंका लागि होइन, अरू कसैका लागि पठाइएको थियो। केही आयात गरिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>पठाउने व्यक्ति प्रमाणित सहकर्मी हुनुहुन्छ, तर यो पोको जुन टोलीको फोल्डरबाट आयो त्यो टोलीको सदस्य हुनुहुन्न। केही आयात गरिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>पोको आयात हुँदै गर्दा यी अभिलेखहरू यो तिजोरीमा बदलिइरहे। केही आयात गरिएन। फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>फाइल खाली छ। केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>फाइल 25 MB भन्दा ठूलो छ, जुन FieldSafe ले संलग्न गर्ने अधिकतम आकार हो। केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe ले JPEG र PNG फोटो र PDF फाइल मात्र संलग्न गर्छ। केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>फाइल बिग्रिएको वा अधुरो छ। केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>तस्बिर सुरक्षित रूपमा खोल्न धेरै ठूलो छ (80 मेगापिक्सेलभन्दा बढी)। केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>फाइल पढ्न सकिँदैन (यो हटाइएको हुन सक्छ, वा साधारण फाइल नहुन सक्छ)। केही राखिएन।</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>संस्थाका लागि सारांश</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>सारांश इन्क्रिप्ट नगरिएको फाइलका रूपमा सेभ हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>यसमा संख्या मात्र हुन्छन्: महिना, प्रकार, स्थानको प्रकार र क्षेत्र अनुसार घटनाहरू। यसमा व्यक्ति कोड, नाम वा लेखिएको पाठ हुँदैन। {small} भन्दा कम संख्याहरू लुकाइन्छन्, र आवश्यक परे त्यसपछिका सबैभन्दा साना संख्याहरू पनि, ताकि लुकाइएको संख्या हिसाब गरेर पत्ता लगाउन नसकियोस्; {small} भन्दा कम घटना भएका क्षेत्रहरू एकै ठाउँमा गनिन्छन्। फाइल भएको जोसुकैले यसलाई पढ्न सक्छ: जसका लागि हो उहाँसँग मात्र साझा गर्नुहोस्, र आवश्यक नभएपछि आफ्नो प्रतिलिपि मेटाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>पहिलो घटनादेखि</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>देखि</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>आजसम्म</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>सम्म</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>स्प्रेडसिट (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>PDF कागजात</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>सेभ गर्ने ढाँचा</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>कहाँ सेभ गर्ने रोज्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>कहाँ सेभ गर्ने रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>incident-summary</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइलहरू (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइलहरू (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>सारांश सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>जम्मा</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>महिना अनुसार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>प्रकार अनुसार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>स्थानको प्रकार अनुसार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>क्षेत्र अनुसार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>सबै घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>अन्य क्षेत्रहरू (प्रत्येकमा {small} भन्दा कम घटना)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>खण्ड</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>{small} भन्दा कम</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>{first} देखि {last} सम्मका घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>{first} देखिका घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>{last} सम्मका घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>दर्ता गरिएका सबै घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>संख्या मात्र, कुनै कोड, नाम वा लेखिएको पाठबिना। {small} भन्दा कम संख्याहरू लुकाइन्छन्, र आवश्यक परे त्यसपछिका सबैभन्दा साना संख्याहरू पनि; {small} भन्दा कम घटना भएका क्षेत्रहरू एकै ठाउँमा गनिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>घटनाहरू: पहिचान हटाइएको सारांश</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>यो अवधिमा कुनै घटना छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>सारांश सेभ गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>सारांश सेभ भयो। यो इन्क्रिप्ट गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>आवश्यक नभएपछि तुरुन्तै आफ्नो प्रतिलिपि मेटाउनुहोस्।</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>यो घटना मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>यो घटना यसका पहिलेका संस्करणहरूसहित तिजोरीबाट सधैँका लागि हटाइनेछ। तपाईंले पहिले नै साझा गरेको प्रतिलिपि सहकर्मीसँगै रहन्छ। यो पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>यो %Ln घटना मेटाउने?</numerusform>
            <numerusform>यी %Ln घटनाहरू मेटाउने?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>यी घटनाहरू आफ्ना पहिलेका संस्करणहरूसहित तिजोरीबाट सधैँका लागि हटाइनेछन्। तपाईंले पहिले नै साझा गरेका प्रतिलिपिहरू सहकर्मीहरूसँगै रहन्छन्। यो पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>यो घटना हरेक पटक सेभ गर्दा, पहिले त्यसमा जे लेखिएको थियो त्यो राखियो। हालको संस्करणसँगै हेर्न पहिलेको कुनै संस्करण रोज्नुहोस्; फरक भएका फिल्डहरूमा “बदलियो” लेखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>पहिलेका संस्करणहरू छैनन्: पहिलो पटक सेभ गरेदेखि यो घटना बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>कहिले भयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>कहिले थाहा भयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>कस्तो किसिमको</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>केही शब्दमा</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>को संलग्न थिए</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>को संलग्न थिए, केही शब्दमा</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>के भयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>मानिसहरूमा परेको असर</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>काममा परेको असर</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>तुरुन्तै चालिएका उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>कसलाई जानकारी दिइयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>सम्बन्धित</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>उदाहरण: एक जना पुरुषले हामीलाई बस बिसौनीसम्म पछ्यायो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>कहि&amp;ले भयो?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>कस्तो किसिमको कुरा भयो?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>केही &amp;शब्दमा:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>के भ&amp;यो:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>कहाँ, र को संलग्न थिए</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>मोटामोटी मात्र: कहिल्यै ठेगाना होइन, कहिल्यै नाम होइन। थाहा नभएको कुरा छोड्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>भनिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>कुनै इलाका वा टोल, कहिल्यै ठेगाना होइन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>विवरण, कहिल्यै नाम होइन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>पछि थाहा भएको भए, कहिले थाहा भयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>स्थानको प्रकार:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;क्षेत्र:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>को संलग्न थिए?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>केही शब्दमा:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>पछि थाहा भएको भए, कहिले थाहा भयो:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>यसको असर के भयो, र के गरियो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>उदाहरण: हाम्रो सुरक्षा प्रमुख</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>यसका तुरुन्तै चालिएका उपायहरू पुनरावलोकन गरिएका छन्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>मानिसहरूमा परेको असर:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>काममा परेको असर:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>तुरुन्तै &amp;चालिएका उपायहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>कसलाई जानकारी दिइयो:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>सम्बन्धित:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>तपाईंले दर्ता गरिरहनुभएको एउटा घटना सेभ भएको थिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe ले {time} सम्मको यसको रूप राखेको छ। जारी राख्न यसलाई फिर्ता ल्याउनुहोस्, वा रद्द गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>केही भयो</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>घटना &amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>घटना सेभ गर्नुहोस्</translation>
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
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>हरेक प्रश्न छोड्न सकिन्छ। तपाईंसँग जति छ त्यति सेभ गर्नुहोस्; पछि थप्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ड्राफ्टबाट फिर्ता ल्याइयो। राख्न सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>सेभ गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>सेभ भयो। टोली फोल्डरमा राखिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>तपाईंले टाइप गरेको कुरा राख्न सकिएन। बन्द गर्नुअघि यसलाई सेभ गर्नुहोस्, वा कपी गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>यो तिजोरीमा नभएको सम्पर्क टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>{time} को सम्पर्क टिपोट: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>शीर्षक छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>यो तिजोरीमा नभएको भेट योजना</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>{time} को भेट योजना: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>अब यहाँ नभएको जोखिम मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>जोखिम मूल्याङ्कन: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>शीर्षक नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>{time} को तपाईंको सम्पर्क टिपोटबाट: कहिले, स्थानको प्रकार र क्षेत्र भरिएका छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>को-को गए: {people}।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>{time} को तपाईंको भेट योजनाबाट: कहिले र स्थानको प्रकार भरिएका छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>{colleague} सँग।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>अझै निश्चित छैन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>सम्बन्धित अभिलेखहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>सम्बन्ध हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>जोखिम मूल्याङ्कन जोड्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>जोखिम मूल्याङ्कन जोड्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>मूल्याङ्कन:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>शीर्षक नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>घटना सेभ भएपछि, यो उहाँहरूका लागि टोली फोल्डरमा राखिन्छ, उहाँहरू र तपाईंका लागि इन्क्रिप्ट गरिएर।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>सुरक्षा प्रमुखलाई पठाउनुहोस् ({names})</numerusform>
            <numerusform>सुरक्षा प्रमुखहरूलाई पठाउनुहोस् ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (यो घटनासँग सम्बन्धित)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (उही ठाउँ)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>जोखिम मूल्याङ्कन पुनरावलोकन गर्ने?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>घटना सेभ भयो। घटनापछि त्यससँग सम्बन्धित जोखिम मूल्याङ्कन फेरि हेर्नु उपयोगी हुन्छ: के बदलियो, र के फरक तरिकाले गर्ने। तपाईं यो अहिले, वा पछि “जोखिम मूल्याङ्कनहरू” बाट गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>पुनरावलोकन गर्नुपर्ने जोखिम मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>यसको पुनरावलोकन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>अहिले होइन</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>एक हप्ता</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>एक महिना</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>तीन महिना</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>एक वर्ष</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>पाँच वर्ष</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>तपाईंले लेखिरहनुभएको डायरीको एउटा प्रविष्टि सेभ भएको थिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ले {time} सम्मको यसको रूप राखेको छ। लेख्न जारी राख्न यसलाई फिर्ता ल्याउनुहोस्, वा रद्द गर्नुहोस्।</translation>
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
        <translation>फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>शान्त</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>थाकेको</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>दुःखी</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>चिन्तित</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>रिसाएको</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>सुन्न</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>विचलित</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>भारले थिचिएको</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>ढुक्क भएको</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>आशावादी</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>गर्वित</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>कृतज्ञ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>के राम्रो भयो?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>के गाह्रो भयो?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>कुनै कुराले मेरा आफ्नै पुराना सम्झना फर्कायो?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>मलाई अहिले के चाहिन्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>यसबारे म कोसँग कुरा गर्न सक्छु?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (धेरै गाह्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (गाह्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (धेरैजसो गाह्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (केही हदसम्म गाह्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (अलिकति गाह्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (बीचको)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (अलिकति राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (केही हदसम्म राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (धेरैजसो राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (धेरै राम्रो)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>त्यो गाह्रो रहेछ जस्तो लाग्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>तपाईंलाई मद्दत गर्ने मानिस र कुराहरू हेर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>मेरो सहारा देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>अहिले होइन</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>मूल पाठ</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>मातृभाषीले जाँचेको</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>मातृभाषीहरूको जाँच पर्खिंदै</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>भाषा: {language}, FieldSafe सबैभन्दा पहिले लेखिएको भाषा।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>कुनै शब्द गलत, अस्पष्ट वा रुखो लागेमा, तपाईंलाई FieldSafe दिने संस्थामार्फत हामीलाई भन्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>भाषा: {language}, मातृभाषीले जाँचेको ({who}, {date})।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>भाषा: {language}, मातृभाषीहरूको जाँच पर्खिंदै: यो भाषा मातृभाषा भएका कसैले पनि यो अनुवाद अझै जाँचेका छैनन्।</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe ले तपाईंका सम्पर्क कार्यका टिपोटहरू यही कम्प्युटरको एउटै इन्क्रिप्ट गरिएको तिजोरीमा राख्छ। तपाईंले लेखेको कुनै पनि कुरा इन्क्रिप्ट नगरी डिस्कमा राखिँदैन, र सबै कुरा इन्टरनेटबिना चल्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>ल्यापटप हराउँदा, चोरी हुँदा वा कसैले लगिदिँदा यसले तपाईंलाई जोगाउँछ: तपाईंको गोप्य वाक्यांश वा पुनःप्राप्ति कोडबिना अभिलेखहरू पढ्न सकिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>हानिकारक सफ्टवेयर (malware) वा किबोर्डमा थिचिएका कुरा रेकर्ड गर्ने प्रोग्राम (keylogger) भएको कम्प्युटरलाई यसले जोगाउन सक्दैन। त्यस्तो कम्प्युटरमा चल्ने कुनै पनि एपले सक्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>यसले पूरै डिस्कको इन्क्रिप्सनको ठाउँ लिँदैन। कृपया त्यो पनि सक्रिय गर्नुहोस्, ताकि सिस्टमका आफ्नै अस्थायी फाइलहरू र swap पनि सुरक्षित रहून्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>मेटाउँदा पहिले बनाइएका प्रतिलिपिहरू, जस्तै पुराना ब्याकअप वा डिस्क इमेजहरूसम्म पुग्न सकिँदैन, र SSD ले पुराना ब्लकहरू केही समय राख्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>यसले तिजोरी छ भन्ने कुरा लुकाउन सक्दैन। कसैले तपाईंलाई यो खोल्न कर लगायो भने, FieldSafe ले आफू खाली भएको बहाना गर्न सक्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>यसले के गर्न सक्दैन:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>अनुमान गर्न धेरै सजिलो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>अनुमान गर्न सजिलो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>पर्याप्त राम्रो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>बलियो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>धेरै बलियो</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>गोप्य वाक्यांश &amp;देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>गोप्य वाक्यांश देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>टाइप गरिएको सबै ठूला अक्षरमा छ: Caps Lock खुला छ कि?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>गोप्य वाक्यांशको बल</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>बल: अहिलेसम्म केही टाइप गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>बल: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>एकअर्कासँग सम्बन्ध नभएका केही शब्दहरूले सम्झन सजिलो र अनुमान गर्न गाह्रो गोप्य वाक्यांश बनाउँछन्: जस्तै, सँगै कल्पना गर्न सकिने चार शब्द।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>यो अरू कसैलाई अनुमान गर्न सजिलो हुन्छ। सम्बन्ध नभएको अर्को एक-दुई शब्द थप्दा प्रायः मद्दत गर्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>राम्रो। अब यसलाई दोस्रो फिल्डमा फेरि एक पटक टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>दुई गोप्य वाक्यांश अझै उस्तै छैनन्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>दुई गोप्य वाक्यांश मिल्छन्।</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>अद्यावधिकले बदलेको</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(अब खाली)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>भेट योजना</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>मिति र समय</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>हामी कहिलेसम्म सकिन्छौं होला</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>हामी एकअर्कालाई कहिले खबर गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>तपाईंसँग को जानुहुन्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>व्यक्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>हामी कहाँ भेट्ने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>पहिलो ठाउँ नमिलेमा हामी कहाँ जाने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>अरूले थाहा नपाउने हाम्रो सतर्कता संकेत, र त्यसको अर्थ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>कहाँ बस्ने वा उभिने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>कसले के गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>यस्तो भए हामी के गर्ने…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>जानुअघि</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>यस्तो भए हामी के गर्ने… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>भेटपछि लेखिएको टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>सहकर्मीलाई कसरी सम्पर्क गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>खबर नआएपछि पर्खने मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>सुरक्षित फर्किएको समय</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>केही छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>एउटा टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>एउटा जोखिम मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(तपाईंले पनि यो बदल्नुभयो: कुन राख्ने भनी तपाईंले रोज्नुहुनेछ)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>यो अद्यावधिकले के बदल्छ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>अद्यावधिक आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>रद्द गर्नुहोस्: केही आयात नगर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>योजना {title} मा:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>ड्राफ्ट</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>सकियो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>रद्द गरियो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>हामी ढिला भयौं भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>उहाँ ढिला हुनुभयो, वा आउनुभएन भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>हामीले अपेक्षा नगरेको कोही आयो भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>तेस्रो व्यक्तिले बीचमा बाधा दियो भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>सुरक्षित रूपमा फर्काएर लैजान हामीलाई कागजपत्र दिइयो भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>हामीमध्ये कसैलाई अस्वस्थ महसुस भयो वा पुरानो पीडादायी सम्झना अचानक फर्कियो भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>कोही धम्कीपूर्ण तरिकाले हामीतिर आयो, वा ती व्यक्तिलाई धम्की दियो भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>हामीमध्ये कसैले खबर गरेन भने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>अझै सहकर्मी छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>अझै वैकल्पिक ठाउँ छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>अझै सतर्कता संकेत तय भएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>अझै खबर गर्ने समय छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>कुनै छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>शीर्षक नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>अब यो तिजोरीमा नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>तय भएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>प्रकार दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>ठाउँ दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>केही लेखिएको छैन</translation>
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
        <translation>योजना बनाउन मद्दत गर्न, तपाईंको तिजोरीबाट। यीमध्ये केही पनि योजनामा सेभ हुँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>जोखिम मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>जोडिएको जोखिम मूल्याङ्कन अब यो तिजोरीमा छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>यो ठाउँका जोखिम मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>यहाँ हेर्न पहिलो पृष्ठमा एउटा जोड्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>त्यहाँ पहिले के भएको थियो</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>घटनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>टिपोटहरूमा सुरक्षा अवलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>यो स्थानको प्रकार, क्षेत्र वा व्यक्ति कोडका लागि अहिलेसम्म केही दर्ता गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>एक जना सहकर्मी सँगै जानुहुन्छ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>वैकल्पिक ठाउँ तय भएको छ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>सतर्कता संकेत तय भएको छ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>खबर गर्ने समय तय भएको छ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>उद्देश्य र मानिसहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>कहिल्यै एक्लै नभेट्नुहोस्: तालिम पाएका सहकर्मी सँगै जानुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>नाम कहिल्यै होइन, कोड मात्र: यो योजना कसैले भेट्टाइहाल्यो भने पनि।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>हामी के हासिल गर्न चाहन्छौं?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>स्पष्ट उद्देश्यले भेटलाई छोटो र सुरक्षित राख्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>यो भेट कुन जोखिम मूल्याङ्कनमा आधारित छ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>यसका खतरा, क्षमता र उपायहरू प्रश्नहरूको छेउमा देखाइन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>कस्तो किसिमको ठाउँ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>हरेक किसिमको ठाउँको आफ्नै चाल र जोखिम हुन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>त्यहाँ प्रायः को-को हुन्छन्?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>त्यहाँ को छन् भन्ने थाहा हुँदा अवस्था बुझ्न मद्दत हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>को खतरा बन्न सक्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>मानव बेचबिखन गर्नेहरू, खरिदकर्ताहरू, वरपरका अरू मानिसहरूबारे सोच्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>कसले सुन्न सक्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>के कुरा, कहाँ भन्न मिल्छ भनेर थाहा पाउन।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>त्यहाँका पहिलेका अनुभव र खतराहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>पहिले भएको कुरा फेरि हुन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>सहभागी सबैमा पर्ने मानसिक असर</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>विशेष गरी शोषणबाट बचेका व्यक्तिहरूका लागि: यसको पनि योजना बनाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>तपाईंले चिनेको, ती व्यक्तिलाई सहज लाग्ने ठाउँ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>त्यहाँ अरू को हुनेछन्? अरूले नसुन्ने गरी कुरा गर्न सकिन्छ? भीड हुन्छ? भित्र पस्दा शंकास्पद देखिन्छ कि?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>ठाउँ पर्याप्त सुरक्षित छ कि छैन भन्ने कुरा यिनैले निर्धारण गर्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>वैकल्पिक ठाउँ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>योजना बदलिन सक्छ; विकल्पबारे अहिले नै सहमति गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>परिस्थितिहरू</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>तनावमा निर्णय गर्नुभन्दा पहिल्यै निर्णय गर्नु सजिलो हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>भेटको बेला</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>वरपर देखिने, पिठ्युँ भित्तातिर, निस्कने बाटोको नजिक।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>ताकि तपाईंहरूमध्ये जोसुकैले एक शब्द नबोली भेट टुङ्ग्याउन सकोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>ती व्यक्तिले लेखेर नराखीकन हाम्रो सम्पर्क विवरण कसरी पाउनुहुन्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>लेखिएका नम्बरहरू शोषण गर्ने व्यक्तिले भेट्टाउन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>उदाहरणका लागि, एक जनाले कुरा गर्ने, अर्कोले निगरानी गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>भेटपछि</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>केही बेर रोकिएर कसैले पछ्याइरहेको छ कि हेर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>तुरुन्तै निस्कँदा कोही तपाईंको पछि लागेर आउन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>नोटहरू तिजोरीमा, कागज नष्ट</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>खल्तीमा रहेको कागजले ती व्यक्तिलाई खतरामा पार्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>भेटपछि मन हल्का गर्न हामी कोसँग, कहिले कुरा गर्ने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>कुरा गरेर मन हल्का गर्दा सुनेका कुराको भार बोक्न मद्दत हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>ताकि तपाईं दुवैसँग उही योजना होस्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>भेट सकिने समय थाहा भए, खबर नआएको कुरा छिट्टै थाहा हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>तपाईंहरूमध्ये एक जनाले खबर गर्नुभएन भने, अर्कोले कदम चाल्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>खबर गर्ने समयपछि कदम चाल्नुअघि हामी कति बेर पर्खने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>यो समय बितेपछि FieldSafe ले तपाईंहरूले गरेको सहमति देखाउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>भेटको बेला र भेटपछि हामी एकअर्कालाई कसरी सम्पर्क गर्ने?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>खबर आएन भने, तपाईंहरूले के गर्ने भनी गरेको सहमतिसँगै यो देखाइन्छ।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>छाप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>तपाईंले छाप्ने वा PDF का रूपमा सेभ गर्ने कुरा इन्क्रिप्ट गरिएको हुँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>कागज वा फाइल भेट्टाउने जोसुकैले यसलाई पढ्न सक्छ। यसलाई आफूसँगै राख्नुहोस् र आवश्यक नभएपछि तुरुन्तै नष्ट गर्नुहोस् (वा फाइल मेटाउनुहोस्)। प्रिन्टर र त्यसको प्रिन्ट-सूचीले पनि प्रतिलिपि राख्न सक्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>व्यक्ति कोड, ठाउँ र सहकर्मीहरूका नाम समावेश नगर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>तपाईंले लेखेको पाठ (शीर्षक, के भयो, आवश्यकता, सुरक्षा) जस्ताको तस्तै समावेश हुन्छ: छाप्नुअघि त्यसमा नाम छ कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>PDF का रूपमा सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइलहरू (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>PDF सेभ भयो। यो इन्क्रिप्ट गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>आवश्यक नभएपछि तुरुन्तै यसलाई मेटाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>कागजात</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{minutes} min</source>
        <translation>{minutes} मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="85"/>
        <source>{hours} h</source>
        <translation>{hours} घण्टा</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} घण्टा {minutes} मिनेट</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(विवरण छैन)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, म्याद {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>सकियो</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>बाँकी</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>नष्ट गरियो, {time} मा पुष्टि गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>नष्ट गरिएको अझै पुष्टि भएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>शीर्षक नभएको टिपोट</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>कहिले</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>को-को गए</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>व्यक्ति कोडहरू</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>के भयो</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>बताइएका आवश्यकता</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>दिइएको जानकारी र रेफरल</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>पछिका कामहरू</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>सुरक्षा अवलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>ट्यागहरू</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>कागजी नोटहरू</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>पुनरावलोकन मिति</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (बदलियो)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(खाली)</translation>
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
        <translation>सडक</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>यौन व्यवसाय हुने इलाका</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>कोठी</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>फ्ल्याट</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>बार वा क्लब</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>अनलाइन</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>पुनःप्राप्ति पाना</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>यो पानामा तपाईंको पुनःप्राप्ति कोड छ: यो कोड र यो ल्यापटप भए जोसुकैले तपाईंको तिजोरी खोल्न सक्छ। यसलाई छाप्नुहोस्, कागज ल्यापटपबाट अलग राख्नुहोस्, र छापिसकेपछि PDF फाइल मेटाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>पुनःप्राप्ति पाना सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>recovery-sheet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>यो तपाईंको FieldSafe तिजोरीको पुनःप्राप्ति कोड हो। तपाईंले आफ्नो गोप्य वाक्यांश बिर्सनुभयो भने, गोप्य वाक्यांश लेख्ने ठाउँमा यो कोड टाइप गर्नुहोस्; त्यसपछि FieldSafe ले तपाईंलाई नयाँ गोप्य वाक्यांश रोज्न दिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>ठूला अक्षरमा होस् वा नहोस्, ड्यास होस् वा नहोस्: दुवैले काम गर्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>यो पाना ल्यापटपबाट अलग, कतै सुरक्षित ठाउँमा राख्नुहोस् (ल्यापटपको झोलामा होइन)। ल्यापटप र यो कोड दुवै भएको जोसुकैले तिजोरी खोल्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>FieldSafe ले कहिल्यै तपाईंलाई नयाँ पुनःप्राप्ति कोड देखायो भने (गोप्य वाक्यांश बदलेपछि), यो पानाले अब तिजोरी खोल्दैन: यसलाई नष्ट गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>तपाईंले यो पाना फाइलका रूपमा सेभ गर्नुभएको छ भने, छापिसकेपछि फाइल मेटाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>पुनःप्राप्ति कोड</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>{date} मा बनाइएको</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>&amp;छाप्न मिल्ने पाना (PDF) सेभ गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>छाप्न मिल्ने पाना सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>पुनःप्राप्ति पाना सेभ भयो। यो इन्क्रिप्ट गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>यसलाई छाप्नुहोस्, कागज यो ल्यापटपबाट अलग राख्नुहोस्, अनि फाइल मेटाउनुहोस्।</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>ब्याकअप अब तपाईंको तिजोरी भएको छ। ब्याकअप बनाएपछि लेखिएका अभिलेखहरू यसमा छैनन्। बिग्रिएका फाइलहरू मेटाइएका छैनन्: तिनलाई, इन्क्रिप्ट गरिएकै अवस्थामा, तिजोरीको फोल्डरको छेउमा रहेको एउटा फोल्डरमा सारिएको छ, जसको नाम “damaged” र मितिमा टुङ्गिन्छ। ब्याकअप बनाउँदा मान्य रहेको गोप्य वाक्यांश वा पुनःप्राप्ति कोड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>ब्याकअप रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>FieldSafe ब्याकअपहरू (*.fieldsafe-backup);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>ब्याकअपबाट फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>तपाईंले रोजेको ब्याकअपले बिग्रिएको तिजोरीको ठाउँ लिन्छ। FieldSafe ले पहिले पूरै ब्याकअप जाँच्छ; त्यसमा केही गडबड भए, केही पनि बदलिँदैन। बिग्रिएका फाइलहरू राखिन्छन्, कहिल्यै मेटाइँदैनन्। ब्याकअप बनाएपछि लेखिएका अभिलेखहरू यसमा हुँदैनन्।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>ब्याकअप फाइल</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>अझै कुनै ब्याकअप रोजिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;रोज्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>ब्याकअप फाइल रोज्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>ब्याकअपको गोप्य वाक्यांश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>फिर्ता ल्याइँदै</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>सन्देश</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;ब्याकअप फाइल:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>ब्याकअपको &amp;गोप्य वाक्यांश:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>ब्याकअप जाँचेर फिर्ता ल्याइँदै…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>यो मूल्याङ्कनसँग जोडिएका घटनाहरू पनि साझा गर्ने?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%Ln घटना यो मूल्याङ्कनसँग जोडिएको छ। त्यससहित, तपाईंका सहकर्मीहरूले विश्लेषणसँगै के भयो भन्ने पनि देख्नुहुन्छ; त्यसबिना, मूल्याङ्कन मात्र साझा हुन्छ।</numerusform>
            <numerusform>%Ln घटनाहरू यो मूल्याङ्कनसँग जोडिएका छन्। तिनीसहित, तपाईंका सहकर्मीहरूले विश्लेषणसँगै के भयो भन्ने पनि देख्नुहुन्छ; तिनबिना, मूल्याङ्कन मात्र साझा हुन्छ।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>मूल्याङ्कन मात्र</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>घटनाहरूसहित</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>यो मूल्याङ्कन हरेक पटक सेभ वा पुनरावलोकन गर्दा, पहिले त्यसमा जे लेखिएको थियो त्यो राखियो। हालको संस्करणसँगै हेर्न पहिलेको कुनै संस्करण रोज्नुहोस्; फरक भएका भागहरूमा “बदलियो” लेखिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>पहिलेका संस्करणहरू छैनन्: पहिलो पटक सेभ गरेदेखि यो मूल्याङ्कन बदलिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (स्तर: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>एउटा खतरा</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>सम्भावना: {likelihood}। असर: {impact}।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>अझै आकलन गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (कसले: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>पुनरावलोकन</translation>
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
        <translation>अघि: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>के बदलियो: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>अघिका उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>दौरानका उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>पछिका उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>जोखिमको अवस्था</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>स्थानको प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>यसको उद्देश्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>खतराहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>कमजोर पक्षहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>क्षमताहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>लैङ्गिकता र अन्तरसम्बन्धित पहिचान</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>के यो उद्देश्य यो जोखिम लिन लायक छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>किन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>हामीले विचार गरेका अझ सुरक्षित विकल्पहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>चरण नतोकिएका उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>सहयोगी पक्षहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>अर्को पुनरावलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>पुनरावलोकनहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>स्तर: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>{item} हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: स्तर</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>जोखिम मूल्याङ्कन पुनरावलोकन गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>यो पुनरावलोकन किन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>कुन गतिविधिअघि</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>उदाहरण: शुक्रबार राति हुने सम्पर्क कार्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>के बदलियो</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>हामीले मूल्याङ्कनमा के बदल्यौं, र किन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>मूल्याङ्कनमा भएको मिति नै राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>घटनाका तुरुन्तै चालिएका उपायहरू पुनरावलोकन गरिएका छन्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>पुनरा&amp;वलोकन दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>पुनरावलोकन दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>दर्ता नगरी बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>यो पुनरावलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;किन:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>कुन गतिविधिअघि:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>के &amp;बदलियो:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>अर्को पुनरावलोकन:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>दर्ता गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>तपाईंका परिवर्तनहरू राख्न सकिएन। पुनरावलोकन दर्ता गर्नुहोस्, वा पहिले तिनलाई कपी गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>मूल्याङ्कन &amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>मूल्याङ्कन सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>मूल्याङ्कन मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>मूल्याङ्कन मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>नमुनाबाट कपी गरियो। जे पनि बदल्नुहोस्, अनि सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>ड्राफ्टबाट फिर्ता ल्याइयो। राख्न सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>जोखिमको अवस्थालाई नाम दिनुहोस्, अनि सेभ गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>सेभ गरिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>सेभ भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>यो जोखिम मूल्याङ्कन मेटाउने?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>यो आफ्ना पहिलेका संस्करण र पुनरावलोकनको इतिहाससहित तिजोरीबाट सधैँका लागि हटाइन्छ। यससँग जोडिएका घटनाहरूमा जोड रहिरहन्छ र यो अब छैन भनी देखाइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>मूल्याङ्कन मेटाइयो।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>जोखिमको अवस्था</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>उदाहरण: बसपार्क क्षेत्रमा सडकमा सम्पर्क कार्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>कुनै एक किसिमको ठाउँ होइन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>कुनै इलाका वा टोल, कहिल्यै ठेगाना होइन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>जो&amp;खिमको अवस्था:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>स्थानको प्रकार:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>क्षेत्र:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>गतिविधि:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>यसको उद्देश्य:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>हरेक खतराका लागि: यसले के निम्त्याउन सक्छ, यो कति सम्भावित छ र यसले कति हानि गर्छ। स्तर यी दुईबाट निर्धारण हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>खतरा</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>यसले के निम्त्याउन सक्छ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>सम्भावना</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>असर</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>खतरा {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>खतरा थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>समग्र स्तर: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>समग्र स्तर</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>हामीलाई जोखिममा पार्ने अभ्यास वा परिस्थितिहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>कमजोर पक्ष</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>हामी यसलाई कसरी क्षमतामा बदल्न सक्छौं</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>कुनै उपाय देख्नुहुन्छ भने; यो खाली छोड्न पनि सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>कमजोर पक्ष {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>कमजोर पक्ष थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>हामीलाई जोगाउने कुराहरू: अभ्यास, मानिस, सीप।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>हामी यसलाई कसरी बलियो राख्छौं</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>क्षमता {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>क्षमता थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>हामी को हौं भन्ने कुराले हामीले भेट्ने मानिसहरू र हाम्रा लागि जोखिम बदल्न सक्छ। यी प्रश्नहरू ऐच्छिक हुन्; यहाँ महत्त्वपूर्ण लाग्ने प्रश्नको मात्र जवाफ दिनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>प्रश्नहरू देखाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>लैङ्गिकता र अन्तरसम्बन्धित पहिचानसम्बन्धी प्रश्नहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>प्रश्नहरू लुकाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>अझै जवाफ दिइएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>कम जोखिममा उही उद्देश्य पूरा गर्ने अर्को तरिका</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>हाम्रो जवाफ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>किन:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>हामीले विचार गरेका अझ सुरक्षित विकल्पहरू:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>उपायहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>अघि</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>दौरान</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>पछि</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>अघि, उपाय {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>दौरान, उपाय {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>पछि, उपाय {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>उपाय {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>अघिको उपाय थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>दौरानको उपाय थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>पछिको उपाय थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>उपाय थप्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>उपाय</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>कसले गर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>हामीलाई जोगाउन मद्दत गर्न सक्ने संस्था, व्यक्ति वा सञ्जालहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>कुनै पुनरावलोकन तय गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>&amp;अर्को पुनरावलोकन:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>अझै पुनरावलोकन गरिएको छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>{date} देखि पुनरावलोकन बाँकी</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>आज पुनरावलोकन गर्नुपर्ने</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>अर्को पुनरावलोकन: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>शीर्षक नभएको मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>तपाईंले लेखिरहनुभएको एउटा जोखिम मूल्याङ्कन सेभ भएको थिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe ले {time} सम्मको यसको रूप राखेको छ। लेख्न जारी राख्न यसलाई फिर्ता ल्याउनुहोस्, वा रद्द गर्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>नयाँ &amp;मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>नयाँ मूल्याङ्कन</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>&amp;नमुनाबाट सुरु गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>नमुनाबाट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>जोखिम मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>साझा गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>मूल्याङ्कन साझा गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>टोलीलाई पठाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>मूल्याङ्कन टोलीलाई पठाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>पहिलेका संस्करणहरू…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>मूल्याङ्कनका पहिलेका संस्करणहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>पोको प्राप्त गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>पोको प्राप्त गर्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>मूल्याङ्कन र जोडिएको %Ln घटनासहित पोको सेभ भयो: तपाईंले छान्नुभएका सहकर्मीहरू र तपाईंका लागि इन्क्रिप्ट गरिएको।</numerusform>
            <numerusform>मूल्याङ्कन र जोडिएका %Ln घटनाहरूसहित पोको सेभ भयो: तपाईंले छान्नुभएका सहकर्मीहरू र तपाईंका लागि इन्क्रिप्ट गरिएको।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>पोको सेभ भयो: तपाईंले छान्नुभएका सहकर्मीहरू र तपाईंका लागि इन्क्रिप्ट गरिएको।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>तपाईंले छान्नुभएका सहकर्मीहरूसँग साझा गरियो।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>हरेक नमुना फिल्डको अभ्यासबाट लेखिएको सुरुआती बिन्दु हो। यसमा भएका सबै कुरा बदल्न सकिन्छ; हरेक खतरा कति सम्भावित र कति हानिकारक छ भन्ने कुरा तपाईंले नै आकलन गर्ने हो।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>नमुनाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>यो नमुनाबाट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>गतिविधि: {activity}

यसको उद्देश्य: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>सार्वजनिक ठाउँमा शोषणमा रहेका व्यक्तिलाई भेट्ने</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>हामी दुई जनाले शोषणमा बाँचिरहेका एक व्यक्तिलाई तय गरिएको समयमा, क्याफे, पार्क वा अर्को सार्वजनिक ठाउँमा भेट्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>ती व्यक्तिले आफ्नै सर्तमा जानकारी र सहयोग पाउनुहुन्छ, र सबै जना भेटबाट सुरक्षित फर्कन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>शोषण गर्ने व्यक्ति, खरिदकर्ता वा उनीहरूले पठाएको कसैले भेटलाई निगरानी गर्छ, बीचमा बाधा दिन्छ वा पछ्याउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>ती व्यक्ति वा हामीलाई शारीरिक हानि; हामीलाई भेटेकोमा ती व्यक्तिलाई सजाय; पछि हामीलाई पछ्याइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>कुराकानीका बेला गाह्रा वा पीडादायी सम्झना जगाउने प्रश्नहरू आउँछन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>ती व्यक्ति र शोषणको आफ्नै अनुभव भएका सहकर्मीहरूका लागि तनाव र मानसिक हानि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>कसैले जानीजानी वा अनजानमा भेटको वा हामीले साझा गरेका कुराको दुरुपयोग गर्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>हाम्रो सम्पर्क विवरण, हाम्रा योजना वा ती व्यक्तिका कुरा दुरुपयोग गर्ने मानिसहरूसम्म पुग्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>ती व्यक्ति ढिला आउनुहुन्छ वा आउनुहुन्न, वा उहाँको सट्टा हामीले अपेक्षा नगरेको कोही आउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>अरूलाई थाहा भएको ठाउँमा पर्खिनु; योजना नगरेको भेटमा तानिनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>हामीमध्ये कोही आघात (ट्रमा) बोकेर बाँचिरहेका छौं र कहिलेकाहीँ पीडादायी सम्झना जाग्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>हामीमध्ये जोसुकैले कसरी बीचमा रोक्न वा निस्कन सक्छ, र हामी प्रत्येकले कोसँग कुरा गरेर मन हल्का गर्ने भनी पहिल्यै सहमति गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>ठाउँ हतारमा रोजिन्छ, वा ती व्यक्तिले स्वतन्त्र रूपमा रोज्न पाउनुहुन्न।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>हामीले राम्ररी चिनेको ठाउँ सँगै रोज्ने, र वैकल्पिक ठाउँमा सहमति गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>त्यही बेला सीमा तोक्न गाह्रो हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>कुराकानी टुङ्ग्याउने वा मोड्ने केही शान्त वाक्यहरू अभ्यास गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>हामीलाई आघात (ट्रमा) बुझेर काम गर्ने तरिकाहरू थाहा छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>हरेक वर्ष तालिम ताजा गर्ने र सिकेका कुरा अरूलाई सिकाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>हामी जोडीमा काम गर्छौं र एकअर्काको ख्याल राख्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>हरेक भेटअघि भूमिका तय गर्ने: एक जनाले कुरा गर्ने, अर्कोले निगरानी गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>हामी मानसिक स्वास्थ्य सहयोगसम्म पुग्न सक्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>ती सम्पर्कहरू अद्यावधिक र सजिलै भेटिने गरी राख्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>हाम्रो लिङ्गले त्यस ठाउँमा अरूले भेटप्रति गर्ने प्रतिक्रिया बदल्छ कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>सुरक्षित कागजपत्र नभएका व्यक्तिलाई नजिकै प्रहरी वा अधिकारी हुँदा डर लाग्न सक्छ: यो कुरा ध्यानमा राखेर ठाउँ रोज्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>उस्तै परिस्थितिका पहिलेका घटना र अवलोकनहरू हेर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>हामी दुई जना</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>हामी दुवैले राम्ररी चिनेको भेट्ने ठाउँ र वैकल्पिक ठाउँ रोज्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>कोही ढिला भए, नआए, वा अपेक्षा नगरेको कोही आए के गर्ने भनी योजना बनाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>अरूले थाहा नपाउने सतर्कता संकेत र एकअर्कालाई खबर गर्ने समय तय गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>वरपर देखिने, पिठ्युँपछाडि भित्ता र नजिकै निस्कने बाटो भएको ठाउँमा बस्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>हामी दुवै</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>केही लेख्नु नपर्ने तरिकाले हामीलाई कसरी सम्पर्क गर्ने भन्ने जानकारी दिने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>कुरा गर्ने व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>केही बेर रोकिएर कसैले हामीलाई पछ्याइरहेको छैन भनी जाँच्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>नोटहरू FieldSafe मा सार्ने, अनि कागज र फोटोहरू नष्ट गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>नोट लेख्ने व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>एकअर्कासँग, सुरक्षा प्रमुखसँग, वा आफैं मन हल्का गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>आश्रय, स्वास्थ्य सेवा वा कानुनी सल्लाह दिने साझेदार संस्थाहरू; हाम्रो सुरक्षा प्रमुख।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>साझेदार संस्थाको कार्यालयमा भेट्ने; पहिले फोनमा कुरा गर्ने; ती व्यक्ति पहिल्यै सुरक्षित रूपमा जाने ठाउँमा भेट्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>सुरक्षा प्रमुख</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>टोली</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>निगरानी गर्ने व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>धम्कीपूर्ण लागेको जुनसुकै कुरा सोही दिन घटनाका रूपमा दर्ता गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>लेख्ने व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>वक्ता र सहयोगी</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>सहयोगी</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>वक्ता</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>उमेरले खतराहरू, वा मानिसहरूले हामीप्रति गर्ने प्रतिक्रिया बदल्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>लिङ्गले हामीले भेट्ने मानिसहरू वा हाम्रा लागि खतराहरू बदल्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>जातजाति वा भाषाले मानिसहरूले हामीलाई हेर्ने दृष्टिकोण बदल्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>यहाँ धर्म वा आस्थाको कुनै भूमिका छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>शारीरिक वा मानसिक अपाङ्गताले के सुरक्षित छ भन्ने कुरा बदल्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>यौन अभिमुखीकरणले यहाँ अरू खतराहरू ल्याउँछ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>आप्रवासनको स्थिति, वा कागजपत्र नहुनुले जोखिमहरू बदल्छ?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>हामी को हौं भन्नेबारे जोखिम बदल्ने अरू केही कुरा?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>अनलाइन सम्पर्क कार्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>विज्ञापन, सामाजिक सञ्जाल वा म्यासेजिङ एपमार्फत मानिसहरूलाई सम्पर्क गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>शोषणमा रहेका व्यक्तिहरूले हामीलाई अनलाइन, गोप्य र सुरक्षित रूपमा सम्पर्क गर्न सक्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>हामीले लेख्ने खाता शोषण गर्ने व्यक्तिले चलाएको हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>हाम्रा सन्देशहरू गलत व्यक्तिले पढ्छ; ती व्यक्तिलाई सजाय हुन्छ; हामी पासोमा पर्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>हाम्रा खाता वा उपकरणहरूमाथि निगरानी हुन्छ, ती ह्याक हुन्छन् वा रिपोर्ट गरिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>सम्पर्क र कुराकानीहरू अरूलाई थाहा हुन्छन्; खाताहरू बन्द हुन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>अनलाइनमा हामीलाई पठाइने हैरानी वा धम्की।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>तनाव र डर; हाम्रा व्यक्तिगत विवरण सार्वजनिक हुनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>व्यक्तिगत खाता वा फोन नम्बरसँग जोडिएका कामका खाताहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>कामका लागि छुट्टै खाता, र सम्भव भए छुट्टै उपकरण प्रयोग गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>सुरक्षित नगरिएका फोनमा राखिएका कुराकानीहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>आवश्यक कुरा मात्र FieldSafe मा राख्ने, र बाँकी मेटाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>राति अबेरसम्म एक्लै अनलाइन काम गर्नु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>कामको समय, र कुरा गरेर मन हल्का गर्ने सहकर्मी तय गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>पहिल्यै तयार पारिएको पाठबाट वा कसैको नियन्त्रणमा लेखिएका जवाफहरू हामी चिन्न सक्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>नामबिना टोलीमा उदाहरणहरू साझा गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>हाम्रो डिजिटल सुरक्षाको नियमित अभ्यास छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>केही-केही महिनामा सुरक्षा प्रमुखसँग यसलाई फेरि हेर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>केही खाता बालबालिकाका हुन सक्छन्: त्यसो भएमा चाल्नुपर्ने कदमहरू थाहा पाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>यौनिक अल्पसंख्यकहरूले प्रयोग गर्ने एपमा सम्पर्क गरिएका मानिसहरूका लागि थप खतराहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>अनलाइन हैरानीले हामीमध्ये कसैलाई अरूभन्दा बढी निशाना बनाउँछ कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>कामका छुट्टै खाता र अद्यावधिक सफ्टवेयर भएको उपकरण तयार गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>पहिले के भन्ने, र के कहिल्यै नलेख्ने भनी सहमति गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>सन्देशमा कुनै ठाउँ वा व्यक्तिगत विवरण साझा नगर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>पहिल्यै तयार पारिएको वा धम्कीपूर्ण लाग्ने कुराकानी टुङ्ग्याउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>आवश्यक नभएको कुरा मेटाउने; कुनै पनि धम्कीलाई घटनाका रूपमा दर्ता गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>हामीलाई डिजिटल सुरक्षाको तालिम दिने कोही; प्लेटफर्महरूका रिपोर्ट गर्ने माध्यम; साझेदारका हेल्पलाइन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>मानिसहरूलाई साझेदारको हेल्पलाइनतर्फ पठाउने; जवाफ नचाहिने जानकारी साझा गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>सार्वजनिक वक्तव्य वा सञ्चारमाध्यमसम्बन्धी काम</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>कार्यक्रमहरूमा, पत्रकारहरूसँग वा पैरवीमा बोल्ने, विशेष गरी शोषणबाट बचेका व्यक्तिले आफ्नै कथाको केही भाग सुनाउँदा।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>वक्ता वा हामीले सहयोग गर्ने मानिसहरूको पहिचान नखुलाई नीति र सार्वजनिक धारणा बदल्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>शोषण गर्नेहरू वा विगतका मानिसहरूले वक्तालाई चिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>वक्ता वा उहाँको परिवारलाई धम्की, हैरानी वा हानि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>दर्शक वा पत्रकारहरूबाट निजी कुरामा पस्ने वा गाह्रा प्रश्नहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>पुराना घाउ फेरि बल्झिनु; वक्ताले भन्न नचाहेका विवरणहरू बाहिर आउनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>संस्था बढी देखिन थालेपछि विरोधीहरूले यसलाई निशाना बनाउँछन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>अनलाइन आक्रमण, कानुनी दबाब, संस्थाको प्रतिष्ठामा हानि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>शब्द वा तस्बिरहरू सन्दर्भबाहिर प्रयोग गरिन्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>कथा तोडमोड गरिन्छ र त्यसमाथि वक्ताको नियन्त्रण रहँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>वक्ताहरूलाई चाहेभन्दा बढी भन्न दबाब महसुस हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>के कुरा कहिल्यै नभन्ने भनी वक्तासँग पहिल्यै सहमति गर्ने, र त्यसमा अडिग रहने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>हाम्रो नियन्त्रणमा नभएका फोटो र रेकर्डिङहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>हुन्छ भन्नुअघि आयोजकहरूसँग फोटो र रेकर्डिङबारे सोध्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>पछि आराम गर्न छुट्याइएको समय नहुनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>हरेक उपस्थितिपछि मन हल्का गर्ने कुराकानी र केही शान्त समयको योजना बनाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>के भन्ने भनी वक्ताले निर्णय गर्नुहुन्छ र जुनसुकै बेला रोकिन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>प्रश्नको जवाफ दिन नम्र रूपमा इन्कार गर्ने तरिकाहरू अभ्यास गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>हामीलाई भरोसा गर्न सकिने पत्रकार र आयोजकहरू थाहा छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>उनीहरूको छोटो सूची राख्ने र टोलीमा साझा गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>सार्वजनिक रूपमा देखा परेपछि कुनै लिङ्गका वक्ताहरूले अनलाइनमा बढी दुर्व्यवहार भोग्छन् कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>अल्पसंख्यक समुदायका वक्ताहरू शत्रुतापूर्ण व्यवहारको बढी जोखिममा हुन्छन् कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>सार्वजनिक रूपमा देखा पर्दा बसोबास अनुमतिको आवेदनमा असर पर्न सक्छ: हुन्छ भन्नुअघि जाँच्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>युवा वक्ताहरूलाई चिनिनबाट जोगाउन बढी सुरक्षा चाहिन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>के भनिने र के नभनिने भनी वक्तासँग सहमति गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>कसले आयोजना गर्छ, को सहभागी हुन्छन् र कसरी रेकर्ड गरिन्छ भनी पत्ता लगाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>एक जना सहयोगी नजिकै रहने, जसले आवश्यक परे बीचमा आएर सम्हाल्न सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>सीमा नाघ्ने प्रश्नहरूको जवाफ नदिने; वक्ताले जुनसुकै बेला टुङ्ग्याउन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>कुरा गरेर मन हल्का गर्ने, र आराम गर्न समय लिने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>अनलाइन प्रतिक्रियाहरू हेरिरहने र धम्कीहरूलाई घटनाका रूपमा दर्ता गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>हामीले भरोसा गर्ने पत्रकार र आयोजकहरू; कानुनी सल्लाहकार; हाम्रो सुरक्षा प्रमुख।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>अरू कसैले पढ्ने लिखित वक्तव्य; अर्कै नाममा, वा आवाज र अनुहार बदलेर बोल्ने; व्यक्तिगत रूपमा नभई संस्थाको तर्फबाट बोल्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>सडकमा सम्पर्क कार्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>सडक वा यौन व्यवसाय हुने इलाकामा सम्पर्क कार्यका फेरा, शोषणमा बाँचिरहेका हुन सक्ने मानिसहरूसँग नजिक जाने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>शोषणमा रहेका व्यक्तिहरूलाई सहयोग कहाँ छ र त्यहाँसम्म कसरी पुग्ने भन्ने थाहा हुन्छ, र हामीसँग कुरा गर्दा कोही पनि जोखिममा पर्दैन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>शोषण गर्नेहरू, दलालहरू, खरिदकर्ताहरू, विरोधीहरू वा वरपरका अरूबाट शारीरिक आक्रमण।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>हामी वा हामीले सम्पर्क गर्ने मानिसहरूलाई चोटपटक।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>फेरापछि निगरानीमा पर्नु, फोटो खिचिनु वा पछ्याइनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>हाम्रो कामको विरोध गर्ने मानिसहरूले हाम्रा अनुहार, हाम्रा बाटा वा हाम्रो कार्यालय थाहा पाउँछन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>मौखिक हैरानी वा डरधम्की।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>टोलीमा डर र तनाव; मानिसहरू हामीसँग कुरा गर्न छल्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>हामीसँग देखिएकोमा हामीले सम्पर्क गरेका मानिसहरूलाई सजाय दिइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>हामीले सहयोग गर्न चाहेका मानिसहरूलाई नै हानि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>हामी घण्टौंसम्म हानि गर्न सक्ने मानिस र परिस्थितिहरूको बीचमा हुन्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>फेराहरू छोटा राख्ने, पालैपालो गर्ने, र विश्रामको योजना बनाउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>एक्लै, वा क्षेत्रमा नयाँ व्यक्तिसँग जानु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>सधैं जोडीमा जाने, हामीमध्ये कम्तीमा एक जनाले क्षेत्र चिनेको होस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>नाम वा नोट लेखिएका कागज बोक्नु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>आवश्यक कुरा मात्र बोक्ने र पछि FieldSafe मा लेख्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>हामी क्षेत्र र त्यहाँको दिनचर्या चिन्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>हरेक फेरापछि हामीले देखेका कुरा साझा गर्ने, ताकि पूरै टोलीले सिकोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>उही क्षेत्रमा अरू संस्थाहरू पनि काम गर्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>परिवर्तन र घटनाहरूबारे उनीहरूसँग सम्पर्कमा रहने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>यहाँ महिला, पुरुष र ट्रान्सजेन्डर सहकर्मीहरूले खरिदकर्ता वा शोषण गर्नेहरूबाट फरक-फरक प्रतिक्रिया भोग्छन् कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>क्षेत्रमा युवाहरूमाथि बढी निगरानी हुन सक्छ: थप सावधानीका साथ नजिक जाने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>यहाँका मानिसहरूसँग भाषा वा पृष्ठभूमि मिल्ने सहकर्मीहरूलाई, राम्रो वा नराम्रो अर्थमा, फरक दृष्टिले हेरिन्छ कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>बाटो, समय र को जाने भनी तय गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>निस्कने संकेत र फेरि भेट्ने ठाउँ तय गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>वरपर को छ र कसले हाम्रो कुरा सुन्न सक्छ भनी ध्यान दिइरहने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>हामीमध्ये एक जनाले संकेत दिएपछि, छलफल नगरी हामी दुवै निस्कने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>क्षेत्रका अरू सम्पर्क कार्य टोलीहरू; स्वास्थ्य सेवाहरू; हामीले भरोसा गर्ने समुदायका सदस्यहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>स्वास्थ्य सेवासँग सँगै जाने; कम र छोटा फेराहरू; मानिसहरूले अरूले नदेख्ने गरी लिन सक्ने ठाउँमा जानकारी राख्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>फ्ल्याट वा कोठीहरूमा सम्पर्क कार्य</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>मानिसहरू शोषणमा बाँचिरहेका हुन सक्ने फ्ल्याट, कोठी वा अन्य बन्द ठाउँहरूमा भ्रमण।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>बाहिर आउन नसक्ने मानिसहरूसम्म पुग्ने, र उहाँहरूसँग सुरक्षित रूपमा जानकारी छोड्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>ठाउँ नियन्त्रण गर्ने कोही त्यहाँ हुन्छ र शत्रुतापूर्ण प्रतिक्रिया दिन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>शारीरिक हानि; निस्कन नदिइनु; भित्रका मानिसहरूलाई सजाय।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>भित्र अरू को छन् वा कसरी बाहिर निस्कने भनी हामी देख्न सक्दैनौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>कुनामा घेरिनु वा थुनिनु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>भ्रमणलाई व्यवसायका लागि खतराका रूपमा लिइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>पछि टोली वा संस्थाविरुद्ध धम्की।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>भ्रमणको बेला प्रहरीको छापा वा निरीक्षण।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>हामी, वा भित्रका मानिसहरू, कानुनी झमेलामा फस्नु।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>भित्र पस्ने र निस्कने एउटै बाटो भएका बन्द ठाउँहरू।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>भित्र पस्नुअघि को ढोका नजिक बस्ने र हामी कहिले निस्कने भनी सहमति गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>हामी कहाँ छौं भनी बाहिर कसैलाई थाहा हुँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>बाहिर रहेका एक जना सहकर्मीलाई हामी कहाँ गयौं र कहिले खबर गर्छौं भन्ने थाहा हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>कसैले बस्न कर गर्दा भ्रमण नम्र रूपमा टुङ्ग्याउन गाह्रो हुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>भित्र पस्नुअघि निस्कने कारण तय गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>भित्रका केही मानिसहरू हामीलाई चिन्छन् र भरोसा गर्छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>उहाँहरूलाई मिल्ने र अरूले अनुमान गर्न गाह्रो हुने समयमा नियमित भ्रमण गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>हामी आपतकालीन सम्पर्क तयार राखिएको फोन बोक्छौं।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>हरेक भ्रमणअघि ब्याट्री र ब्यालेन्स जाँच्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>पुरुष वा महिलाले गर्ने भ्रमणले यो ठाउँभित्रको जोखिम बदल्छ कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>भित्रका मानिसहरूलाई सरकारी जस्तो देखिने जोसुकैसँग डर लाग्न सक्छ: हामी को हौं भनी सरल रूपमा भन्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>हामीमध्ये कसैलाई निस्कन अझ सजिलो बाटो चाहिन्छ कि।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>पहिलेका भ्रमण र साझेदारहरूबाट ठाउँबारे सकेसम्म जानकारी लिने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>हामी कहाँ जाँदैछौं र कहिले खबर गर्छौं भनी एक जना सहकर्मीलाई बताउने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>हामीमध्ये एक जना ढोका नजिक बसेर निगरानी गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>भ्रमण छोटो राख्ने, र केही ठीक नलागे निस्कने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>सहमति भएअनुसार बाहिर रहेका सहकर्मीलाई खबर गर्ने।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>स्वास्थ्य सम्पर्क सेवाहरू; कानुनी सल्लाहकारहरू; भ्रमणको बेला फोनमा तयार रहने सहकर्मी।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>त्यो ठाउँमा जाने स्वास्थ्य सेवामार्फत जानकारी छोड्ने; मानिसहरूलाई उहाँहरूले रोजेको समयमा बाहिर भेट्ने।</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>अझै आकलन गरिएको छैन</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>शारीरिक</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>मौखिक</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>निगरानी वा पछ्याइएको</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>डिजिटल</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>कानुनी वा प्रशासनिक</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>अरू केही</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>कसैले कसैलाई धकेल्यो, समात्यो, हिर्कायो वा घाइते बनायो।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>धम्की, गाली वा चिच्याहट।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>कसैले हामीमाथि निगरानी राख्यो, फोटो खिच्यो वा पछ्यायो।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>अनलाइनमा सन्देश, खाता, फोटो वा डेटा।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>प्रहरी जाँच, जरिवाना, कागजपत्र खोसिनु, उजुरी।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>माथिका कुनैमा नमिल्ने जुनसुकै कुरा।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>शोषण गर्ने व्यक्ति वा उनीहरूका लागि काम गर्ने कोही</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>खरिदकर्ता वा ग्राहक</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>प्रहरी</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>अर्को निकाय</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>समुदायको कोही</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>अनलाइन खाता</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>हामीले नचिनेको कोही</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>अरू कोही</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>खुला</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>उपायहरू पुनरावलोकन गरिएको</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>धेरै कम सम्भावना</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>कम सम्भावना</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>सम्भव</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>बढी सम्भावना</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>धेरै बढी सम्भावना</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>धेरै सानो</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>सानो</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>गम्भीर</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>धेरै गम्भीर</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>न्यून</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>धेरै उच्च</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>अघि</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>दौरान</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>पछि</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>उमेर</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>जातजाति</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>अपाङ्गता</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>यौन अभिमुखीकरण</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>आप्रवासनको स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>हो</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>हो, तलका उपायहरूसहित</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>अझै निश्चित छैन</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>होइन: हामी अझ सुरक्षित तरिका खोज्छौं</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>तय गरिएको पुनरावलोकन</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>घटनापछि</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>गतिविधिअघि</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>अर्को कारण</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>रात</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>बिहान</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>दिउँसो</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>साँझ</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>यो तिजोरीमा FieldSafe पहिले नै खुला छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>यसको विन्डो अब अगाडि आउनुपर्छ। एक पटकमा एउटा विन्डोले मात्र तिजोरी देखाउन सक्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>जारी राख्न त्यसको विन्डोमा जानुहोस्। एक पटकमा एउटा विन्डोले मात्र तिजोरी देखाउन सक्छ।</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>पोको खोल्न पाउने हरेक सहकर्मी, वा पूरै टोलीमा चिनो लगाउनुहोस्: उहाँहरू प्रत्येकले र तपाईंले यसलाई खोल्न सक्नुहुन्छ, अरू कसैले सक्दैन। तपाईंले सुरक्षा नम्बर मिलाएका सहकर्मीहरू मात्र सूचीमा छन्।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>पूरै टोली: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>टोलीका सबैमा चिनो लगाउँछ: {names}।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>टोली फोल्डर यी सहकर्मीसम्म पुग्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>टोली फोल्डर यी सहकर्मीसम्म पुग्दैन: फाइल मात्र।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>उहाँहरूसम्म कसरी पुग्छ:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>&amp;टोली फोल्डरमा राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>टोली फोल्डरमा राख्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>सिंक इन्जिनले यसलाई इन्क्रिप्ट गरिएकै रूपमा उहाँहरू प्रत्येकसम्म लैजान्छ; उहाँहरूको FieldSafe ले फोल्डर पढ्दा यसलाई भित्र्याउँछ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>आफैं दिनका लागि &amp;फाइल सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>आफैं दिनका लागि फाइल सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>{teams} को फोल्डर अहिले त्यहाँ छैन: ड्राइभ जोडिएको छ, वा फोल्डर सारिएको हो?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>टोली फोल्डर {names} सम्म पुग्दैन: यसरी उहाँहरूले केही पाउनुहुन्न। त्यसपछि FieldSafe ले उहाँहरूका लागि फाइल दिन्छ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%Ln घटना अद्यावधिक</numerusform>
            <numerusform>%Ln घटना अद्यावधिकहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%Ln घटना</numerusform>
            <numerusform>%Ln घटनाहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%Ln योजना अद्यावधिक</numerusform>
            <numerusform>%Ln योजना अद्यावधिकहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%Ln योजना</numerusform>
            <numerusform>%Ln योजनाहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%Ln जोखिम मूल्याङ्कन अद्यावधिक</numerusform>
            <numerusform>%Ln जोखिम मूल्याङ्कन अद्यावधिकहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%Ln जोखिम मूल्याङ्कन</numerusform>
            <numerusform>%Ln जोखिम मूल्याङ्कनहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%Ln टिपोट अद्यावधिक</numerusform>
            <numerusform>%Ln टिपोट अद्यावधिकहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%Ln टिपोट</numerusform>
            <numerusform>%Ln टिपोटहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%Ln अभिलेख अद्यावधिक</numerusform>
            <numerusform>%Ln अभिलेख अद्यावधिकहरू</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln अभिलेख</numerusform>
            <numerusform>%Ln अभिलेखहरू</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{name} बाट {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>अरू %Ln अभिलेख</numerusform>
            <numerusform>अरू %Ln अभिलेखहरू</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>टोली फोल्डरबाट आयो: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>टोली फोल्डरबाट</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>हेर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>तपाईंको छनोट पर्खिरहेका अद्यावधिकहरू हेर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>अलग राखिएका पोकाहरूको विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>टोली फोल्डरको सूचना हटाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>{team} को टोली फोल्डर अहिले त्यहाँ छैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>यी टोलीहरूका फोल्डर अहिले त्यहाँ छैनन्: {teams}।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>तपाईंको छनोटपछि आयात गरियो: %Ln अभिलेख।</numerusform>
            <numerusform>तपाईंको छनोटपछि आयात गरियो: %Ln अभिलेखहरू।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%Ln पोको अलग राखियो र आयात गरिएन।</numerusform>
            <numerusform>%Ln पोकाहरू अलग राखिए र आयात गरिएनन्।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%Ln अद्यावधिकले तपाईंको छनोट पर्खिरहेको छ।</numerusform>
            <numerusform>%Ln अद्यावधिकहरूले तपाईंको छनोट पर्खिरहेका छन्।</numerusform>
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
        <translation>अलग राखिएका पोकाहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>यी पोकाहरूबाट केही आयात गरिएन। तिनलाई इन्क्रिप्ट गरिएकै अवस्थामा टोली फोल्डरभित्रको अस्वीकृत (rejected) फोल्डरमा सारियो।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} र {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>टोली फोल्डरमा राखिँदै…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>{teams} को फोल्डरमार्फत {names} लाई पठाइएन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>{names} लाई पठाइएन: अहिले प्रमाणित हुनुहुन्न। “सहकर्मीहरू” मा फेरि सुरक्षा नम्बर मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>{names} लाई पठाइएन: फोल्डर भएको कुनै टोलीमा हुनुहुन्न।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>{names} का लागि टोली फोल्डरमा राखियो।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>टोली फोल्डरमा केही राखिएन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>उहाँहरूको FieldSafe ले अर्को पटक फोल्डर पढ्दा यसलाई भित्र्याउँछ; त्यतिन्जेल सिंक इन्जिनले यसलाई इन्क्रिप्ट गरिएकै रूपमा बोकेर लैजान्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>त्यसको सट्टा तपाईं अरूका लागि फाइल सेभ गरेर सधैंझैं उहाँहरूलाई दिन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>त्यसको सट्टा तपाईं फाइल सेभ गरेर सधैंझैं दिन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>उहाँहरूका लागि फाइल सेभ गर्नुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>नपुगेकाहरूका लागि फाइल सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>फेरि पठाउनुहोस्…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>घटना फेरि पठाउनुहोस्</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>साझा गर्ने छनोट खोल्छ: टोली फोल्डर, वा हातैले दिने फाइल।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>घटना सेभ भयो र {names} का लागि टोली फोल्डरमा राखियो।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>घटना सेभ भयो। यो सुरक्षा प्रमुखलाई पठाइएन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>घटना सेभ भयो। सुरक्षा प्रमुखलाई पठाउन सकिएन: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>“फेरि पठाउनुहोस्…” ले सधैंको तरिकाले साझा गर्छ: टोली फोल्डरमार्फत, वा फाइलका रूपमा।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>घटना सेभ र साझा भयो।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>सहकर्मी वा टोलीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>सहकर्मीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>&amp;टोलीहरू</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>अहिलेसम्म टोली फोल्डर छैन। तपाईंले एउटा नरोजुन्जेल यो टोलीमार्फत केही पठाइँदैन वा प्राप्त गरिँदैन।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>टोली फोल्डर: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>टोली फोल्डर अहिले त्यहाँ छैन: {folder}। ड्राइभ जोडिएको छ, वा फोल्डर सारिएको हो? केही हराएको छैन; सारिएको भए फेरि रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>साँचो बदलियो</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>प्रमाणित छैन</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>सुरक्षा प्रमुख</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>{name} को साँचो बदलियो। तपाईंले “सहकर्मीहरू” ट्याबमा सुरक्षा नम्बर फेरि नमिलाउन्जेल उहाँलाई केही पठाइँदैन, न उहाँबाट केही लिइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} अहिले प्रमाणित हुनुहुन्न। तपाईंले “सहकर्मीहरू” ट्याबमा सुरक्षा नम्बर नमिलाउन्जेल उहाँलाई केही पठाइँदैन, न उहाँबाट केही लिइन्छ।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>{name} लाई थप्न सकिँदैन: उहाँको साँचो बदलियो। पहिले “सहकर्मीहरू” ट्याबमा, सँगै र आमनेसामने, फेरि सुरक्षा नम्बर मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>{name} लाई अझै थप्न सकिँदैन: पहिले “सहकर्मीहरू” ट्याबमा, सँगै र आमनेसामने, सुरक्षा नम्बर मिलाउनुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>अर्को टोलीको पहिले नै त्यो नाम छ। अर्को नाम रोज्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>टोलीको नाम टाइप गर्नुहोस् (बढीमा 80 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>प्रमाणित सहकर्मी मात्र टोलीमा रहन सक्नुहुन्छ: पहिले सुरक्षा नम्बर मिलाउनुहोस्।</translation>
    </message>
</context>
</TS>
