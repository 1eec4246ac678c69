<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>সংযুক্তি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>সংযুক্তিটি খোলা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>সংযুক্তির প্রিভিউ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>আগের পৃষ্ঠা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>পরের পৃষ্ঠা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>ছোট করে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>বড় করে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>উইন্ডোর মাপে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>ছোট করে দেখুন (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>বড় করে দেখুন (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>উইন্ডোর মাপে (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>আগের পৃষ্ঠা (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>পরের পৃষ্ঠা (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>PDF ফাইল যেমন ছিল তেমনই রাখা হয়, ভেতরে সংরক্ষিত যেকোনো তথ্যসহ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>অবস্থান ও ক্যামেরার তথ্য সরিয়ে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>এই ছবিটি যেমন ছিল তেমনই রাখা হয়েছে, এতে সংরক্ষিত যেকোনো অবস্থান বা ক্যামেরার তথ্যসহ।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>এই ফাইলটি দেখানো যায় না।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>পৃষ্ঠা {page}, মোট {pages}</translation>
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
        <translation>নতুন গোপন বাক্যটি সঙ্গে সঙ্গে কাজ করবে, আর পুরোনোটি আর কাজ করবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>আপনি পুনরুদ্ধার কোড দিয়ে FieldSafe খুলেছেন। গোপন বাক্যটি যদি আর মনে না থাকে, এখন নতুন একটি বেছে নিতে পারেন; পুরোনোটি আর কাজ করবে না। এটি যে আপনিই, তা নিশ্চিত করতে কাগজ থেকে পুনরুদ্ধার কোডটি আরেকবার লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>পুনরুদ্ধার &amp;কোড:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>বর্তমান গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;বর্তমান গোপন বাক্য:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;নতুন গোপন বাক্য:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>নতুন গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>নতুন গোপন বাক্য &amp;আবার লিখুন:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>নতুন গোপন বাক্য আবার লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>সেই সঙ্গে ভল্টটি নতুন চাবি দিয়ে আবার &amp;এনক্রিপ্ট করুন (সুপারিশ করা হয়)। পুরোনো চাবি-ফাইলের কপিগুলো আর কাজ করবে না, আর লিখে রাখার জন্য আপনি একটি নতুন পুনরুদ্ধার কোড পাবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>ভল্টটিও আবার এনক্রিপ্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;গোপন বাক্য বদলান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>গোপন বাক্য বদলান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>এখন &amp;থাক</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>এখন থাক</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>আপনার নতুন পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>নতুন পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>ভল্টটির এখন একটি নতুন চাবি আছে। এই নতুন কোডটি এখনই কাগজে লিখে এই ল্যাপটপ থেকে আলাদা জায়গায় রাখুন, তারপর পুরোনোটি নষ্ট করে ফেলুন: সেটি দিয়ে আর ভল্ট খোলে না। আগে তৈরি করা ব্যাকআপগুলো এখনও সেই গোপন বাক্য ও পুনরুদ্ধার কোড দিয়েই খোলে, যা সেগুলো তৈরির সময় চালু ছিল।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>আমি &amp;লিখে রেখেছি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>আমি লিখে রেখেছি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>গোপন বাক্য বদলানো হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>সপ্তাহ অনুযায়ী মনের অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>প্রতি সপ্তাহে মনের অবস্থার গড় (০ = খুব কঠিন, ১০ = খুব ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>ডিব্রিফ / সাক্ষাৎ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>এখনও মনের অবস্থা লেখা হয়নি।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>%Lnটি সাক্ষাতের মধ্যে {debriefed}টির ডিব্রিফ হয়েছে</numerusform>
            <numerusform>%Lnটি সাক্ষাতের মধ্যে {debriefed}টির ডিব্রিফ হয়েছে</numerusform>
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
            <numerusform>%Ln সপ্তাহ, {first} থেকে {last}</numerusform>
            <numerusform>%Ln সপ্তাহ, {first} থেকে {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>মনের অবস্থা লেখা হয়েছে %Ln বার</numerusform>
            <numerusform>মনের অবস্থা লেখা হয়েছে %Ln বার</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>সবচেয়ে সাম্প্রতিক সপ্তাহে মনের অবস্থা লেখা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>সবচেয়ে সাম্প্রতিক সপ্তাহের গড় {average}</translation>
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
        <translation>{date}-এর সপ্তাহ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>মনের অবস্থা লেখা হয়নি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>মনের অবস্থা লেখা হয়েছে %Ln বার, গড় {average}</numerusform>
            <numerusform>মনের অবস্থা লেখা হয়েছে %Ln বার, গড় {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>কোড বই</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>ব্যক্তি-কোড দিয়ে নাম না লিখেই বিভিন্ন লগে একই মানুষকে চেনা যায়। যে শব্দগুলোতে খেয়াল রাখতে হবে (একটি নাম, একটি ডাকনাম), সেগুলো এখানে থাকে: কোনো লগে সেগুলো এলে FieldSafe তা দেখিয়ে দেয়, যাতে আপনি তার বদলে কোডটি ব্যবহার করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>কোডগুলো</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>যেমন A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>খেয়াল রাখার শব্দ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>নাম বা ডাকনাম, কমা দিয়ে আলাদা করে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>ব্যক্তিগত নোট</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>শুধু সেটুকু, যা মানুষটিকে চিনতে আপনাকে সাহায্য করে। শুধু এই ভল্টেই রাখা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;নতুন কোড</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>নতুন কোড</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>কোড &amp;সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>কোড সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>কোড &amp;মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>কোড মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;কোড:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>&amp;খেয়াল রাখার শব্দ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>&amp;ব্যক্তিগত নোট:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>এই সম্পাদনা বাদ দিতে আবার বন্ধ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>আগে একটি কোড লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>কোড বই থেকে এই কোডটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>যে লগগুলোতে কোডটি ব্যবহার হয়েছে, সেগুলোতে এটি থেকে যাবে; শুধু এই এন্ট্রি আর তার নোট মুছে ফেলা হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>সহকর্মীরা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>ইন্টারনেট ছাড়া পরিকল্পনা শেয়ার করতে আপনার কার্ডটি (কোড বা ফাইল) সহকর্মীকে দিন এবং তাঁর কার্ডটি ইমপোর্ট করুন। তারপর দুজনে মিলে সামনাসামনি নিরাপত্তা নম্বরটি মিলিয়ে দেখুন: দুই স্ক্রিনেই সেটি একই হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>আপনার কার্ডে আপনার নাম দেখায়: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>প্রতিটি নতুন কার্ডে এই নামটিই থাকে, তাই সহকর্মীরা আপনাকে অন্যদের থেকে আলাদা করে চিনতে পারবেন না। পছন্দসমূহে আপনার নাম বা একটি ডাকনাম বেছে নিন; সহকর্মীরাও তাঁদের দিক থেকে আপনাকে একটি নাম দিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>কোড হিসেবে আমার কার্ড</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>আমার কার্ড ফাইল হিসেবে সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>আমার কার্ড ফাইল হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>একটি কার্ড ফাইল ইমপোর্ট করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>একটি কার্ড ফাইল ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>অথবা এখানে একটি কার্ড পেস্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>পেস্ট করা কার্ডটি যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>এই সহকর্মীর জন্য দেখানো নাম</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>যে &amp;নামে দেখাবে:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>নাম সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>এই সহকর্মীর জন্য দেখানো নামটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>এই নামটি শুধু আপনিই দেখেন: FieldSafe-এর সব জায়গায় এই সহকর্মীর জন্য এটি দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>নম্বর মিলেছে: যাচাই করা হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>যাচাই করা হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>এই সহকর্মীকে সরিয়ে দিন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>সহকর্মীকে সরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>আমার কার্ড</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>একজন সহকর্মীর কার্ড</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>যাচাই করা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>চাবি বদলেছে: আবার মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>এখনও যাচাই হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>যাচাই করা হয়েছে। এই সহকর্মীর সঙ্গে পরিকল্পনা শেয়ার করা যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>এই সহকর্মীর চাবি বদলেছে। আপনি আবার নম্বরটি মিলিয়ে না দেখা পর্যন্ত কিছুই শেয়ার করা বা গ্রহণ করা হবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>এখনও যাচাই হয়নি। দুজনে মিলে সামনাসামনি নম্বরটি মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>“{name}” নামটি ইতিমধ্যে অন্য কারও জন্য দেখানো হয়, বা দেখতে তার মতো। এমন একটি নাম বেছে নিন, যা তার সঙ্গে গুলিয়ে যাবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>এই সহকর্মীর জন্য একটি নাম বা ডাকনাম লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>এই সহকর্মীকে এখন “{name}” নামে দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>আমার কার্ড সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>FieldSafe কার্ড (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>কার্ড সংরক্ষিত হয়েছে। এতে শুধু সর্বজনীন চাবি আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>একটি কার্ড ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>FieldSafe কার্ড (*.fieldsafe-card);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>কার্ড যোগ হয়েছে। এবার সামনাসামনি নিরাপত্তা নম্বরটি মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>আপনার সহকর্মীদের তালিকা থেকে {name}-কে সরিয়ে দেবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>তাঁর কার্ডটি ভল্ট থেকে মুছে ফেলা হবে। তিনি যে পরিকল্পনাগুলো আগেই পাঠিয়েছেন, সেগুলো আপনি না মোছা পর্যন্ত থেকে যাবে। আপনি আবার তাঁর কার্ড যোগ করে নিরাপত্তা নম্বর মিলিয়ে না দেখা পর্যন্ত তাঁর কাছ থেকে আসা বান্ডেল গ্রহণ করা হবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>সরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>সহকর্মীকে সরিয়ে দেওয়া হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>আপনার পুনরুদ্ধার কোডটি মিলিয়ে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>পুনরুদ্ধার কোডের অংশ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>আমার ভল্ট &amp;খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>ঠিকভাবে লেখা হয়েছে কি না নিশ্চিত হতে, অনুগ্রহ করে কাগজ থেকে কোডের {number} নম্বর অংশটি লিখুন (অংশগুলো ড্যাশ দিয়ে আলাদা করা)। কোডটি আবার দেখতে আপনি পেছনে ফিরে যেতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;অংশ {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>মিলেছে। কাগজটি কোনো নিরাপদ জায়গায় রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>এটি এখনও একই হয়নি। অনুগ্রহ করে কোডের সঙ্গে মিলিয়ে দেখুন।</translation>
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
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>যে সাক্ষাতের পরে</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>আমার মনের অবস্থা, ০ (খুব কঠিন) থেকে ১০ (খুব ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>এবার মনের অবস্থা লিখছি না</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>অল্প কথায়</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>চাইলে অল্প কথায়</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>আমার নোট</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>আর যা কিছু, যত বড় বা ছোট করে আপনি চান।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>এ নিয়ে আমি কারও সঙ্গে কথা বলেছি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>লেখা সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>লেখা মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>কখন:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>কিসের পরে:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>মনের অবস্থা:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>আমার নোট:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>ডায়েরির লেখা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>খসড়া থেকে ফিরিয়ে আনা হয়েছে। রাখতে চাইলে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>নির্দিষ্ট কোনো সাক্ষাৎ নয়</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>শিরোনামহীন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>আপনার ডায়েরিতে সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>ডায়েরির এই লেখাটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>এটি ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%Lnটি ফাইল এখন ভল্টে আছে। মূল ফাইলটি মুছে ফেলবেন?</numerusform>
            <numerusform>%Lnটি ফাইল এখন ভল্টে আছে। মূল ফাইলগুলো মুছে ফেলবেন?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>টিম ফোল্ডার হলো এমন একটি ফোল্ডার, যা Syncthing-এর মতো কোনো সিঙ্ক ইঞ্জিন আপনার টিমের ডিভাইসগুলোর মধ্যে বহন করে। FieldSafe সেখানে শুধু এনক্রিপ্ট করা বান্ডেল আর সর্বজনীন কার্ড লেখে; সিঙ্ক ইঞ্জিন কখনও নাম বা রেকর্ডে কী লেখা আছে তা দেখে না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>টিম</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>নতুন টিমের নাম</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>&amp;নতুন টিম:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>টিম তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>এই টিমের নাম</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>না&amp;ম:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>নাম সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>টিমের নাম সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>টিম ফোল্ডার বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>টিম ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>কোনো টিম ফোল্ডার নেই</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>টিম ফোল্ডার ব্যবহার বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>শুধু যাচাই করা সহকর্মীরাই যোগ দিতে পারেন। নিরাপত্তা সমন্বয়কের কাছে যা পাঠানো হয় (যেমন নতুন কোনো ঘটনা), তা নিরাপত্তা সমন্বয়ক পান।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>এই টিমের সদস্যরা</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>নিরাপত্তা সমন্বয়ক</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>বেছে নেওয়া সদস্য একজন নিরাপত্তা সমন্বয়ক</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>টিম থেকে সরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>বেছে নেওয়া সদস্যকে টিম থেকে সরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>যে সহকর্মীরা এই টিমে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>টিমে যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>বেছে নেওয়া সহকর্মীকে টিমে যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>আপনার কার্ডটি ফোল্ডারে রেখে দিন, যাতে টিম সেটি খুঁজে পায়। সেখানকার কার্ডগুলো কপি মাত্র; সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে দেখার আগে সেগুলোকে কখনও বিশ্বাস করা হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>আমার কার্ড টিম ফোল্ডারে রেখে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>টিম ফোল্ডারের কার্ডগুলো…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>টিম ফোল্ডারের কার্ডগুলো</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>এই টিমটি মুছে ফেলুন…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>এই টিমটি মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>টিম ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>সদস্যরা</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>একজন সহকর্মী যোগ করুন</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>এখনও কোনো আউটরিচ লগ নেই</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>সাক্ষাতের পরে লিখে রাখুন কী ঘটেছে, কী ঠিক হয়েছে আর কী নিয়ে ফলো-আপ করতে হবে। নাম নয়, ব্যক্তি-কোড ব্যবহার করুন। যেকোনো সময় নতুন লগ শুরু করতে {shortcut} চাপুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>প্রথম লগটি লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>এখনও সাক্ষাতের কোনো পরিকল্পনা নেই</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>সহকর্মীর সঙ্গে কারও সাথে দেখা করার আগে দুজনে মিলে পরিকল্পনা করুন: কোথায় ও কখন, “এখনই চলে যান” বোঝানোর সংকেত কী, আর পরে কে কাকে খবর দেবেন। একটি পরিকল্পনা কার্ড হয়ে আপনার পকেটে যেতে পারে, অথবা আপনার সহকর্মীর কাছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>সাক্ষাতের পরিকল্পনা করুন</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>পরিবেশ অনুযায়ী ফিল্টার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>যেকোনো পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>ব্যক্তি-কোড অনুযায়ী ফিল্টার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>ব্যক্তি-কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>ট্যাগ অনুযায়ী ফিল্টার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>যেকোনো তারিখ থেকে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>শুরুর তারিখ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>যেকোনো তারিখ পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>শেষের তারিখ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>ফলো-আপ বাকি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>শুধু যে লগগুলোতে ফলো-আপ বাকি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>ফিল্টার মুছুন</translation>
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
        <translation>টিম ফোল্ডারের কার্ডগুলো</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>“{team}” টিমের ফোল্ডারে রাখা কার্ড, যেগুলো এখনও আপনার কাছে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>ফোল্ডারটিতে লিখতে পারেন এমন যে কেউ এখানে কার্ড রেখে যেতে পারেন। এখান থেকে যোগ করা কার্ডকে কখনও বিশ্বাস করা হয় না: দুজনে মিলে সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে না দেখা পর্যন্ত সেই সহকর্মীর সঙ্গে কিছুই শেয়ার করা হয় না, তাঁর কাছ থেকে কিছু নেওয়াও হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>সহকর্মী হিসেবে যোগ করুন (যাচাই করা নয়)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>এই কার্ডটি সহকর্মী হিসেবে যোগ করুন, যাচাই করা নয়</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>যোগ করার মতো আর কোনো কার্ড নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>এই কার্ডের নামটি দেখতে {name}-এর মতো, যে নামটি আপনার কাছে আগে থেকেই আছে। এটি যোগ করলে আপনি আবার নিরাপত্তা নম্বর মিলিয়ে না দেখা পর্যন্ত সেই সহকর্মী আটকে যেতে পারেন। শুধু তখনই যোগ করুন, যদি সেই সহকর্মী সামনাসামনি আপনাকে বলে থাকেন যে তাঁর কার্ড বদলেছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>যোগ করার পরে “সহকর্মীরা” ট্যাবে {name}-এর সঙ্গে সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে দেখুন। কেবল তখনই তিনি কোনো টিমে যোগ দিতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>{name} নামে যোগ করা হয়েছে, যাচাই করা নয়। “সহকর্মীরা” ট্যাবে দুজনে মিলে সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>ফলো-আপ যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>কী, আর কে করবেন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>শেষ তারিখ নেই</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>ফলো-আপ {n} সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>ফলো-আপ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>ফলো-আপ {n}-এর শেষ তারিখ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>ফলো-আপ {n} সরান</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>গা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>বুলেট তালিকা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• তালিকা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>নম্বর দেওয়া তালিকা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>১. তালিকা</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>প্রতিবার এই লগ সংরক্ষণের সময় আগে যা লেখা ছিল, তা রেখে দেওয়া হয়েছে। বর্তমান সংস্করণের পাশে দেখতে একটি আগের সংস্করণ বেছে নিন; যে ঘরগুলো আলাদা, সেগুলোতে “বদলেছে” লেখা থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>আগের কোনো সংস্করণ নেই: প্রথমবার সংরক্ষণের পর থেকে এই লগ সম্পাদনা করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;সংরক্ষিত সংস্করণ, নতুনটি আগে:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>&amp;আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>বর্তমান সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>&amp;বর্তমান সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>আগের সংস্করণগুলো মুছুন…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>আগের সংস্করণগুলো মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>&amp;বর্তমান সংস্করণ, সংরক্ষিত {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>সংরক্ষিত {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>এই লগের আগের সংস্করণগুলো মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>শুধু বর্তমান সংস্করণটি রাখা হবে। আগের কোনো সংস্করণে এমন কিছু থাকলে এটি করুন, যা রাখা উচিত নয়, যেমন এমন একটি নাম, যার বদলে আপনি ব্যক্তি-কোড বসিয়েছেন। এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>আগের সংস্করণগুলো মুছে ফেলা হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>বর্তমান সংস্করণ থেকে %Lnটি ঘর আলাদা।</numerusform>
            <numerusform>বর্তমান সংস্করণ থেকে %Lnটি ঘর আলাদা।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>এই সংস্করণটি বর্তমানটির মতোই।</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>কারা জড়িত ছিলেন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>সব দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>সব ঘটনা দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>যেকোনো ধরন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>যেকোনো পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>যেকোনো এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>যে কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>যেকোনো অবস্থা</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(শিরোনাম নেই)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>কোথায়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>মাস ও ধরন অনুযায়ী ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>পরিবেশ অনুযায়ী ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>কারা জড়িত ছিলেন, সেই অনুযায়ী ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>দিনের সময় অনুযায়ী ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>প্যাটার্ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>গোনার মতো কোনো ঘটনা নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%Lnটি ঘটনা গোনা হয়েছে। কোনো ঘটনায় কয়েক ধরনের মানুষ জড়িত থাকলে সেটি প্রতিটি ধরনের অধীনে একবার করে গোনা হয়।</numerusform>
            <numerusform>%Lnটি ঘটনা গোনা হয়েছে। কোনো ঘটনায় কয়েক ধরনের মানুষ জড়িত থাকলে সেটি প্রতিটি ধরনের অধীনে একবার করে গোনা হয়।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} থেকে {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>সময়রেখায় ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>ধরন দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>ব্যবস্থা পর্যালোচিত</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>দেখানোর মতো কোনো ঘটনা নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} থেকে {end}</translation>
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
            <numerusform>%Lnটি ঘটনা, {first} থেকে {last}</numerusform>
            <numerusform>%Lnটি ঘটনা, {first} থেকে {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%Lnটি খোলা</numerusform>
            <numerusform>%Lnটি খোলা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>দেখানো হচ্ছে {zoom}, {window}: %Lnটি ঘটনা</numerusform>
            <numerusform>দেখানো হচ্ছে {zoom}, {window}: %Lnটি ঘটনা</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>ধরন অনুযায়ী: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>বেছে নেওয়া: {incident}</translation>
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
        <translation>ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>সময়ের সঙ্গে হুমকি ও ঘটনা, আর সেগুলোর প্যাটার্ন: কোথায়, কী ধরনের, কারা জড়িত ছিলেন, দিনের কোন সময়ে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>কিছু একটা ঘটেছে…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>একটি ঘটনা নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>সংস্থার জন্য সারসংক্ষেপ সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>সংস্থার জন্য সারসংক্ষেপ সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>বড় করে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>বড় করে দেখুন (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>ছোট করে দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>ছোট করে দেখুন (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>সময়রেখায়: অ্যারো কী দিয়ে এক ঘটনা থেকে আরেক ঘটনায় যাওয়া যায়, + ও - দিয়ে বড়-ছোট করা যায়, Page Up ও Page Down দিয়ে সময়ে আগে-পিছে যাওয়া যায়, Enter চাপলে খোলে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>সময়রেখা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>প্যাটার্ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>সময়রেখা ও প্যাটার্ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>শেয়ার করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>বেছে নেওয়া ঘটনাগুলো শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>আপনার বেছে নেওয়া সহকর্মীদের জন্য একটি বান্ডেল। Shift বা Ctrl চেপে একাধিক বেছে নেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>আগের সংস্করণ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>ঘটনাটির আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>মুছে ফেলুন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>বেছে নেওয়া ঘটনাগুলো মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>বান্ডেল গ্রহণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>বান্ডেল গ্রহণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>দেখানো হচ্ছে: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>এখনও কোনো ঘটনা নথিভুক্ত হয়নি। কিছু ঘটলে এখানে, অথবা যেকোনো জায়গা থেকে Ctrl+I চেপে নথিভুক্ত করুন: যেকোনো প্রশ্ন বাদ দেওয়া যায়।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>ফিল্টারের সঙ্গে %Lnটি ঘটনা মেলে।</numerusform>
            <numerusform>ফিল্টারের সঙ্গে %Lnটি ঘটনা মেলে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>এই ফিল্টারের সঙ্গে কোনো ঘটনা মেলে না।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>%Lnটি ঘটনাসহ বান্ডেল সংরক্ষিত হয়েছে: আপনার বেছে নেওয়া সহকর্মীদের আর আপনার জন্য এনক্রিপ্ট করা।</numerusform>
            <numerusform>%Lnটি ঘটনাসহ বান্ডেল সংরক্ষিত হয়েছে: আপনার বেছে নেওয়া সহকর্মীদের আর আপনার জন্য এনক্রিপ্ট করা।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%Lnটি ঘটনা মুছে ফেলা হয়েছে।</numerusform>
            <numerusform>%Lnটি ঘটনা মুছে ফেলা হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>ডায়েরির সেটিংস</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>নতুন লেখায় প্রশ্নগুলো দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>প্রশ্নগুলো, প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>ডায়েরি খোলার আগে আমার গোপন বাক্য চাওয়া হোক</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>সাম্প্রতিক কয়েকবার মনের অবস্থা কঠিন থাকলে আলতো করে মনে করিয়ে দেওয়া হোক</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>প্রশ্নগুলো (প্রতি লাইনে একটি; চাইলে নিজের প্রশ্ন লিখুন):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>আপনার ডায়েরি লক করা আছে। খুলতে আপনার গোপন বাক্য লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>আমার ডায়েরি খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>ডায়েরির লেখাগুলো</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>আপনার ডায়েরি খালি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>এই জায়গাটি আপনার: কঠিন একটি দিনের পরে কয়েকটি কথা, অথবা শুধু মনের অবস্থা। আপনি প্রতিবার নিজে বেছে না নিলে এখানকার কিছুই শেয়ার করা, খোঁজা বা এক্সপোর্ট করা হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>প্রথম লেখাটি লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>নতুন লেখা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>ডায়েরিতে নতুন লেখা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>আমার সহায়তা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>ডায়েরির সেটিংস…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>ডায়েরির সেটিংস</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>সাম্প্রতিক কয়েকবার আপনার মনের অবস্থা কঠিন ছিল। এই কাজে এমন হয়। আপনার সহায়তার তালিকা, কিংবা একটু বিশ্রাম, হয়তো কাজে আসবে।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>আমার সহায়তার তালিকা খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>এটি লুকান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>এই নোটটি লুকান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>এই গোপন বাক্য দিয়ে আপনার ডায়েরি খোলেনি। আপনার ভল্ট খোলাই থাকছে।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>মিলিয়ে দেখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>মনের অবস্থা: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>এই কম্পিউটারের মতোই</translation>
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
        <translation>FieldSafe লক করা আছে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>আপনার রেকর্ডগুলো এনক্রিপ্ট করা আছে। সেগুলো খুলতে আপনার গোপন বাক্য লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;গোপন বাক্য:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>মনে নেই? এর বদলে এখানে আপনার পুনরুদ্ধার কোডও লিখতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;আনলক করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>আনলক করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>আনলক হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ব্যাকআপ থেকে &amp;ফিরিয়ে আনুন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>ব্যাকআপ থেকে ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>অনুগ্রহ করে আপনার গোপন বাক্য বা পুনরুদ্ধার কোড লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>আনলক হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>সংযুক্তি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>ছবি বা PDF সংযুক্ত করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>সংযুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>সংযুক্তি দেখুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>সংযুক্তি সরান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>ছবি থেকে অবস্থান ও ক্যামেরার তথ্য সরান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>সংযুক্তিগুলো এনক্রিপ্ট করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>এই সংযুক্তিটি সরাবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>এটি ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>সংযুক্তিটি সরানো হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="115"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>A few words; use person codes, not names</source>
        <translation>কয়েকটি শব্দ; নাম নয়, ব্যক্তি-কোড ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="120"/>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="123"/>
        <source>How long (minutes)</source>
        <translation>কতক্ষণ (মিনিট)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="126"/>
        <location filename="../../ui/logs/form.py" line="130"/>
        <source>Not recorded</source>
        <translation>লেখা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="129"/>
        <source>Setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>A district or part of town, never an exact address</source>
        <translation>পাড়া বা শহরের কোনো অংশ, কখনও সঠিক ঠিকানা নয়</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="138"/>
        <source>Who went</source>
        <translation>কারা গিয়েছিলেন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>আমি ও সহকর্মীরা, কমা দিয়ে আলাদা করে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>ব্যক্তি-কোড</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>নাম নয়, কোড; যেমন A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="143"/>
        <source>Code book…</source>
        <translation>কোড বই…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="144"/>
        <source>Code book</source>
        <translation>কোড বই</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="148"/>
        <source>What happened</source>
        <translation>কী ঘটেছে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="155"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>কী ঘটেছে, কী ঠিক হয়েছে, কী নিয়ে ফলো-আপ করতে হবে। নামের বদলে কোড।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="160"/>
        <source>Needs expressed</source>
        <translation>জানানো চাহিদা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="163"/>
        <source>Information and referrals given</source>
        <translation>দেওয়া তথ্য ও রেফারেল</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="167"/>
        <source>Safety observations</source>
        <translation>নিরাপত্তা নিয়ে পর্যবেক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="168"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>কেউ কি নজর রাখছিল বা পিছু নিয়েছিল? কোনো হুমকি?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="171"/>
        <source>Register as an incident…</source>
        <translation>ঘটনা হিসেবে নথিভুক্ত করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Register as an incident</source>
        <translation>ঘটনা হিসেবে নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="174"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>এই লগ ও এর নিরাপত্তা-পর্যবেক্ষণ নিয়ে ঘটনার ফর্ম খুলুন (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="177"/>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="178"/>
        <source>e.g. health, housing</source>
        <translation>যেমন স্বাস্থ্য, বাসস্থান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="181"/>
        <source>There are paper notes of this meeting</source>
        <translation>এই সাক্ষাতের কাগজের নোট আছে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="185"/>
        <location filename="../../ui/logs/form.py" line="379"/>
        <source>I have destroyed them</source>
        <translation>আমি সেগুলো নষ্ট করে ফেলেছি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>Paper notes destroyed</source>
        <translation>কাগজের নোট নষ্ট করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="188"/>
        <source>No review date</source>
        <translation>পর্যালোচনার তারিখ নেই</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>Review by</source>
        <translation>পর্যালোচনার দিন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="191"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>এই তারিখে “আজ” পাতা জানতে চাইবে, লগটি রাখা হবে নাকি মুছে ফেলা হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>T&amp;itle:</source>
        <translation>&amp;শিরোনাম:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>&amp;When:</source>
        <translation>&amp;কখন:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>How &amp;long:</source>
        <translation>কতক্ষণ &amp;ধরে:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Se&amp;tting:</source>
        <translation>&amp;পরিবেশ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="214"/>
        <source>Area:</source>
        <translation>এলাকা:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="215"/>
        <source>Who went:</source>
        <translation>কারা গিয়েছিলেন:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="219"/>
        <source>&amp;Person codes:</source>
        <translation>&amp;ব্যক্তি-কোড:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="225"/>
        <source>Wh&amp;at happened:</source>
        <translation>কী &amp;ঘটেছে:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="233"/>
        <source>Outreach log</source>
        <translation>আউটরিচ লগ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="290"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>মানুষটি যে &amp;চাহিদার কথা জানিয়েছেন:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="292"/>
        <source>Information and &amp;referrals given:</source>
        <translation>দেওয়া &amp;তথ্য ও রেফারেল:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="294"/>
        <source>Follow-&amp;ups:</source>
        <translation>&amp;ফলো-আপ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Safet&amp;y observations:</source>
        <translation>নিরাপত্তা নিয়ে প&amp;র্যবেক্ষণ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="299"/>
        <source>Tags:</source>
        <translation>ট্যাগ:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="306"/>
        <source>Paper notes:</source>
        <translation>কাগজের নোট:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="308"/>
        <source>Attach&amp;ments:</source>
        <translation>সং&amp;যুক্তি:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="310"/>
        <source>Review &amp;by:</source>
        <translation>পর্যালোচনার &amp;দিন:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>নষ্ট করা হয়েছে বলে এখনও নিশ্চিত করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="383"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>নষ্ট করা হয়েছে, নিশ্চিত করা হয়েছে {time}।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="387"/>
        <source>Not destroyed after all</source>
        <translation>আসলে নষ্ট করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="457"/>
        <source>me</source>
        <translation>আমি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>কোড দিয়ে বদলান…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>ব্যক্তি-কোড দিয়ে বদলান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>রেখে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>এই লেখাটি রেখে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>“{text}” দেখতে ফোন নম্বরের মতো।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>“{text}” দেখতে ই-মেইল ঠিকানার মতো।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>“{text}” হলো কোড বইয়ে {code}-এর জন্য আপনার লেখা একটি নাম।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>এই ল্যাপটপ হারিয়ে গেলে ব্যক্তি-কোড মানুষটিকে বেশি নিরাপদ রাখে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>{code} দিয়ে বদলান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>এখনও কোনো কোড নেই: কোড বইয়ে একটি যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>আগের সংস্করণ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>&amp;মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>সংরক্ষিত এই লগটি বদলান (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>&amp;সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>খসড়া থেকে ফিরিয়ে আনা হয়েছে। রাখতে চাইলে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>সংরক্ষিত হয়েছে। বদলাতে “সম্পাদনা” চাপুন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>সাক্ষাতের পরিকল্পনা থেকে পূরণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>এই আউটরিচ লগটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>এটি এর আগের সংস্করণ ও সংযুক্তিসহ ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে। এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>লগটি মুছে ফেলা হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%Lnটি ফাইল ভল্টে যোগ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি ফাইল ভল্টে যোগ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%Lnটি ফাইল যোগ করা যায়নি:</numerusform>
            <numerusform>%Lnটি ফাইল যোগ করা যায়নি:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%Lnটি মূল ফাইল মুছে ফেলা হয়েছে।</numerusform>
            <numerusform>%Lnটি মূল ফাইল মুছে ফেলা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>এগুলোর মধ্যে %Lnটি শুধু মুছে ফেলা গেছে, আগে ওভাররাইট করা যায়নি।</numerusform>
            <numerusform>এগুলোর মধ্যে %Lnটি শুধু মুছে ফেলা গেছে, আগে ওভাররাইট করা যায়নি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%Lnটি মূল ফাইল আগে থেকেই ছিল না।</numerusform>
            <numerusform>%Lnটি মূল ফাইল আগে থেকেই ছিল না।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%Lnটি মূল ফাইল মুছে ফেলা যায়নি (ফাইল বা তার ফোল্ডারটি শুধু পড়ার জন্য, অথবা এটি একটি লিংক)। অন্য কোনো উপায়ে এটি মুছে ফেলুন।</numerusform>
            <numerusform>%Lnটি মূল ফাইল মুছে ফেলা যায়নি (ফাইল বা তার ফোল্ডারটি শুধু পড়ার জন্য, অথবা এটি একটি লিংক)। অন্য কোনো উপায়ে সেগুলো মুছে ফেলুন।</numerusform>
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
            <numerusform>মেলে এমন সবচেয়ে সাম্প্রতিক %Lnটি রেকর্ডের মধ্যে সবচেয়ে ভালো মিলগুলো। পুরোনোগুলো খুঁজতে আরেকটি শব্দ যোগ করুন।</numerusform>
            <numerusform>মেলে এমন সবচেয়ে সাম্প্রতিক %Lnটি রেকর্ডের মধ্যে সবচেয়ে ভালো মিলগুলো। পুরোনোগুলো খুঁজতে আরেকটি শব্দ যোগ করুন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>লগটি সংরক্ষিত হয়েছে। কেমন গেল, তা নিয়ে নিজের জন্য কয়েক লাইন লিখতে চান?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>এখনই ডিব্রিফ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>পরে মনে করিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>এবার নয়</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>প্রিন্ট করতে আগে এক বা একাধিক লগ বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>সব রেকর্ডে খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>কী &amp;খুঁজবেন:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>আউটরিচ লগ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>খোঁজার ফলাফল</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>ফি&amp;ল্টার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>ফিল্টার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>আমার ডায়েরিও অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>এই খোঁজে আমার ডায়েরিও অন্তর্ভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>এই ফিল্টারের সঙ্গে কোনো লগ মেলে না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>আপনার ডায়েরি লক করা আছে: খোঁজে অন্তর্ভুক্ত করতে আগে সেটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>সবচেয়ে ভালো মিলগুলো আগে; স্ক্রল করলে আরও দেখা যাবে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>কিছু পাওয়া যায়নি। কম বা ছোট শব্দ দিয়ে চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>&amp;নতুন লগ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>&amp;আগের সংস্করণ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;প্রিন্ট…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF হিসেবে সং&amp;রক্ষণ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;কোড বই…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>আ&amp;জ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>ব্যাকআপ &amp;তৈরি করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>গোপন বা&amp;ক্য বদলান…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;লক করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>&amp;এখনই সব লুকান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;বেরিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>FieldSafe কী সুরক্ষা &amp;দেয়</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>এই ভল্ট &amp;মুছে ফেলুন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>&amp;ভল্ট</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>প&amp;ছন্দসমূহ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>ল&amp;গ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>যা&amp;ন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>সা&amp;হায্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>FieldSafe পরি&amp;চিতি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>প্রধান টুলবার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>নতুন লগ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>আজকের পাতা দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>লক করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>এই লগ স&amp;ম্পাদনা করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>কিছু একটা &amp;ঘটেছে…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>&amp;খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>বিভাগ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>বারটি বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>ব্যাকআপ লেখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>ব্যাকআপ লেখা হয়েছে। এটি এই ল্যাপটপ থেকে আলাদা জায়গায় রাখুন; এটি আপনার গোপন বাক্য বা পুনরুদ্ধার কোড দিয়ে খোলে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>গোপন বাক্য বদলানো হয়েছে।</translation>
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
            <numerusform>%Lnটি ফলাফল</numerusform>
            <numerusform>%Lnটি ফলাফল</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>ডিব্রিফ করার কথা মনে করিয়ে দেওয়ার একটি নোট “আজ” পাতায় আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>আপনার সম্পাদনা সংরক্ষণ করা যায়নি (নিচের বার্তাটি দেখুন)। এটি বাদ দিতে আবার বন্ধ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>আমার ডায়েরি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>বিভাগ</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%Ln মাস, {first} থেকে {last}</numerusform>
            <numerusform>%Ln মাস, {first} থেকে {last}</numerusform>
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
        <translation>সহকর্মীদের জন্য আপনার নাম</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>আপনি সাক্ষাতের পরিকল্পনা শেয়ার করলে সহকর্মীরা আপনার কার্ডে এবং নিরাপত্তা নম্বরের আপনার অর্ধেকের ওপরে এই নামটি দেখেন, যাতে আপনাকে আলাদা করে চিনতে পারেন। যে নামে বা ডাকনামে তাঁরা আপনাকে চেনেন, সেটুকুই যথেষ্ট।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>আপনার নাম বা ডাকনাম</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>আপনার &amp;নাম বা ডাকনাম:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>আপনার কার্ড গোপন নয়: যে কেউ এটি দেখলে এই নামটি পড়তে পারেন। পরে পছন্দসমূহে গিয়ে এটি বদলাতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>আমার ভল্ট &amp;খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>সহকর্মীরা দেখবেন: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>এটি খালি রাখলে সহকর্মীরা {name} দেখবেন, যে নামটি প্রতিটি নতুন কার্ডে থাকে; আর তাঁরা নিজেরা আপনাকে একটি নাম না দেওয়া পর্যন্ত আপনাকে অন্যদের থেকে আলাদা করে চিনতে পারবেন না।</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>অনুগ্রহ করে অন্তত %Lnটি অক্ষর ব্যবহার করুন (এ পর্যন্ত {count}টি)। আরেকটি শব্দ যোগ করাই সবচেয়ে সহজ উপায়।</numerusform>
            <numerusform>অনুগ্রহ করে অন্তত %Lnটি অক্ষর ব্যবহার করুন (এ পর্যন্ত {count}টি)। আরেকটি শব্দ যোগ করাই সবচেয়ে সহজ উপায়।</numerusform>
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
        <translation>ক্যালেন্ডারে বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>আগামীকাল</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>এক সপ্তাহ পরে</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>এক মাস পরে</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>তারিখ নেই</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: ক্যালেন্ডার ও দ্রুত বাছাই</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: ক্যালেন্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: নোট</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>এটি এখনও তারিখ নয়: আপনি {example}-এর মতো করে একটি তারিখ না লেখা পর্যন্ত {kept} থেকে যাবে।</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>এটি এখনও তারিখ নয়, তাই রাখা হচ্ছে না। {example}-এর মতো করে লিখুন।</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: সময়</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: সময়ের নোট</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>এটি এখনও সময় নয়। {example}-এর মতো করে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>{example}-এর মতো করে একটি সময়ও যোগ করুন; সময় ছাড়া এটি রাখা হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe ১৯০০ সাল থেকে ৯৯৯৮ সাল পর্যন্ত সময় রাখে।</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>ততক্ষণ {kept} থেকে যাবে।</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>শিরোনামহীন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>একটি গোপন বাক্য বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>এটি শুধু আপনিই জানবেন; FieldSafe এটি রিসেট করতে পারে না। পরের ধাপে আপনি একটি পুনরুদ্ধার কোডও পাবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>ভল্ট &amp;তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;গোপন বাক্য:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>গোপন বাক্য &amp;আবার লিখুন:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>গোপন বাক্য আবার লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>ভল্ট তৈরি হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>আপনার ভল্ট তৈরি হচ্ছে… ইচ্ছে করেই এতে একটু সময় লাগে: এতে অন্য কারও পক্ষে গোপন বাক্যটি আন্দাজ করা খুব ধীর হয়ে যায়।</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>নতুন পরিকল্পনা…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>সাক্ষাতের নতুন পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>পরিকল্পনা সম্পাদনা…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>সাক্ষাতের পরিকল্পনা সম্পাদনা করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>পরিকল্পনা মুছুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>সাক্ষাতের পরিকল্পনা মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>পরিকল্পনার অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>সাক্ষাৎ শেষ: লগ লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>সাক্ষাৎ শেষ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>এই সাক্ষাতে কিছু একটা ঘটেছে…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>এই সাক্ষাৎ থেকে একটি ঘটনা নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>সহকর্মীরা…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>সহকর্মীরা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>সহকর্মীর সঙ্গে শেয়ার করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>এই পরিকল্পনাটি সহকর্মীর সঙ্গে শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>বান্ডেল গ্রহণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>বান্ডেল গ্রহণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>পকেট কার্ড PDF হিসেবে…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>পকেট কার্ড PDF হিসেবে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>চেকলিস্ট</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>অবস্থা:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>আপডেট হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>{name}-এর আপডেটে বদলেছে: {fields}। প্রতিটি নিচে চিহ্নিত করা আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>পাওয়া একটি আপডেটে বদলেছে: {fields}। প্রতিটি নিচে চিহ্নিত করা আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>দুজনে মিলে সাক্ষাতের পরিকল্পনা করুন: কোথায়, বিকল্প জায়গা, যদি… হয় তবে কী করবেন, আপনাদের সতর্ক সংকেত, আর কখন খবর দেবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}; জায়গা: {place}; সঙ্গে: {colleague}।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>জায়গা এখনও ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>সহকর্মী এখনও ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>এখনও বাকি: {items}।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>কিছুই বাকি নেই: পরিকল্পনাটি তৈরি মনে হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>পরিকল্পনা সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>সাক্ষাতের এই পরিকল্পনাটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>এটি এর আগের সংস্করণসহ ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে। আপনি আগেই যে কপি শেয়ার করেছেন, সেটি আপনার সহকর্মীর কাছে থেকে যাবে। এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>পরিকল্পনা মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>বান্ডেল সংরক্ষিত হয়েছে: আপনার সহকর্মী ও আপনার জন্য এনক্রিপ্ট করা।</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>পছন্দসমূহ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>একটি নাম বা ডাকনাম</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>লেখার আকার</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="111"/>
        <source>min</source>
        <comment>minutes, after a number</comment>
        <translation>মিনিট</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="112"/>
        <source>Minutes idle before locking</source>
        <translation>লক হওয়ার আগে কত মিনিট কোনো কাজ হবে না</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>চেহারা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>খবর দেওয়ার সময় পেরিয়ে গেলে সিস্টেম নোটিস দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>খবর দেওয়ার সময় পেরোলে সিস্টেম নোটিস</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>আপনার &amp;নাম:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>সহকর্মীরা আপনার কার্ডে এই নামটি দেখেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;ভাষা:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>লেখার &amp;আকার:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>ভাষা ও লেখার আকার বদলাবে পরের বার FieldSafe চালু হলে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>এতক্ষণ কোনো কাজ না হলে &amp;লক হবে:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;চেহারা:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>এতে শুধু বলা হয় যে খবর দেওয়ার একটি সময় পেরিয়ে গেছে, কোন সাক্ষাৎ তা কখনও নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>আপনার নাম বদলাতে ভল্টটি আনলক করুন</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%Lnটি লগ অন্তর্ভুক্ত হবে।</numerusform>
            <numerusform>%Lnটি লগ অন্তর্ভুক্ত হবে।</numerusform>
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
        <translation>আপনার পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>কখনও গোপন বাক্য ভুলে গেলে এই কোড দিয়ে আপনার ভল্ট খোলে। এটি শুধু এই একবারই দেখানো হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>এখনই এটি কাগজে লিখে ফেলুন, আর কাগজটি এই ল্যাপটপ থেকে আলাদা জায়গায় রাখুন (ল্যাপটপের ব্যাগে নয়)। যে কারও কাছে ল্যাপটপ আর এই কোড দুটোই থাকলে তিনি ভল্টটি খুলতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe এটি আপনার জন্য কপি করে না, যাতে এটি কখনও ক্লিপবোর্ডের ইতিহাসে না যায়। বড় হাতের অক্ষর হোক বা না হোক, ড্যাশ থাকুক বা না থাকুক: দুভাবেই কাজ হয়।</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>ব্যাকআপ ফোল্ডারটি সেখানে নেই: ড্রাইভটি কি লাগানো আছে, নাকি ফোল্ডারটি সরানো হয়েছে? কিছুই হারায়নি; FieldSafe পরে আবার চেষ্টা করবে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>এনক্রিপ্ট করা ব্যাকআপ আপনার ব্যাকআপ ফোল্ডারে লেখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>এবার ব্যাকআপ কাজ করেছে। এটি আপনার ব্যাকআপ ফোল্ডারে আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>বন্ধ: নির্ধারিত সময়ে কোনো ব্যাকআপ লেখা হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>সেখানে এখনও কোনো ব্যাকআপ লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>শেষ ব্যাকআপ: {time}।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>শেষ চেষ্টাটি, {time}, কাজ করেনি।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>কাজ করেছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>নির্ধারিত সময়ে ব্যাকআপ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>আপনার পুরো ভল্টের একটি এনক্রিপ্ট করা কপি, আপনার বেছে নেওয়া ফোল্ডারে লেখা। শুধু আপনার গোপন বাক্য বা পুনরুদ্ধার কোড দিয়েই এটি খোলে: আপনার সংস্থা এটি রাখতে পারে, কিন্তু কখনও পড়তে পারে না, আর এর ভেতরে আপনার ডায়েরি ব্যক্তিগতই থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;ফোল্ডার বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>ব্যাকআপ ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;টিম ফোল্ডার ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>টিম ফোল্ডার ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>কত ঘন ঘন ব্যাকআপ হবে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>প্রতিদিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>প্রতি সপ্তাহে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>এখনই &amp;ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>এখনই ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>শেষ ব্যাকআপ কেমন হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>নির্ধারিত সময়ে ব্যাকআপ নিতে ভল্টটি আনলক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>ফোল্ডার:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>কত &amp;ঘন ঘন:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>কোনো ফোল্ডার বেছে নেওয়া হয়নি।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>প্রতি %Ln ঘণ্টায়</numerusform>
            <numerusform>প্রতি %Ln ঘণ্টায়</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>একটি &amp;টিম ফোল্ডার ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>সেই ফোল্ডারটি এখন সেখানে নেই: ড্রাইভটি কি লাগানো আছে? কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>ব্যাকআপ লেখা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>শিরোনামহীন</translation>
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
        <translation>FieldSafe তার লগ ফাইল লিখতে পারছে না, তাই এবার লগ ফাইল ছাড়াই চলছে। আপনার রেকর্ডের কোনো ক্ষতি হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>শুধু পড়া যাবে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>লক করা হয়নি। নোটের লেখাটি ৩০ সেকেন্ডের জন্য ক্লিপবোর্ডে আছে, আর FieldSafe লক হলে মুছে যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>লক করা হয়নি। আপনার নোটটি এখনও এখানে আছে; আবার সংরক্ষণের চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>ভল্টটি লক হয়ে গেছে। যে সম্পাদনাটি খোলা ছিল সেটি সংরক্ষণ করা যায়নি, তাই রাখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%Lnটি লগে ফলো-আপ বাকি</numerusform>
            <numerusform>%Lnটি লগে ফলো-আপ বাকি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>আজ %Lnটি পরিকল্পনা</numerusform>
            <numerusform>আজ %Lnটি পরিকল্পনা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%Lnটি খোলা ঘটনা, যার ব্যবস্থা এখনও পর্যালোচনা হয়নি</numerusform>
            <numerusform>%Lnটি খোলা ঘটনা, যেগুলোর ব্যবস্থা এখনও পর্যালোচনা হয়নি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%Lnটি পর্যালোচনা বাকি</numerusform>
            <numerusform>%Lnটি পর্যালোচনা বাকি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Lnটি বিষয়</numerusform>
            <numerusform>%Lnটি বিষয়</numerusform>
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
        <translation>আমার সহায়তা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>যাঁদের কাছে আপনি যেতে পারেন, আর যা আপনাকে সাহায্য করে। শুধু এই ভল্টেই রাখা হয়; কোথাও কিছু পাঠানো হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>যাঁদের কাছে আমি যেতে পারি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>নাম বা সংস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>কীভাবে যোগাযোগ করা যায়</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>মানুষ যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>মানুষ সরান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>যা আমাকে সাহায্য করে</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>সাহায্য করে এমন কিছু</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>যেমন একটু হাঁটা, গান, বোনকে ফোন করা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>যা সাহায্য করে তা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>যা সাহায্য করে তা সরান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>এমন কাউকে যোগ করুন, যাঁর কাছে আমি যেতে পারি</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>আপনার সহায়তার তালিকা আপাতত খালি। যা প্রায়ই সাহায্য করে, তার কয়েকটি:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>বিশ্বাস করেন এমন কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>একজন সহকর্মী বা আপনার সুপারভাইজার</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>আপনার সংস্থার একটি হেল্পলাইন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>বিশ্রাম</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>যা আপনাকে স্থির করে, যেমন একটু হাঁটা বা ধীরে ধীরে শ্বাস নেওয়া</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>আগে একটি নাম বা সংস্থা লিখুন।</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>একটি টিম বেছে নিন, অথবা তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>এখনও কোনো টিম নেই। আপনার প্রথম টিমের একটি নাম লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>এখনও কোনো সদস্য নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>আপনার সব সহকর্মী এই টিমে আছেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>এখনও কোনো সহকর্মী নেই: “সহকর্মীরা” ট্যাবে তাঁদের কার্ড যোগ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>“{name}” টিম তৈরি হয়েছে। এর টিম ফোল্ডার বেছে নিন এবং যাচাই করা সহকর্মীদের যোগ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>টিমটির নাম এখন “{name}”।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>টিম ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>টিমটির এখন কোনো ফোল্ডার নেই। ফোল্ডারটি আর এর ভেতরের ফাইলগুলো যেখানে ছিল সেখানেই থাকবে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>টিম ফোল্ডার ঠিক করা হয়েছে। আপনার কার্ডটি সেখানে রেখে দিন, যাতে টিম সেটি খুঁজে পায়।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} এখন এই টিমের একজন সদস্য।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} এখন এই টিমের একজন নিরাপত্তা সমন্বয়ক।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} এখন এই টিমের একজন সদস্য, নিরাপত্তা সমন্বয়ক নন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} আর এই টিমে নেই। তিনি আপনার সহকর্মীদের মধ্যে থাকছেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>“{name}” টিমটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>টিমটি এই ভল্ট থেকে সরিয়ে ফেলা হবে, কারা এতে ছিলেন এবং তাঁদের ভূমিকাসহ। আপনার সহকর্মীরা থেকে যাবেন। টিম ফোল্ডার আর এর ভেতরের প্রতিটি ফাইল যেখানে আছে সেখানেই থাকবে: FieldSafe সেগুলো মোছে না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>টিমটি মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>টিম মুছে ফেলা হয়েছে। এর ফোল্ডার আর ভেতরের ফাইলগুলো থেকে যাচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>আপনার কার্ড টিম ফোল্ডারে আছে। এতে শুধু সর্বজনীন চাবি আছে; সহকর্মীরা তবুও আপনার সঙ্গে সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে দেখবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>টিম ফোল্ডারে কোনো নতুন কার্ড নেই।</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>সিস্টেমের মতো</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>হালকা</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>আজ কোনো কিছুতে মনোযোগ দেওয়ার দরকার নেই: সামনে কোনো সাক্ষাৎ নেই, কোনো ফলো-আপ বাকি নেই, নষ্ট করার অপেক্ষায় কোনো কাগজের নোট নেই, পর্যালোচনার জন্য কোনো লগ নেই, পর্যালোচনার অপেক্ষায় কোনো ঘটনা বা ঝুঁকি মূল্যায়ন নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>বাকি ফলো-আপ (%Ln)</numerusform>
            <numerusform>বাকি ফলো-আপ (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>শেষ তারিখ {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>কাগজের নোট, যা নষ্ট করা হয়েছে বলে এখনও নিশ্চিত করা হয়নি (%Ln)</numerusform>
            <numerusform>কাগজের নোট, যা নষ্ট করা হয়েছে বলে এখনও নিশ্চিত করা হয়নি (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>পর্যালোচনার তারিখ পেরিয়ে গেছে: মুছুন বা রাখুন (%Ln)</numerusform>
            <numerusform>পর্যালোচনার তারিখ পেরিয়ে গেছে: মুছুন বা রাখুন (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>পর্যালোচনার দিন {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>পরে করার জন্য রাখা ডিব্রিফ (%Ln)</numerusform>
            <numerusform>পরে করার জন্য রাখা ডিব্রিফ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(প্রথম %Lnটি দেখানো হলো)</numerusform>
            <numerusform>(প্রথম %Lnটি দেখানো হলো)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>সামনের সাক্ষাৎ ও খবর দেওয়ার সময় (%Ln)</numerusform>
            <numerusform>সামনের সাক্ষাৎ ও খবর দেওয়ার সময় (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>খবর দেওয়ার কোনো সময় ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>{time}-এর মধ্যে খবর দিতে হবে</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>যে ঘটনাগুলোর ব্যবস্থা এখনও পর্যালোচনা হয়নি (%Ln)</numerusform>
            <numerusform>যে ঘটনাগুলোর ব্যবস্থা এখনও পর্যালোচনা হয়নি (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>ঘটনা</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>ঝুঁকি মূল্যায়নের বাকি পর্যালোচনা (%Ln)</numerusform>
            <numerusform>ঝুঁকি মূল্যায়নের বাকি পর্যালোচনা (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>শিরোনামহীন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>পর্যালোচনার শেষ তারিখ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>শিরোনামহীন</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>FieldSafe-এ স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;ভাষা:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>এরপর আপনি একটি গোপন বাক্য বেছে নেবেন। এতে কয়েক মিনিট লাগে।</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>সোর্স কোড: এই প্রোগ্রামের সঙ্গে দেওয়া আছে, {folder}-এ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>সোর্স কোড: এই কপিতে অন্তর্ভুক্ত নয়। যিনি এটি আপনাকে দিয়েছেন, তাঁকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>সংস্করণ {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>লাইসেন্স: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, সংস্করণ ৩ বা তার পরের</translation>
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
        <translation>পোর্টেবল মোড: সবকিছু রাখা হয় {folder}-এ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>FieldSafe পরিচিতি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>এনক্রিপ্ট করা মাঠের রেকর্ড, যা এই কম্পিউটারেই থাকে এবং ইন্টারনেট ছাড়াই কাজ করে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>FieldSafe-এর এই কপি সম্পর্কে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe তার ফোল্ডার {folder}-এ লিখতে পারছে না, তাই পোর্টেবল মোডে চালু হতে পারছে না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>FieldSafe ফোল্ডারটি এমন জায়গায় কপি করুন, যেখানে লেখা যায় (রাইট-প্রোটেক্ট করা নয় এমন একটি USB স্টিক, বা আপনার নিজের ফোল্ডার), অথবা পোর্টেবল মোড ছাড়া FieldSafe চালু করুন।</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>আপনি নিরাপদে ফিরেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>নোটিসটি বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>{time}-এ চিহ্নিত করা হয়েছে। {name} হয়তো এই খবরের অপেক্ষায় আছেন। FieldSafe পরিকল্পনাটি, যাতে এখন নিরাপদে ফেরা চিহ্নিত আছে, {name}-এর জন্য টিম ফোল্ডারে রেখে দিতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>{time}-এ চিহ্নিত করা হয়েছে। {name} হয়তো এই খবরের অপেক্ষায় আছেন। FieldSafe নিজে থেকে কিছুই পাঠায় না: এটি পরিকল্পনাটি, যাতে এখন নিরাপদে ফেরা চিহ্নিত আছে, {name}-এর জন্য একটি ছোট বান্ডেল হিসেবে সংরক্ষণ করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>{name}-কে জানান</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>{name}-কে জানান…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>{name}-কে জানান যে আপনি নিরাপদে ফিরেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>{name}-এর জন্য বান্ডেল সংরক্ষিত হয়েছে। আপনারা সাধারণত যেভাবে বান্ডেল আদান-প্রদান করেন, সেভাবে এটি পৌঁছে দিন: {name} এটি পেলে তাঁর FieldSafe দেখাবে যে আপনি নিরাপদে ফিরেছেন।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>{name}-এর জন্য টিম ফোল্ডারে রেখে দেওয়া হয়েছে। তাঁর FieldSafe ফোল্ডারটি পড়লেই দেখাবে যে আপনি নিরাপদে ফিরেছেন।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>এর বদলে আপনি {name}-এর জন্য একটি ছোট বান্ডেল সংরক্ষণ করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>খবর দেওয়ার একটি সময় পেরিয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>আপনাদের একজন খবর না দিলে কী করবেন বলে আপনারা ঠিক করেছিলেন:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>আমি নিরাপদে ফিরেছি</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>পরিকল্পনাটি খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>পরেরটি</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>খবর দেওয়ার পরের যে সময়টি পেরিয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>পরিকল্পনায় এ নিয়ে কিছু লেখা নেই। আপনারা কী ঠিক করেছিলেন দেখতে পরিকল্পনাটি খুলুন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>খবর দেওয়ার আরও %Lnটি সময় পেরিয়ে গেছে।</numerusform>
            <numerusform>খবর দেওয়ার আরও %Lnটি সময় পেরিয়ে গেছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>তার %Ln মিনিট পরে</numerusform>
            <numerusform>তার %Ln মিনিট পরে</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>ঠিক সেই সময়ে</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, {start}-এর সাক্ষাৎ: আপনারা ঠিক করেছিলেন {time}-এর মধ্যে খবর দেওয়া হবে, আর {grace} ব্যবস্থা নেওয়া হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{start}-এর সাক্ষাৎ: আপনারা ঠিক করেছিলেন {time}-এর মধ্যে খবর দেওয়া হবে, আর {grace} ব্যবস্থা নেওয়া হবে।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>{colleague}-এর সঙ্গে যোগাযোগের উপায়: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>আপনার সহকর্মীর সঙ্গে যোগাযোগের উপায়: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>পরিকল্পনায় {colleague}-এর সঙ্গে যোগাযোগের কোনো তথ্য নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>পরিকল্পনায় যোগাযোগের কোনো তথ্য নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>আমাদের একজন খবর না দেন?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>সাক্ষাতের সময় ও পরে আমরা কীভাবে একে অপরের সঙ্গে যোগাযোগ করব?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>খবর না এলে, আপনারা যা করবেন বলে ঠিক করেছিলেন তার সঙ্গে এটি দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>খবর দেওয়ার সময়ের পরে ব্যবস্থা নেওয়ার আগে আমরা কতক্ষণ অপেক্ষা করব?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>এই সময় পেরিয়ে গেলে আপনারা যা ঠিক করেছিলেন, FieldSafe তা দেখায়।</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>খবর দেওয়ার সময়েই ব্যবস্থা নিন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln মিনিট</numerusform>
            <numerusform>%Ln মিনিট</numerusform>
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
        <translation>খবর দেওয়ার একটি সময় পেরিয়ে গেছে।</translation>
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
        <translation>ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>ফাইলটি পড়া যায় না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>যাঁর সঙ্গে শেয়ার করবেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>যে সহকর্মীরা বান্ডেলটি খুলতে পারবেন, তাঁদের প্রত্যেকের পাশে টিক দিন: তাঁরা প্রত্যেকে এটি খুলতে পারবেন, আপনিও পারবেন, আর কেউ নয়। শুধু যে সহকর্মীদের নিরাপত্তা নম্বর আপনি মিলিয়ে দেখেছেন, তাঁদেরই তালিকায় দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>এখনও কোনো সহকর্মী যাচাই করা হয়নি। আগে “সহকর্মীরা”-তে নিরাপত্তা নম্বর মিলিয়ে দেখুন, অথবা বান্ডেলটি এমন একটি গোপন বাক্য দিয়ে সুরক্ষিত করুন, যা আপনি সহকর্মীকে সামনাসামনি বলবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>যাচাই করা সহকর্মীরা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Space চাপলে সহকর্মীর পাশে টিক পড়ে বা উঠে যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>টিক দেওয়া সহকর্মীদের সঙ্গে শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>তার বদলে &amp;গোপন বাক্য দিয়ে সুরক্ষিত করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>তার বদলে গোপন বাক্য দিয়ে সুরক্ষিত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>বাতিল: কিছুই শেয়ার করবেন না</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>%Lnজন সহকর্মীর সঙ্গে শেয়ার করুন</numerusform>
            <numerusform>%Lnজন সহকর্মীর সঙ্গে শেয়ার করুন</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>নিরাপত্তা নম্বর</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>আপনি ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>নিরাপত্তা নম্বরের আপনার অর্ধেক</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>নিরাপত্তা নম্বরের {name}-এর অর্ধেক</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>নিরাপত্তা নম্বরের অর্ধেক</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>বান্ডেলটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>শেয়ার বান্ডেল (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>বান্ডেল গ্রহণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>শেয়ার বান্ডেল (*.age);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>{added}টি যোগ হয়েছে, {updated}টি আপডেট হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>{name}-এর কাছ থেকে (যাচাই করা): নতুন {new}টি, আপডেট করার {changed}টি। ইমপোর্ট করবেন?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>যে %Lnটি পাঠানো অবস্থায় বা তার পরের সংস্করণে আপনার কাছে আগে থেকেই আছে, সেটি যেমন আছে তেমনই থাকবে।</numerusform>
            <numerusform>যে %Lnটি পাঠানো অবস্থায় বা তার পরের সংস্করণে আপনার কাছে আগে থেকেই আছে, সেগুলো যেমন আছে তেমনই থাকবে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>প্রেরককে যাচাই করা হয়নি (গোপন বাক্যে সুরক্ষিত বান্ডেল)। নতুন {new}টি, আপডেট করার {changed}টি। শুধু এটি আশা করে থাকলে তবেই ইমপোর্ট করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>এই বান্ডেলটি আপনাকে উদ্দেশ করে পাঠানো হয়নি: এতে কোনো প্রাপকের নাম নেই, তাই এর গোপন বাক্য যাঁর কাছে আছে, তিনিই এটি খুলতে পারতেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>আপনারা দুজনেই এই পরিকল্পনা বদলেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>আপনারা দুজনেই এই ঘটনার তথ্য বদলেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>আপনারা দুজনেই এই ঝুঁকি মূল্যায়ন বদলেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>আপনারা দুজনেই এই রেকর্ড বদলেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>{name}-এর: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>তাঁদের: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>আমার: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>আমারটি রাখুন: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>তাঁদেরটি নিন: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>শেষবার আদান-প্রদানের পর আপনি ও {name} একই অংশগুলো বদলেছেন। প্রতিটির জন্য কোনটি রাখবেন বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>শেষবার আদান-প্রদানের পর আপনি ও আপনার সহকর্মী একই অংশগুলো বদলেছেন। প্রতিটির জন্য কোনটি রাখবেন বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>বান্ডেলের গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>অন্তত ১০টি অক্ষরের একটি গোপন বাক্য। এটি সহকর্মীকে সামনাসামনি বলুন, কখনও ফাইলের সঙ্গে নয়:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>একই গোপন বাক্য আবার:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>এই বান্ডেলটি একটি গোপন বাক্য দিয়ে সুরক্ষিত। সেটি লিখুন:</translation>
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
        <translation>আপনি যে লগটি লিখছিলেন, সেটি সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe {time} থেকে এটি রেখে দিয়েছে। আবার লিখতে থাকার জন্য এটি ফিরিয়ে আনুন, অথবা বাদ দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>মুছে ফেললে প্রথমে ভল্টের চাবি, তারপর এর রেকর্ডগুলো নষ্ট করা হয়। এরপর কোনো গোপন বাক্য বা পুনরুদ্ধার কোড দিয়েই সেগুলো খোলা যাবে না। আগে তৈরি ব্যাকআপ বা কপি, কিংবা SSD আগেই যে ব্লকগুলো সরিয়ে রেখেছে, সেগুলো পর্যন্ত এটি পৌঁছাতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>মুছে ফেলতে “{word}” শব্দটি লিখুন:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>নিশ্চিত করার শব্দ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>ভল্টটি মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>ভল্টের ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>FieldSafe ব্যাকআপ (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>ছবি, স্ক্যান বা PDF সংযুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>ছবি, স্ক্যান ও PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe প্রতিটি ফাইলের ওপর লিখে দেয় (ওভাররাইট), তারপর মুছে ফেলে। SSD, মেমোরি কার্ড, ফোন বা সিঙ্ক করা ফোল্ডারে এমন কপি থেকে যেতে পারে, যেখানে কোনো প্রোগ্রাম পৌঁছাতে পারে না; ক্যামেরা বা স্ক্যানারও নিজের একটি কপি রেখে দিতে পারে। ভল্টের ভেতরের এনক্রিপ্ট করা কপির কিছু হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>মূল ফাইলগুলো মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>রেখে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>FieldSafe এখন লক হলে নোটটি হারিয়ে যাবে। আপনি আগে এর লেখাটি কপি করতে পারেন (৩০ সেকেন্ড পরে এবং FieldSafe লক হলে এটি ক্লিপবোর্ড থেকে মুছে যায়), উইন্ডোটি খোলা রেখে আবার সংরক্ষণের চেষ্টা করতে পারেন, অথবা তবুও লক করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>কিছুক্ষণ ব্যবহার না হওয়ায় FieldSafe লক হতে যাচ্ছিল।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>কেউ সাড়া না দিলে আবার ততক্ষণ পরে FieldSafe লক হয়ে যাবে।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>আপনার নোটটি সংরক্ষণ করা যায়নি, খসড়া হিসেবেও রাখা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>লেখাটি কপি করুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>উইন্ডোটি খোলা রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>তবুও লক করুন (নোটটি হারিয়ে যাবে)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>কিছু একটা সমস্যা হয়েছে। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>এই ফাইলটি সংযুক্ত করা যায় না। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>ডিস্ক ভরে গেছে, তাই আপনার রেকর্ডগুলো শুধু পড়ার জন্য খোলা আছে এবং এটি করা যায়নি। কিছুই বদলানো হয়নি; কিছু জায়গা খালি করুন, তারপর আবার ভল্টটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe ওই জায়গায় লিখতে পারে না। কিছুই বদলানো হয়নি; অন্য একটি জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>ডিস্কে লেখা যায়নি। কিছুই বদলানো হয়নি; অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>এই গোপন বাক্য বা পুনরুদ্ধার কোড দিয়ে এই ব্যাকআপটি খোলেনি। ব্যাকআপটি তৈরির সময় যেটি চালু ছিল, সেটি দিয়ে চেষ্টা করুন। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>ডিস্ক ভরে গেছে, তাই আপনার রেকর্ডগুলো শুধু পড়ার জন্য খোলা আছে। কিছু জায়গা খালি করে আবার ভল্টটি না খোলা পর্যন্ত কিছুই সংরক্ষণ করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>ডিস্ক ভরে গেছে, তাই ভল্টটি খোলা যাচ্ছে না। কিছুই বদলানো হয়নি; কিছু জায়গা খালি করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe ভল্টের ফোল্ডারটি ব্যবহার করতে পারে না, তাই ভল্টটি খোলা যাচ্ছে না। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>ভল্টের ফোল্ডারটি এই মুহূর্তে ব্যবহার করা যাচ্ছে না (ডিস্কে একটি সমস্যা), তাই ভল্টটি খোলা যাচ্ছে না। কিছুই বদলানো হয়নি; অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>ফোল্ডার বা ফাইলের নামটি এই কম্পিউটারের জন্য খুব লম্বা। কিছুই বদলানো হয়নি; ছোট একটি নাম বা জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>ডিস্ক ভরে গেছে, তাই আপনার রেকর্ডগুলো শুধু পড়ার জন্য খোলা আছে। কিছুই সংরক্ষণ করা হয়নি; আপনার লেখা এখনও এখানে আছে। কিছু জায়গা খালি করুন, তারপর আবার ভল্টটি খুলুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>ডিস্ক ভরে গেছে। কিছুই সংরক্ষণ করা হয়নি; আপনার লেখা এখনও এখানে আছে। কিছু জায়গা খালি করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe ওই জায়গায় লিখতে পারে না। কিছুই সংরক্ষণ করা হয়নি; আপনার লেখা এখনও এখানে আছে।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>ডিস্কে লেখা যায়নি। কিছুই সংরক্ষণ করা হয়নি; আপনার লেখা এখনও এখানে আছে। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>বৈধ নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>রেকর্ড {number}: “{field}” ঘরটি {reason}। কিছুই ইমপোর্ট করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>“{field}” ঘরটি {reason}।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>ফাইলটি প্রত্যাশিত ফরম্যাটে নেই।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>লাইন {line}: {problem} কিছুই ইমপোর্ট করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>এই গোপন বাক্য বা পুনরুদ্ধার কোড দিয়ে ভল্টটি খোলেনি। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>ভল্টের চাবি-ফাইল (vault.key) পাওয়া যাচ্ছে না, তাই রেকর্ডগুলো খোলা যাচ্ছে না। ব্যাকআপ থেকে এটি ফিরিয়ে আনুন; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>ভল্টের চাবি-ফাইল (vault.key) নষ্ট হয়ে গেছে বা এটি FieldSafe-এর চাবি-ফাইল নয়। ব্যাকআপ থেকে এটি ফিরিয়ে আনুন; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>ভল্টের ডেটাবেস নষ্ট বা অসম্পূর্ণ। কিছুই বদলানো হয়নি; ব্যাকআপ থাকলে সেখান থেকে ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>ওই জায়গায় কোনো FieldSafe ভল্ট নেই।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>সেখানে আগে থেকেই একটি ভল্ট (বা অন্য ফাইল) আছে। FieldSafe কখনও সেটির ওপর লেখে না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>এই ভল্টটি FieldSafe-এর একটি নতুনতর সংস্করণে তৈরি। এটি খুলতে অনুগ্রহ করে FieldSafe আপডেট করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>এই ভল্টটি FieldSafe-এর নতুন সংস্করণে আপডেট করা যায়নি। ভল্টটি যেমন ছিল তেমনই রাখা হয়েছে; চেষ্টার আগে একটি কপি রাখা হয়েছিল।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>FieldSafe-এর অন্য একটি উইন্ডো বা কমান্ড এই মুহূর্তে এই ভল্টটি ব্যবহার করছে। কিছুই বদলানো হয়নি; একটু পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>ভল্টটি লক করা আছে। চালিয়ে যেতে এটি আনলক করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>সেই রেকর্ডটি আর নেই।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>ফোল্ডারটি সেখানে নেই: ড্রাইভটি কি লাগানো আছে, নাকি ফোল্ডারটি সরানো হয়েছে? কিছুই লেখা হয়নি; সরানো হয়ে থাকলে সহকর্মীরা › টিম-এ গিয়ে আবার ফোল্ডারটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>সেখানে আগে থেকেই একটি ফাইল আছে। অন্য একটি নাম বেছে নিন; FieldSafe কখনও সেটির ওপর লেখে না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>ডিস্ক ভরে গেছে, তাই এটি করা যায়নি। কিছুই বদলানো হয়নি; কিছু জায়গা খালি করুন (অথবা অন্য জায়গা বেছে নিন, যেমন একটি USB স্টিক) এবং আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>পূরণ করা আবশ্যক</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>বৈধ তারিখ ও সময় নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>লেখা (টেক্সট) হতে হবে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>খুব লম্বা</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>এমন একটি অক্ষর ধারণ করে, যা অনুমোদিত নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>এই ধরনের রেকর্ডের কোনো ঘর নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>FieldSafe-এর জানা কোনো রেকর্ডের ধরন নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>রেকর্ডের বৈধ আইডি নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>একটি অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>ফাইলে আগে ব্যবহৃত একটি আইডি আবার ব্যবহার করেছে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>অনুমোদিত সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>এমন লেখা ধারণ করে, যা বৈধ ইউনিকোড নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>বৈধ তারিখ নয় (বছর-মাস-দিন)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>একটি পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>true বা false হতে হবে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>অনুমোদিত মানগুলোর কোনোটি নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>অনেক বেশি এন্ট্রি ধারণ করে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>বৈধ base64 নয়</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>সংযুক্তির বিষয়বস্তুর সঙ্গে মেলে না</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>এমন একটি এন্ট্রি ধারণ করে, যাতে কমা বা সেমিকোলন আছে (এগুলো এন্ট্রি আলাদা করে)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>এমন একটি রেকর্ডের উল্লেখ করে, যা এই ভল্টে নেই</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>আগে থেকেই কোড বইয়ে আছে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>এই ভল্টে আগে থেকেই অন্য ধরনের একটি রেকর্ডে ব্যবহৃত হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>ফাইলটি বৈধ JSON নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>ফাইলটি FieldSafe-এর আদান-প্রদান ফাইল নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>ফাইলটি FieldSafe-এর একটি নতুনতর সংস্করণে তৈরি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>ফাইলটি FieldSafe-এর ব্যাকআপ নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>ফাইলটি অসম্পূর্ণ (কপি করার সময় হয়তো মাঝপথে কেটে গেছে)।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>ফাইলটি নষ্ট হয়ে গেছে।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>ফাইলটির অস্তিত্ব নেই।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>ফাইলটি পড়া যায় না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>ফাইলটি খুব বড়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>ফাইলটি UTF-8 টেক্সট নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>ফাইলটির একটি অবজেক্টের ভেতরে একই নাম দুবার আছে, তাই এর অর্থ অস্পষ্ট।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>এটি FieldSafe কার্ড নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>ফাইলটি FieldSafe-এর শেয়ার বান্ডেল নয়।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>এই বান্ডেলটি অন্য কারও জন্য এনক্রিপ্ট করা হয়েছে; এই ভল্ট এটি খুলতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>এই বান্ডেলটি খুলতে FieldSafe সাধারণত যত কাজ করে, তার চেয়ে অনেক বেশি কাজ চাইছে, তাই এটি খোলা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>এই বান্ডেলটি একটি গোপন বাক্য দিয়ে সুরক্ষিত। প্রেরকের কাছে সেটি চেয়ে নিন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>এই গোপন বাক্য দিয়ে বান্ডেলটি খোলেনি, অথবা ফাইলটি নষ্ট হয়ে গেছে।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>বান্ডেলটিতে কোনো FieldSafe সহকর্মীর স্বাক্ষর নেই, তাই এটি খোলা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>বান্ডেলটির স্বাক্ষর এর বিষয়বস্তুর সঙ্গে মেলে না: এটি হয়তো বদলানো হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>প্রেরককে এখনও যাচাই করা হয়নি। আগে সামনাসামনি আপনাদের নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>প্রেরক আপনার সহকর্মীদের একজন নন। আগে তাঁর কার্ড ইমপোর্ট করে যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>এই সহকর্মীর চাবি বদলেছে। আপনি আবার তাঁকে যাচাই না করা পর্যন্ত কিছুই শেয়ার করা বা গ্রহণ করা হবে না।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>বান্ডেলটির এই সংস্করণ, বা এর চেয়ে নতুন একটি, আপনার কাছে আগে থেকেই আছে। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>এটি আপনার কাছে আগে থেকেই থাকা একটি পরিকল্পনার পুরোনো সংস্করণ। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>এই বান্ডেলটি FieldSafe-এর একটি পুরোনো সংস্করণে তৈরি, তাই আপনার কাছের পরিকল্পনাগুলোর সঙ্গে মিলিয়ে দেখা যায় না। প্রেরককে FieldSafe আপডেট করে আবার শেয়ার করতে বলুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>এই বান্ডেলটি আপনাকে নয়, অন্য কাউকে উদ্দেশ করে পাঠানো হয়েছে। কিছুই ইমপোর্ট করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>প্রেরক একজন যাচাই করা সহকর্মী, কিন্তু যে টিমের ফোল্ডার দিয়ে এটি এসেছে, সেই টিমের সদস্য নন। কিছুই ইমপোর্ট করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>বান্ডেলটি ইমপোর্ট করার সময় এই ভল্টে রেকর্ডগুলো বারবার বদলাচ্ছিল। কিছুই ইমপোর্ট করা হয়নি। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>ফাইলটি খালি। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>ফাইলটি ২৫ MB-র চেয়ে বড়; FieldSafe এর বেশি সংযুক্ত করে না। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe শুধু JPEG ও PNG ছবি এবং PDF ফাইল সংযুক্ত করে। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>ফাইলটি নষ্ট বা অসম্পূর্ণ। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>ছবিটি নিরাপদে খোলার জন্য খুব বড় (৮০ মেগাপিক্সেলের বেশি)। কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>ফাইলটি পড়া যায় না (হয়তো সেটি আর নেই, অথবা সাধারণ ফাইল নয়)। কিছুই রাখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>সংস্থার জন্য সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>সারসংক্ষেপটি এমন একটি ফাইল হিসেবে সংরক্ষিত হয়, যা এনক্রিপ্ট করা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>এতে শুধু সংখ্যা থাকে: মাস, ধরন, পরিবেশ ও এলাকা অনুযায়ী ঘটনার সংখ্যা। এতে কোনো ব্যক্তি-কোড, নাম বা লেখা থাকে না। {small}-এর কম সংখ্যাগুলো লুকানো থাকে, আর প্রয়োজনে তার পরের সবচেয়ে ছোট সংখ্যাগুলোও, যাতে কোনো লুকানো সংখ্যা হিসাব করে বের করা না যায়; যেসব এলাকায় {small}টির কম ঘটনা, সেগুলো একসঙ্গে গোনা হয়। যে কারও কাছে ফাইলটি থাকলে তিনি এটি পড়তে পারবেন: শুধু যাঁর জন্য এটি, তাঁর সঙ্গেই শেয়ার করুন, আর দরকার ফুরোলে আপনার কপিটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>প্রথম ঘটনা থেকে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>আজ পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>একটি স্প্রেডশিট (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>একটি PDF ডকুমেন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>যেভাবে সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>কোথায় সংরক্ষণ করবেন বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>কোথায় সংরক্ষণ করবেন বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>ঘটনা-সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>সারসংক্ষেপটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>সব মিলিয়ে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>মাস অনুযায়ী</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>ধরন অনুযায়ী</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>পরিবেশ অনুযায়ী</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>এলাকা অনুযায়ী</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>সব ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>অন্যান্য এলাকা (প্রতিটিতে {small}টির কম ঘটনা)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>অংশ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>মান</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>{small}-এর কম</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>{first} থেকে {last} পর্যন্ত ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>{first} থেকে ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>{last} পর্যন্ত ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>নথিভুক্ত প্রতিটি ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>শুধু সংখ্যা, কোনো কোড, নাম বা লেখা ছাড়া। {small}-এর কম সংখ্যাগুলো লুকানো থাকে, আর প্রয়োজনে তার পরের সবচেয়ে ছোট সংখ্যাগুলোও; যেসব এলাকায় {small}টির কম ঘটনা, সেগুলো একসঙ্গে গোনা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>ঘটনা: পরিচয়-মুক্ত একটি সারসংক্ষেপ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>এই সময়ে কোনো ঘটনা নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>সারসংক্ষেপ সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>সারসংক্ষেপটি সংরক্ষিত হয়েছে। এটি এনক্রিপ্ট করা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>দরকার ফুরোলেই আপনার কপিটি মুছে ফেলুন।</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>এই ঘটনাটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>এটি এর আগের সংস্করণসহ ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে। আপনি আগেই যে কপি শেয়ার করেছেন, সেটি আপনার সহকর্মীর কাছে থেকে যাবে। এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>এই %Lnটি ঘটনা মুছে ফেলবেন?</numerusform>
            <numerusform>এই %Lnটি ঘটনা মুছে ফেলবেন?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>এগুলো এদের আগের সংস্করণসহ ভল্ট থেকে চিরতরে সরিয়ে ফেলা হবে। আপনি আগেই যে কপিগুলো শেয়ার করেছেন, সেগুলো আপনার সহকর্মীদের কাছে থেকে যাবে। এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>প্রতিবার এই ঘটনা সংরক্ষণের সময় আগে যা লেখা ছিল, তা রেখে দেওয়া হয়েছে। বর্তমান সংস্করণের পাশে দেখতে একটি আগের সংস্করণ বেছে নিন; যে ঘরগুলো আলাদা, সেগুলোতে “বদলেছে” লেখা থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>আগের কোনো সংস্করণ নেই: প্রথমবার সংরক্ষণের পর থেকে এই ঘটনা বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>কখন ঘটেছিল</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>কখন নজরে এসেছিল</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>কী ধরনের</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>অল্প কথায়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>কারা জড়িত ছিলেন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>কারা জড়িত ছিলেন, অল্প কথায়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>কী ঘটেছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>মানুষের ওপর প্রভাব</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>কাজের ওপর প্রভাব</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>তাৎক্ষণিক যে ব্যবস্থা নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>যাঁকে জানানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>যার সঙ্গে যুক্ত</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>যেমন: একজন লোক ট্রাম স্টপ পর্যন্ত আমাদের পিছু নিয়েছিল</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;কখন ঘটেছিল?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>কী ধরনের ঘটনা ঘটেছিল?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>&amp;অল্প কথায়:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>কী &amp;ঘটেছে:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>কোথায়, আর কারা জড়িত ছিলেন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>শুধু মোটামুটিভাবে: কখনও ঠিকানা নয়, কখনও নাম নয়। যা জানেন না, তা বাদ দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>বলা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>একটি মহল্লা বা পাড়া, কখনও ঠিকানা নয়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>একটি বর্ণনা, কখনও নাম নয়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>কখন নজরে এসেছিল, যদি পরে এসে থাকে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>পরিবেশ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;এলাকা:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>কারা জড়িত ছিলেন?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>অল্প কথায়:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>কখন নজরে এসেছিল, যদি পরে এসে থাকে:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>এর কী প্রভাব পড়েছে, আর কী করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>যেমন: আমাদের নিরাপত্তা সমন্বয়ক</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>এর তাৎক্ষণিক ব্যবস্থাগুলো পর্যালোচনা করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>মানুষের ওপর প্রভাব:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>কাজের ওপর প্রভাব:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>তাৎক্ষণিক যে &amp;ব্যবস্থা নেওয়া হয়েছে:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>যাঁকে জানানো হয়েছে:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>যার সঙ্গে যুক্ত:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>আপনি যে ঘটনাটি নথিভুক্ত করছিলেন, সেটি সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe {time} থেকে এটি রেখে দিয়েছে। চালিয়ে যেতে এটি ফিরিয়ে আনুন, অথবা বাদ দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>কিছু একটা ঘটেছে</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>ঘটনাটি &amp;সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>ঘটনাটি সংরক্ষণ করুন</translation>
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
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>যেকোনো প্রশ্ন বাদ দেওয়া যায়। যতটুকু আছে তা সংরক্ষণ করুন; পরে আরও যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>খসড়া থেকে ফিরিয়ে আনা হয়েছে। রাখতে চাইলে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>সংরক্ষিত হয়েছে। টিম ফোল্ডারে রাখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>আপনি যা লিখেছেন তা রাখা যায়নি। এটি সংরক্ষণ করুন, অথবা বন্ধ করার আগে কপি করে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>এমন একটি আউটরিচ লগ, যা এই ভল্টে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>{time}-এর আউটরিচ লগ: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>শিরোনামহীন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>সাক্ষাতের এমন একটি পরিকল্পনা, যা এই ভল্টে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>{time}-এর সাক্ষাতের পরিকল্পনা: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>এমন একটি ঝুঁকি মূল্যায়ন, যা আর এখানে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>ঝুঁকি মূল্যায়ন: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>শিরোনামহীন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>আপনার {time}-এর আউটরিচ লগ থেকে: কখন, পরিবেশ ও এলাকা পূরণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>কারা গিয়েছিলেন: {people}।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>আপনার {time}-এর সাক্ষাতের পরিকল্পনা থেকে: কখন ও পরিবেশ পূরণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>{colleague}-এর সঙ্গে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>এখনও নিশ্চিত নই</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>যুক্ত রেকর্ড</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>সংযোগটি সরান</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>একটি ঝুঁকি মূল্যায়ন যুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>একটি ঝুঁকি মূল্যায়ন যুক্ত করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>মূল্যায়ন:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>শিরোনামহীন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>ঘটনাটি সংরক্ষিত হলে এটি তাঁদের জন্য টিম ফোল্ডারে রেখে দেওয়া হয়, তাঁদের ও আপনার জন্য এনক্রিপ্ট করে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>নিরাপত্তা সমন্বয়ককে পাঠান ({names})</numerusform>
            <numerusform>নিরাপত্তা সমন্বয়কদের পাঠান ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>ঘটনাটি</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (এই ঘটনার সঙ্গে যুক্ত)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (একই জায়গা)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>একটি ঝুঁকি মূল্যায়ন পর্যালোচনা করবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>ঘটনাটি সংরক্ষিত হয়েছে। কোনো ঘটনার পরে সংশ্লিষ্ট ঝুঁকি মূল্যায়নটি আবার দেখলে সুবিধা হয়: কী বদলেছে, আর কী অন্যভাবে করা দরকার। আপনি এখনই এটি করতে পারেন, অথবা পরে “ঝুঁকি মূল্যায়ন” থেকে।</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>পর্যালোচনার জন্য ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>এটি পর্যালোচনা করুন</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>এখন নয়</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>এক সপ্তাহ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>এক মাস</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>তিন মাস</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>এক বছর</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>পাঁচ বছর</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>আপনি ডায়েরিতে যা লিখছিলেন, তা সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe {time} থেকে এটি রেখে দিয়েছে। আবার লিখতে থাকার জন্য এটি ফিরিয়ে আনুন, অথবা বাদ দিন।</translation>
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
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>শান্ত</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>ক্লান্ত</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>মন খারাপ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>উদ্বিগ্ন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>রাগান্বিত</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>অনুভূতিহীন</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>বিচলিত</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>দিশেহারা</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>স্বস্তিতে</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>আশাবাদী</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>গর্বিত</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>কৃতজ্ঞ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>কী ভালো হয়েছে?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>কী কঠিন ছিল?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>কোনো কিছু কি আমার নিজের কোনো স্মৃতি ফিরিয়ে এনেছে?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>এখন আমার কী দরকার?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>এ নিয়ে আমি কার সঙ্গে কথা বলতে পারি?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (খুব কঠিন)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (কঠিন)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (বেশ কঠিন)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (মোটামুটি কঠিন)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (একটু কঠিন)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (মাঝামাঝি)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (একটু ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (মোটামুটি ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (বেশ ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (খুব ভালো)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>মনে হচ্ছে সময়টা কঠিন ছিল।</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>যে মানুষ ও বিষয়গুলো আপনাকে সাহায্য করে, সেগুলো দেখতে চান?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>আমার সহায়তা দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>এখন নয়</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>মূল লেখা</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>একজন মাতৃভাষী পর্যালোচনা করেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>মাতৃভাষীদের পর্যালোচনার অপেক্ষায়</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>ভাষা: {language}, যে ভাষায় FieldSafe প্রথমে লেখা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>কোনো শব্দ ভুল, অস্পষ্ট বা রূঢ় মনে হলে, যে সংস্থা আপনাকে FieldSafe দিয়েছে, তাদের মাধ্যমে আমাদের জানান।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>ভাষা: {language}, একজন মাতৃভাষী পর্যালোচনা করেছেন ({who}, {date})।</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>ভাষা: {language}, মাতৃভাষীদের পর্যালোচনার অপেক্ষায়: এই ভাষা যাঁদের মাতৃভাষা, তাঁদের কেউ এখনও এই অনুবাদ যাচাই করেননি।</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe আপনার আউটরিচের নোটগুলো এই কম্পিউটারে একটি এনক্রিপ্ট করা ভল্টে রাখে। আপনি যা লেখেন, তার কিছুই এনক্রিপ্ট না করে ডিস্কে রাখা হয় না, আর সবকিছু ইন্টারনেট ছাড়াই কাজ করে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>ল্যাপটপ হারিয়ে গেলে, চুরি হলে বা কেউ নিয়ে নিলে এটি আপনাকে সুরক্ষা দেয়: আপনার গোপন বাক্য বা পুনরুদ্ধার কোড ছাড়া রেকর্ডগুলো পড়া যায় না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>যে কম্পিউটারে ম্যালওয়্যার বা কি-লগার আছে, এটি সেই কম্পিউটারকে সুরক্ষা দিতে পারে না। এমন কম্পিউটারে চলা কোনো অ্যাপই তা পারে না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>এটি ফুল-ডিস্ক এনক্রিপশনের বিকল্প নয়। অনুগ্রহ করে সেটিও চালু করুন, যাতে সিস্টেমের নিজের অস্থায়ী ফাইল ও সোয়াপও সুরক্ষিত থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>মুছে ফেলা আগে তৈরি কপি পর্যন্ত পৌঁছাতে পারে না, যেমন পুরোনো ব্যাকআপ বা ডিস্ক ইমেজ; আর SSD কিছু সময় পুরোনো ব্লক রেখে দিতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>ভল্টটি যে আছে, এটি তা লুকাতে পারে না। কেউ আপনাকে জোর করে আনলক করালে FieldSafe খালি হওয়ার ভান করতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>এটি যা পারে না:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>আন্দাজ করা খুব সহজ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>আন্দাজ করা সহজ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>যথেষ্ট ভালো</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>শক্ত</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>খুব শক্ত</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>গোপন বাক্য &amp;দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>গোপন বাক্য দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>সবকিছু বড় হাতের অক্ষরে লেখা হচ্ছে: Caps Lock কি চালু আছে?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>গোপন বাক্যের শক্তি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>শক্তি: এখনও কিছু লেখা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>শক্তি: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>পরস্পর-সম্পর্কহীন কয়েকটি শব্দ দিয়ে এমন গোপন বাক্য হয়, যা মনে রাখা সহজ আর আন্দাজ করা কঠিন: যেমন, এমন চারটি শব্দ, যেগুলো একসঙ্গে আপনি চোখের সামনে কল্পনা করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>এটি অন্য কারও পক্ষে আন্দাজ করা সহজ হবে। সম্পর্কহীন আরও একটি-দুটি শব্দ যোগ করলে সাধারণত কাজ হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>ভালো। এবার দ্বিতীয় ঘরে এটি আরেকবার লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>দুটি গোপন বাক্য এখনও এক হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>দুটি গোপন বাক্য মিলেছে।</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>আপডেটে বদলেছে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(এখন খালি)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>সাক্ষাতের পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>তারিখ ও সময়</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>কখন শেষ হবে বলে আশা করছি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>কখন আমরা একে অপরকে খবর দেব</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>আপনার সঙ্গে কে যাবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>ব্যক্তি-কোড</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>আমরা কোথায় দেখা করব?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>প্রথম জায়গাটি না চললে আমরা কোথায় যাব?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>আমাদের গোপন সতর্ক সংকেত, আর তার মানে কী</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>কোথায় বসব বা দাঁড়াব</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>কে কী করবেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>কী করব, যদি…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>যাওয়ার আগে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>কী করব, যদি… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>সাক্ষাতের পরে লেখা লগ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>সহকর্মীর সঙ্গে যোগাযোগের উপায়</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>খবর না এলে কত মিনিট অপেক্ষা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>নিরাপদে ফেরার সময়</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>কিছুই না</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>একটি লগ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>একটি ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(আপনিও এটি বদলেছেন: কোনটি রাখবেন, আপনি বেছে নেবেন)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>এই আপডেটে যা বদলাবে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>আপডেটটি ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>বাতিল: কিছুই ইমপোর্ট করবেন না</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>{title} পরিকল্পনায়:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>প্রস্তুত</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>আমাদের দেরি হয়?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>মানুষটির দেরি হয়, বা তিনি না আসেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>অপ্রত্যাশিত কেউ চলে আসেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>তৃতীয় কেউ মাঝখানে বাধা দেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>নিরাপদে ফিরিয়ে নেওয়ার জন্য আমাদের হাতে কাগজপত্র দেওয়া হয়?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>আমাদের একজন অসুস্থ বোধ করেন, বা পুরোনো কোনো স্মৃতি হঠাৎ ফিরে আসে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>কেউ হুমকির ভঙ্গিতে আমাদের দিকে এগিয়ে আসে, বা মানুষটিকে হুমকি দেয়?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>আমাদের একজন খবর না দেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>এখনও কোনো সহকর্মী নেই</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>এখনও বিকল্প জায়গা ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>এখনও কোনো সতর্ক সংকেত ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>এখনও খবর দেওয়ার সময় ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>কিছুই না</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>শিরোনামহীন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>এমন একটি মূল্যায়ন, যা আর এই ভল্টে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>ঠিক হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>ধরন দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>জায়গা দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>কিছু লেখা নেই</translation>
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
        <translation>পরিকল্পনায় সাহায্যের জন্য, আপনার ভল্ট থেকে। এর কিছুই পরিকল্পনায় সংরক্ষিত হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>যুক্ত ঝুঁকি মূল্যায়নটি আর এই ভল্টে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>এই জায়গার ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>এখানে দেখতে প্রথম পৃষ্ঠায় একটি যুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>সেখানে আগে কী ঘটেছিল</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>লগে নিরাপত্তা নিয়ে পর্যবেক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>এই পরিবেশ, এলাকা বা ব্যক্তি-কোডের জন্য এখনও কিছু নথিভুক্ত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>একজন সহকর্মী সঙ্গে যাবেন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>বিকল্প জায়গা ঠিক হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>সতর্ক সংকেত ঠিক হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>খবর দেওয়ার সময় ঠিক হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>উদ্দেশ্য ও মানুষ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>কখনও একা দেখা করবেন না: প্রশিক্ষিত একজন সহকর্মী সঙ্গে যান।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>নাম নয়, একটি কোড, যদি পরিকল্পনাটি কারও হাতে পড়ে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>আমরা কী অর্জন করতে চাই?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>স্পষ্ট লক্ষ্য থাকলে সাক্ষাৎ ছোট ও নিরাপদ থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>এই সাক্ষাৎ কোন ঝুঁকি মূল্যায়ন অনুসরণ করে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>এর হুমকি, সক্ষমতা ও ব্যবস্থাগুলো প্রশ্নের পাশে দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>কী ধরনের জায়গা?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>প্রতিটি পরিবেশের নিজস্ব ধরন-ধারণ আর ঝুঁকি আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>সাধারণত আশেপাশে কারা থাকেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>সেখানে কারা আছেন জানলে পরিস্থিতি বুঝতে সুবিধা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>কে হুমকি হতে পারে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>পাচারকারী, খদ্দের, এলাকার অন্যদের কথা ভাবুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>কে শুনে ফেলতে পারে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>যাতে জানেন কী বলা যায়, আর কোথায়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>সেখানে আগের অভিজ্ঞতা ও হুমকি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>আগে যা ঘটেছে, তা আবার ঘটতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>অংশ নেওয়া সবার ওপর মানসিক প্রভাব</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>বিশেষ করে সারভাইভারদের জন্য: এর জন্যও পরিকল্পনা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>জায়গা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>আপনার চেনা একটি জায়গা, যেখানে মানুষটি স্বস্তি বোধ করেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>সেখানে আর কে থাকবে? অন্য কেউ না শুনে কি আমরা কথা বলতে পারব? ভিড় কি বেশি? ভেতরে ঢুকলে কি সন্দেহজনক দেখাবে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>এগুলো থেকেই ঠিক হয়, জায়গাটি যথেষ্ট নিরাপদ কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>বিকল্প জায়গা</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>পরিকল্পনা বদলায়; বিকল্পটি এখনই ঠিক করে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>পরিস্থিতি</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>চাপের মধ্যে সিদ্ধান্ত নেওয়ার চেয়ে আগে থেকে সিদ্ধান্ত নেওয়া সহজ।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>সাক্ষাতের সময়</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>চারপাশ দেখা যায়, পিঠ দেয়ালের দিকে, বেরোনোর পথের কাছে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>যাতে আপনাদের যে কেউ একটি কথাও না বলে এটি শেষ করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>মানুষটি কীভাবে লিখে না রেখেই আমাদের যোগাযোগের তথ্য পাবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>লেখা নম্বর কোনো শোষণকারীর হাতে পড়তে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>যেমন, একজন কথা বলবেন, একজন নজর রাখবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>সাক্ষাতের পরে</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>কিছুক্ষণ থাকুন এবং কেউ পিছু নিচ্ছে কি না খেয়াল রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>সঙ্গে সঙ্গে চলে গেলে কেউ আপনার পিছু পিছু পৌঁছে যেতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>নোট ভল্টে, কাগজ নষ্ট</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>পকেটে থাকা কাগজ মানুষটিকে বিপদে ফেলতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>আমরা কার সঙ্গে, কখন ডিব্রিফ করব?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>খুলে কথা বললে যা শুনেছেন তার ভার বইতে সুবিধা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>যাতে আপনাদের দুজনের কাছেই একই পরিকল্পনা থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>শেষের সময় জানা থাকলে খবর না আসা সহজে নজরে পড়ে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>আপনাদের একজন সময়মতো খবর না দিলে অন্যজন ব্যবস্থা নেবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>খবর দেওয়ার সময়ের পরে ব্যবস্থা নেওয়ার আগে আমরা কতক্ষণ অপেক্ষা করব?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>এই সময় পেরিয়ে গেলে আপনারা যা ঠিক করেছিলেন, FieldSafe তা দেখায়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>সাক্ষাতের সময় ও পরে আমরা কীভাবে একে অপরের সঙ্গে যোগাযোগ করব?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>খবর না এলে, আপনারা যা করবেন বলে ঠিক করেছিলেন তার সঙ্গে এটি দেখানো হয়।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>প্রিন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>আপনি যা প্রিন্ট করেন বা PDF হিসেবে সংরক্ষণ করেন, তা এনক্রিপ্ট করা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>যে কেউ কাগজটি বা ফাইলটি পেলে এটি পড়তে পারবেন। এটি নিজের কাছে রাখুন, আর দরকার ফুরোলেই নষ্ট করে ফেলুন (বা ফাইলটি মুছে ফেলুন)। প্রিন্টার ও তার প্রিন্ট-সারিতেও একটি কপি থেকে যেতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>ব্যক্তি-কোড, জায়গা ও সহকর্মীদের নাম বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>আপনার লেখা অংশ (শিরোনাম, কী ঘটেছে, চাহিদা, নিরাপত্তা) যেমন আছে তেমনই অন্তর্ভুক্ত হয়: প্রিন্ট করার আগে এতে কোনো নাম আছে কি না দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>প্রিন্ট-কপি</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>PDF হিসেবে সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>PDF সংরক্ষিত হয়েছে। এটি এনক্রিপ্ট করা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>দরকার ফুরোলেই এটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>ডকুমেন্ট</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{minutes} min</source>
        <translation>{minutes} মিনিট</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="85"/>
        <source>{hours} h</source>
        <translation>{hours} ঘণ্টা</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ঘণ্টা {minutes} মিনিট</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(কোনো বিবরণ নেই)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, শেষ তারিখ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>বাকি</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>নষ্ট করা হয়েছে, নিশ্চিত করা হয়েছে {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>নষ্ট করা হয়েছে বলে এখনও নিশ্চিত করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>শিরোনামহীন লগ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>কারা গিয়েছিলেন</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>ব্যক্তি-কোড</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>কী ঘটেছে</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>জানানো চাহিদা</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>দেওয়া তথ্য ও রেফারেল</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>নিরাপত্তা নিয়ে পর্যবেক্ষণ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>কাগজের নোট</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>পর্যালোচনার দিন</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (বদলেছে)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(খালি)</translation>
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
        <translation>রাস্তা</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>রেড-লাইট এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>ব্রথেল</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>ফ্ল্যাট</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>বার বা ক্লাব</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>অফিস</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>অনলাইন</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>পুনরুদ্ধার শিট</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>এই শিটে আপনার পুনরুদ্ধার কোড আছে: এটি আর এই ল্যাপটপ থাকলে যে কেউ আপনার ভল্ট খুলতে পারবেন। এটি প্রিন্ট করুন, কাগজটি ল্যাপটপ থেকে আলাদা জায়গায় রাখুন, আর প্রিন্ট হয়ে গেলে PDF ফাইলটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>পুনরুদ্ধার শিট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>পুনরুদ্ধার-শিট</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>এটি আপনার FieldSafe ভল্টের পুনরুদ্ধার কোড। গোপন বাক্য ভুলে গেলে, যেখানে গোপন বাক্য লেখা হয় সেখানে এই কোডটি লিখুন; তারপর FieldSafe আপনাকে নতুন একটি বেছে নিতে দেবে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>বড় হাতের অক্ষর হোক বা না হোক, ড্যাশ থাকুক বা না থাকুক: দুভাবেই কাজ হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>এই শিটটি কোনো নিরাপদ জায়গায়, আপনার ল্যাপটপ থেকে আলাদা করে রাখুন (ল্যাপটপের ব্যাগে নয়)। যে কারও কাছে ল্যাপটপ আর এই কোড দুটোই থাকলে তিনি ভল্টটি খুলতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>FieldSafe কখনও আপনাকে নতুন পুনরুদ্ধার কোড দেখালে (গোপন বাক্য বদলানোর পরে), এই শিট দিয়ে আর ভল্ট খোলে না: তখন এটি নষ্ট করে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>এই শিটটি ফাইল হিসেবে সংরক্ষণ করে থাকলে, প্রিন্ট হয়ে গেলে ফাইলটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>পুনরুদ্ধার কোড</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>তৈরির তারিখ: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>প্রিন্ট করার মতো &amp;শিট (PDF) সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>প্রিন্ট করার মতো শিট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>পুনরুদ্ধার শিট সংরক্ষিত হয়েছে। এটি এনক্রিপ্ট করা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>এটি প্রিন্ট করুন, কাগজটি এই ল্যাপটপ থেকে আলাদা জায়গায় রাখুন, তারপর ফাইলটি মুছে ফেলুন।</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>ব্যাকআপটি এখন আপনার ভল্ট। ব্যাকআপ তৈরির পরে লেখা রেকর্ডগুলো এতে নেই। নষ্ট ফাইলগুলো মোছা হয়নি: সেগুলো এখনও এনক্রিপ্ট করা অবস্থায় ভল্টের ফোল্ডারের পাশে এমন একটি ফোল্ডারে সরানো হয়েছে, যার নামের শেষে “damaged” ও তারিখ আছে। ব্যাকআপ তৈরির সময় যে গোপন বাক্য বা পুনরুদ্ধার কোড চালু ছিল, সেটি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>একটি ব্যাকআপ বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>FieldSafe ব্যাকআপ (*.fieldsafe-backup);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>ব্যাকআপ থেকে ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>আপনার বেছে নেওয়া ব্যাকআপটি নষ্ট ভল্টের জায়গা নেবে। FieldSafe আগে পুরো ব্যাকআপটি যাচাই করে; এতে কোনো সমস্যা থাকলে কিছুই বদলানো হয় না। নষ্ট ফাইলগুলো রেখে দেওয়া হয়, কখনও মোছা হয় না। ব্যাকআপ তৈরির পরে লেখা রেকর্ডগুলো এতে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>ব্যাকআপ ফাইল</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>এখনও কোনো ব্যাকআপ বেছে নেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>একটি ব্যাকআপ ফাইল বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>ব্যাকআপের গোপন বাক্য</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>ফিরিয়ে আনা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>ফিরিয়ে &amp;আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>ব্যাকআপ &amp;ফাইল:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>ব্যাকআপের &amp;গোপন বাক্য:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>ব্যাকআপটি যাচাই করে ফিরিয়ে আনা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>এই মূল্যায়নের সঙ্গে যুক্ত ঘটনাগুলোও শেয়ার করবেন?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%Lnটি ঘটনা এই মূল্যায়নের সঙ্গে যুক্ত। সেটিসহ শেয়ার করলে আপনার সহকর্মীরা বিশ্লেষণের পাশে কী ঘটেছে তাও দেখবেন; সেটি ছাড়া শুধু মূল্যায়নটি শেয়ার হবে।</numerusform>
            <numerusform>%Lnটি ঘটনা এই মূল্যায়নের সঙ্গে যুক্ত। সেগুলোসহ শেয়ার করলে আপনার সহকর্মীরা বিশ্লেষণের পাশে কী ঘটেছে তাও দেখবেন; সেগুলো ছাড়া শুধু মূল্যায়নটি শেয়ার হবে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>শুধু মূল্যায়নটি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>ঘটনাগুলোসহ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>প্রতিবার এই মূল্যায়ন সংরক্ষণ বা পর্যালোচনার সময় আগে যা লেখা ছিল, তা রেখে দেওয়া হয়েছে। বর্তমান সংস্করণের পাশে দেখতে একটি আগের সংস্করণ বেছে নিন; যে অংশগুলো আলাদা, সেগুলোতে “বদলেছে” লেখা থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>আগের কোনো সংস্করণ নেই: প্রথমবার সংরক্ষণের পর থেকে এই মূল্যায়ন বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (মাত্রা: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>একটি হুমকি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>সম্ভাবনা: {likelihood}। প্রভাব: {impact}।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>এখনও ঠিক করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (কে: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>পর্যালোচনা</translation>
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
        <translation>যার আগে: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>কী বদলেছে: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>আগের ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>চলাকালীন ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>পরের ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>ঝুঁকির পরিস্থিতি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>পরিবেশ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>কাজটি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>এর উদ্দেশ্য</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>হুমকি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>দুর্বল দিক</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>সক্ষমতা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>জেন্ডার ও পরিচয়ের নানা দিক</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>এই উদ্দেশ্যের জন্য কি এই ঝুঁকি নেওয়া উচিত?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>আমরা যে নিরাপদ বিকল্পগুলো ভেবে দেখেছি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>পর্ব ঠিক না করা ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>সহায়ক পক্ষ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>পরের পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>মাত্রা: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>{item} সরান</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: মাত্রা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>ঝুঁকি মূল্যায়ন পর্যালোচনা করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>কেন এই পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>কোন কাজের আগে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>যেমন: শুক্রবারের রাতের আউটরিচ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>কী বদলেছে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>মূল্যায়নে আমরা কী বদলেছি, এবং কেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>মূল্যায়নে থাকা তারিখটি রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>ঘটনাটির তাৎক্ষণিক ব্যবস্থাগুলো পর্যালোচনা করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>পর্যালোচনাটি &amp;লিখে রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>পর্যালোচনাটি লিখে রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>না লিখে বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>এই পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;কেন:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>কোন কাজের আগে:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>কী &amp;বদলেছে:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>পরের পর্যালোচনা:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>লিখে রাখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>আপনার পরিবর্তনগুলো রাখা যায়নি। পর্যালোচনাটি লিখে রাখুন, অথবা আগে সেগুলো কপি করে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>মূল্যায়ন &amp;সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>মূল্যায়ন সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>মূল্যায়ন মুছুন…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>মূল্যায়ন মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>টেমপ্লেট থেকে কপি করা হয়েছে। যা খুশি বদলান, তারপর সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>খসড়া থেকে ফিরিয়ে আনা হয়েছে। রাখতে চাইলে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>ঝুঁকির পরিস্থিতিটির একটি নাম দিন, তারপর সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>এই ঝুঁকি মূল্যায়নটি মুছে ফেলবেন?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>এটি এর আগের সংস্করণ ও পর্যালোচনার ইতিহাসসহ ভল্ট থেকে চিরতরে সরিয়ে ফেলা হয়। যে ঘটনাগুলো এর সঙ্গে যুক্ত, সেগুলোতে সংযোগটি থেকে যায় এবং দেখায় যে এটি আর নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>মূল্যায়নটি মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>ঝুঁকির পরিস্থিতি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>যেমন: স্টেশন এলাকায় রাস্তায় আউটরিচ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>একক কোনো পরিবেশ নয়</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>একটি মহল্লা বা পাড়া, কখনও ঠিকানা নয়</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>&amp;ঝুঁকির পরিস্থিতি:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>পরিবেশ:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>এলাকা:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>কাজটি:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>এর উদ্দেশ্য:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>প্রতিটি হুমকির জন্য: এর ফলে কী হতে পারে, এর সম্ভাবনা কতটা, আর এতে কতটা ক্ষতি হবে। এই দুটি থেকে মাত্রা ঠিক হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>হুমকি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>এর ফলে কী হতে পারে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>সম্ভাবনা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>প্রভাব</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>হুমকি {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>হুমকি যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>সার্বিক মাত্রা: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>সার্বিক মাত্রা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>যে অভ্যাস বা পরিস্থিতি আমাদের ঝুঁকির মুখে ফেলে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>দুর্বল দিক</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>কীভাবে একে সক্ষমতায় পরিণত করা যায়</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>যদি কোনো উপায় দেখেন; এটি খালি রাখতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>দুর্বল দিক {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>দুর্বল দিক যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>যা আমাদের সুরক্ষা দেয়: অভ্যাস, মানুষ, দক্ষতা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>সক্ষমতা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>কীভাবে একে মজবুত রাখি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>সক্ষমতা {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>সক্ষমতা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>আমরা কে, তা ঝুঁকি বদলে দিতে পারে, যাঁদের সঙ্গে দেখা করি তাঁদের জন্য এবং আমাদের জন্য। এই প্রশ্নগুলোর উত্তর দেওয়া ঐচ্ছিক; এখানে যেগুলো গুরুত্বপূর্ণ, সেগুলোর উত্তর দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>প্রশ্নগুলো দেখান</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>জেন্ডার ও পরিচয়ের নানা দিক নিয়ে প্রশ্ন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>প্রশ্নগুলো লুকান</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>এখনও উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>কম ঝুঁকিতে একই উদ্দেশ্যে পৌঁছানোর আরেকটি উপায়</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>আমাদের উত্তর:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>কেন:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>আমরা যে নিরাপদ বিকল্পগুলো ভেবে দেখেছি:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>আগে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>চলাকালীন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>পরে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>আগে, ব্যবস্থা {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>চলাকালীন, ব্যবস্থা {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>পরে, ব্যবস্থা {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>ব্যবস্থা {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>আগের একটি ব্যবস্থা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>চলাকালীন একটি ব্যবস্থা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>পরের একটি ব্যবস্থা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>একটি ব্যবস্থা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>ব্যবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>কে করবেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>যে সংস্থা, মানুষ বা নেটওয়ার্ক আমাদের সুরক্ষায় সাহায্য করতে পারে</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>কোনো পর্যালোচনা ঠিক করা নেই</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>&amp;পরের পর্যালোচনা:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>এখনও পর্যালোচনা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>{date} থেকে পর্যালোচনা বাকি</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>আজ পর্যালোচনার দিন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>পরের পর্যালোচনা: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>শিরোনামহীন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>আপনি যে ঝুঁকি মূল্যায়নটি লিখছিলেন, সেটি সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe {time} থেকে এটি রেখে দিয়েছে। আবার লিখতে থাকার জন্য এটি ফিরিয়ে আনুন, অথবা বাদ দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>নতুন &amp;মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>নতুন মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>একটি &amp;টেমপ্লেট থেকে শুরু করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>একটি টেমপ্লেট থেকে শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>ঝুঁকি মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>শেয়ার করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>মূল্যায়নটি শেয়ার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>টিমে পাঠান…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>মূল্যায়নটি টিমে পাঠান</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>আগের সংস্করণ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>মূল্যায়নটির আগের সংস্করণ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>বান্ডেল গ্রহণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>বান্ডেল গ্রহণ করুন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>মূল্যায়ন ও এর সঙ্গে যুক্ত %Lnটি ঘটনাসহ বান্ডেল সংরক্ষিত হয়েছে: আপনার বেছে নেওয়া সহকর্মীদের আর আপনার জন্য এনক্রিপ্ট করা।</numerusform>
            <numerusform>মূল্যায়ন ও এর সঙ্গে যুক্ত %Lnটি ঘটনাসহ বান্ডেল সংরক্ষিত হয়েছে: আপনার বেছে নেওয়া সহকর্মীদের আর আপনার জন্য এনক্রিপ্ট করা।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>বান্ডেল সংরক্ষিত হয়েছে: আপনার বেছে নেওয়া সহকর্মীদের আর আপনার জন্য এনক্রিপ্ট করা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>আপনার বেছে নেওয়া সহকর্মীদের সঙ্গে শেয়ার করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>প্রতিটি টেমপ্লেট মাঠের অভিজ্ঞতা থেকে লেখা একটি শুরুর জায়গা। এর সবকিছু বদলানো যায়; প্রতিটি হুমকির সম্ভাবনা কতটা আর ক্ষতি কতটা, তা বিচার করবেন আপনি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>টেমপ্লেট</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>এই টেমপ্লেট থেকে শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>কাজটি: {activity}

এর উদ্দেশ্য: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>প্রকাশ্য জায়গায় শোষণের মধ্যে থাকা একজন মানুষের সঙ্গে সাক্ষাৎ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>আমরা দুজন আগে থেকে ঠিক করা সময়ে কোনো ক্যাফে, পার্ক বা অন্য প্রকাশ্য জায়গায় শোষণের মধ্যে থাকা একজন মানুষের সঙ্গে দেখা করি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>মানুষটি নিজের শর্তে তথ্য ও সহায়তা পান, আর সবাই নিরাপদে সাক্ষাৎ শেষ করে ফেরেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>একজন শোষণকারী, একজন খদ্দের বা তাদের পাঠানো কেউ সাক্ষাৎটির ওপর নজর রাখে, বাধা দেয় বা পিছু নেয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>মানুষটির বা আমাদের শারীরিক ক্ষতি; আমাদের সঙ্গে দেখা করার জন্য মানুষটিকে শাস্তি দেওয়া হয়; পরে আমাদের পিছু নেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>কথোপকথনের মধ্যে কঠিন প্রশ্ন ওঠে, বা এমন প্রশ্ন, যা পুরোনো কষ্ট জাগিয়ে তোলে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>মানসিক চাপ ও মানসিক ক্ষতি, মানুষটির জন্য এবং শোষণের নিজস্ব অভিজ্ঞতা আছে এমন সহকর্মীদের জন্য।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>কেউ জেনে বা না জেনে সাক্ষাৎটির, বা আমরা যা শেয়ার করি তার, সুযোগ নেয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>আমাদের যোগাযোগের তথ্য, আমাদের পরিকল্পনা বা মানুষটির কথা এমন লোকের কাছে পৌঁছায়, যারা সেগুলোর অপব্যবহার করবে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>মানুষটির দেরি হয় বা তিনি আসেন না, অথবা তাঁর বদলে অপ্রত্যাশিত কেউ আসে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>অন্যদের জানা কোনো জায়গায় অপেক্ষা করা; পরিকল্পনা ছাড়া কোনো সাক্ষাতে জড়িয়ে পড়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>আমাদের কেউ কেউ ট্রমা নিয়ে বাঁচেন, আর কোনো কিছুতে পুরোনো কষ্ট জেগে উঠতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>আগে থেকেই ঠিক করুন, আমাদের যে কেউ কীভাবে থামতে বা চলে যেতে পারেন, আর আমরা প্রত্যেকে কার সঙ্গে ডিব্রিফ করব।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>জায়গাটি তাড়াহুড়ো করে বেছে নেওয়া হয়, অথবা মানুষটি স্বাধীনভাবে তা বেছে নিতে পারেন না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>দুজনে মিলে ভালোভাবে চেনা একটি জায়গা বেছে নিন, আর একটি বিকল্প জায়গা ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>মুহূর্তের মধ্যে সীমা টানা কঠিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>কথোপকথন শেষ করার বা অন্য দিকে ঘোরানোর জন্য কয়েকটি শান্ত বাক্য অনুশীলন করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>আমরা ট্রমা-সচেতনভাবে কাজ করার পদ্ধতি জানি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>প্রতি বছর প্রশিক্ষণ ঝালিয়ে নিন, আর যা শিখি তা অন্যদের জানান।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>আমরা জোড়ায় কাজ করি এবং একে অপরের খেয়াল রাখি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>প্রতিটি সাক্ষাতের আগে ভূমিকা ঠিক করুন: একজন কথা বলবেন, একজন নজর রাখবেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>আমরা মানসিক স্বাস্থ্য সহায়তা পেতে পারি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>সেই যোগাযোগের তথ্য নিয়মিত আপডেট রাখুন, আর সহজে খুঁজে পাওয়ার মতো জায়গায় রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>আমাদের জেন্ডার সেখানকার অন্যদের প্রতিক্রিয়া বদলে দেয় কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>নিরাপদ কাগজপত্র নেই এমন মানুষ কাছাকাছি পুলিশ বা কর্মকর্তাদের ভয় পেতে পারেন: এ কথা মাথায় রেখে জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>একই রকম পরিস্থিতির জন্য আগের ঘটনা ও পর্যবেক্ষণগুলো দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>আমরা দুজন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>আমাদের দুজনেরই ভালোভাবে চেনা একটি সাক্ষাতের জায়গা ও একটি বিকল্প জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>কেউ দেরি করলে, না এলে, বা অপ্রত্যাশিত কেউ এলে আমরা কী করব, তার পরিকল্পনা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>একটি গোপন সতর্ক সংকেত আর একে অপরকে খবর দেওয়ার একটি সময় ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>এমন জায়গায় বসুন, যেখান থেকে চারপাশ দেখা যায়, পেছনে দেয়াল থাকে আর বেরোনোর পথ কাছেই থাকে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>আমরা দুজনেই</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>আমাদের সঙ্গে যোগাযোগের উপায় এমনভাবে জানান, যাতে কিছু লিখে রাখতে না হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>যিনি কথা বলবেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>কিছুক্ষণ থাকুন এবং দেখে নিন কেউ আমাদের পিছু নিচ্ছে কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>নোটগুলো FieldSafe-এ তুলে রাখুন, তারপর কাগজ ও ছবিগুলো নষ্ট করে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>যিনি নোট নিয়েছেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>একে অপরের সঙ্গে, নিরাপত্তা সমন্বয়কের সঙ্গে, অথবা নিজে নিজে ডিব্রিফ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>আশ্রয়, স্বাস্থ্যসেবা বা আইনি পরামর্শ দেয় এমন সহযোগী সংস্থা; আমাদের নিরাপত্তা সমন্বয়ক।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>কোনো সহযোগী সংস্থার অফিসে দেখা করা; আগে ফোনে কথা বলা; মানুষটি এমনিতেই নিরাপদে যেখানে যান, সেখানে দেখা করা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>নিরাপত্তা সমন্বয়ক</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>টিম</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>যিনি নজর রাখবেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>হুমকির মতো মনে হওয়া যেকোনো কিছু সেদিনই ঘটনা হিসেবে নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>যিনি লিখবেন</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>বক্তা ও সহায়তাকারী</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>সহায়তাকারী</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>বক্তা</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>বয়স কি হুমকি বদলে দেয়, বা মানুষ আমাদের সঙ্গে কেমন আচরণ করে তা?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>জেন্ডার কি হুমকি বদলে দেয়, যাঁদের সঙ্গে দেখা করি তাঁদের জন্য বা আমাদের জন্য?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>জাতিগত পরিচয় বা ভাষা কি মানুষ আমাদের কীভাবে দেখে তা বদলে দেয়?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>ধর্ম বা বিশ্বাস কি এখানে কোনো ভূমিকা রাখে?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>শারীরিক বা মানসিক কোনো প্রতিবন্ধিতা কি নিরাপদ কী, তা বদলে দেয়?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>যৌন অভিমুখিতা কি এখানে অন্য কোনো হুমকি নিয়ে আসে?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>অভিবাসনের অবস্থা, বা কাগজপত্র না থাকা, কি ঝুঁকি বদলে দেয়?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>আমরা কে, সে বিষয়ে আর কিছু কি ঝুঁকি বদলে দেয়?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>অনলাইন আউটরিচ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>বিজ্ঞাপন, সামাজিক মাধ্যম বা মেসেজিং অ্যাপের মাধ্যমে মানুষের সঙ্গে যোগাযোগ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>শোষণের মধ্যে থাকা মানুষ অনলাইনে, গোপনে ও নিরাপদে আমাদের কাছে পৌঁছাতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>আমরা যে অ্যাকাউন্টে লিখি, সেটি চালায় কোনো শোষণকারী।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>আমাদের বার্তা ভুল মানুষ পড়ে; মানুষটিকে শাস্তি দেওয়া হয়; আমাদের ফাঁদে টেনে নেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>আমাদের অ্যাকাউন্ট বা ডিভাইসের ওপর নজর রাখা হয়, সেগুলোতে অনুপ্রবেশ করা হয়, বা সেগুলোর বিরুদ্ধে রিপোর্ট করা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>যোগাযোগ ও কথোপকথন জানাজানি হয়ে যায়; অ্যাকাউন্ট বন্ধ করে দেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>অনলাইনে আমাদের হয়রানি বা হুমকি পাঠানো।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>মানসিক চাপ ও ভয়; আমাদের ব্যক্তিগত তথ্য ফাঁস হয়ে যাওয়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>কাজের অ্যাকাউন্ট ব্যক্তিগত অ্যাকাউন্ট বা ফোন নম্বরের সঙ্গে যুক্ত।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>কাজের জন্য আলাদা অ্যাকাউন্ট, আর সম্ভব হলে আলাদা ডিভাইস ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>সুরক্ষিত নয় এমন ফোনে রাখা কথোপকথন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>শুধু যা দরকার তা FieldSafe-এ রাখুন, বাকিটা মুছে ফেলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>গভীর রাতে একা অনলাইনে কাজ করা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>কাজের সময় ঠিক করুন, আর ডিব্রিফ করার জন্য একজন সহকর্মী।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>স্ক্রিপ্ট দেখে বা কারও নিয়ন্ত্রণে লেখা উত্তর আমরা চিনতে পারি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>নাম ছাড়া, টিমের মধ্যে উদাহরণ শেয়ার করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>আমাদের ডিজিটাল নিরাপত্তার একটি নিয়মিত অভ্যাস আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>কয়েক মাস পরপর নিরাপত্তা সমন্বয়কের সঙ্গে এটি একবার দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>কিছু অ্যাকাউন্ট শিশুদের হতে পারে: তেমন হলে কী পদক্ষেপ নিতে হবে, তা জেনে রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>যৌন সংখ্যালঘুদের ব্যবহৃত অ্যাপে যাঁদের কাছে পৌঁছানো হয়, তাঁদের জন্য বাড়তি হুমকি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>অনলাইন হয়রানি আমাদের কারও কারও ওপর অন্যদের চেয়ে বেশি হয় কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>কাজের জন্য আলাদা অ্যাকাউন্ট আর আপডেট করা সফটওয়্যারসহ একটি ডিভাইস তৈরি রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>প্রথমে আমরা কী বলব, আর কী কখনও লিখব না, তা ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>বার্তায় কোনো জায়গা বা ব্যক্তিগত তথ্য শেয়ার করবেন না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>যে কথোপকথন স্ক্রিপ্ট-করা বা হুমকির মতো মনে হয়, তা শেষ করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>যা আর দরকার নেই তা মুছে ফেলুন; যেকোনো হুমকি ঘটনা হিসেবে নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>ডিজিটাল নিরাপত্তায় আমাদের প্রশিক্ষণ দেন এমন কেউ; প্ল্যাটফর্মগুলোর রিপোর্ট করার ব্যবস্থা; সহযোগী হেল্পলাইন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>মানুষকে কোনো সহযোগী হেল্পলাইনের কথা জানান; এমন তথ্য শেয়ার করুন, যার উত্তর দিতে হয় না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>জনসমক্ষে কথা বলা বা গণমাধ্যমের কাজ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>অনুষ্ঠানে, সাংবাদিকদের সঙ্গে বা অ্যাডভোকেসিতে কথা বলা, বিশেষ করে যখন একজন সারভাইভার নিজের গল্পের কিছু অংশ বলেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>বক্তাদের বা আমরা যাঁদের সহায়তা করি তাঁদের প্রকাশ্যে না এনে নীতি ও জনমত বদলানো।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>শোষণকারীরা বা অতীতের কোনো মানুষ একজন বক্তাকে চিনে ফেলে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>বক্তা বা তাঁর পরিবারের প্রতি হুমকি, হয়রানি বা ক্ষতি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>শ্রোতা বা সাংবাদিকদের কাছ থেকে অনধিকার বা কঠিন প্রশ্ন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>পুরোনো ক্ষত আবার খুলে যায়; বক্তা যা বলতে চাননি, এমন বিস্তারিত বলে ফেলা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>সংস্থা বেশি পরিচিত হলে বিরোধীরা সেটিকে নিশানা করে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>অনলাইনে আক্রমণ, আইনি চাপ, সংস্থার সুনামের ক্ষতি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>কথা বা ছবি প্রসঙ্গের বাইরে ব্যবহার করা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>গল্পটি বিকৃত হয়, আর বক্তা এর ওপর নিয়ন্ত্রণ হারান।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>বক্তারা যতটা চান, তার চেয়ে বেশি বলার চাপ অনুভব করেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>কী কখনও বলা হবে না, তা আগে থেকেই বক্তার সঙ্গে ঠিক করুন এবং তাতে অটল থাকুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>এমন ছবি ও রেকর্ডিং, যা আমাদের নিয়ন্ত্রণে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>রাজি হওয়ার আগে আয়োজকদের কাছে ছবি ও রেকর্ডিং নিয়ে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>পরে বিশ্রামের জন্য কোনো সময় রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>প্রতিবার উপস্থিতির পরে একটি ডিব্রিফ আর কিছুটা নিরিবিলি সময়ের পরিকল্পনা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>বক্তা ঠিক করেন কী বলবেন, আর যেকোনো সময় থামতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>কোনো প্রশ্ন এড়িয়ে যাওয়ার উপায় অনুশীলন করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>আমরা এমন সাংবাদিক ও আয়োজকদের চিনি, যাঁদের বিশ্বাস করা যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>তাঁদের একটি ছোট তালিকা রাখুন এবং টিমে শেয়ার করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>উপস্থিতির পরে কিছু জেন্ডারের বক্তাদের অনলাইনে বেশি গালিগালাজের মুখে পড়তে হয় কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>সংখ্যালঘু সম্প্রদায়ের বক্তারা বৈরিতার মুখে বেশি পড়েন কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>প্রকাশ্যে আসা বসবাসের অনুমতির আবেদনে প্রভাব ফেলতে পারে: রাজি হওয়ার আগে খোঁজ নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>কম বয়সী বক্তাদের চিনে ফেলা থেকে বেশি সুরক্ষা দরকার হতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>কী বলা হবে আর কী হবে না, তা বক্তার সঙ্গে ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>কে আয়োজন করছে, কারা আসবে আর কীভাবে রেকর্ড করা হবে, তা জেনে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>একজন সহায়তাকারী কাছাকাছি থাকেন এবং দরকারে এগিয়ে আসতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>সীমা ছাড়ানো প্রশ্ন এড়িয়ে যান; বক্তা যেকোনো সময় শেষ করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>ডিব্রিফ করুন, আর বিশ্রামের জন্য সময় নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>অনলাইনের প্রতিক্রিয়ায় নজর রাখুন এবং হুমকিগুলো ঘটনা হিসেবে নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>যাঁদের বিশ্বাস করি এমন সাংবাদিক ও আয়োজক; একজন আইনি পরামর্শক; আমাদের নিরাপত্তা সমন্বয়ক।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>অন্য কারও পড়ে শোনানো একটি লিখিত বক্তব্য; অন্য নামে, বা কণ্ঠ ও মুখ বদলে কথা বলা; ব্যক্তি হিসেবে নয়, সংস্থার পক্ষ থেকে কথা বলা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>রাস্তায় আউটরিচ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>রাস্তায় বা রেড-লাইট এলাকায় আউটরিচের টহল, শোষণের মধ্যে থাকতে পারেন এমন মানুষের কাছে যাওয়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>শোষণের মধ্যে থাকা মানুষ জানেন সহায়তা কোথায় আছে আর কীভাবে সেখানে পৌঁছানো যায়, আর আমাদের সঙ্গে কথা বলায় কেউ ঝুঁকিতে পড়েন না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>শোষণকারী, দালাল, খদ্দের, বিরোধী বা এলাকার অন্যদের শারীরিক আক্রমণ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>আমাদের বা যাঁদের কাছে যাই তাঁদের আঘাত।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>টহলের পরে নজরদারি, ছবি তোলা বা পিছু নেওয়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>আমাদের চেহারা, আমাদের চলার পথ বা আমাদের অফিস এমন লোকেদের জানা হয়ে যায়, যারা আমাদের কাজের বিরোধী।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>মৌখিক হয়রানি বা ভয় দেখানো।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>টিমে ভয় ও মানসিক চাপ; মানুষ আমাদের সঙ্গে কথা বলা এড়িয়ে চলেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>আমাদের সঙ্গে দেখা যাওয়ার জন্য যাঁদের কাছে যাই, তাঁদের শাস্তি দেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>ঠিক যাঁদের আমরা সহায়তা করতে চাই, তাঁদেরই ক্ষতি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>একটানা কয়েক ঘণ্টা আমরা এমন মানুষ ও পরিস্থিতির মধ্যে থাকি, যা আমাদের ক্ষতি করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>টহল ছোট রাখুন, পালা করে যান, আর বিরতির পরিকল্পনা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>একা যাওয়া, অথবা এলাকায় নতুন কারও সঙ্গে যাওয়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>সবসময় জোড়ায় যান, আর অন্তত একজন যেন এলাকাটি চেনেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>নাম বা নোট লেখা কাগজ সঙ্গে রাখা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>শুধু যা দরকার তা সঙ্গে রাখুন, আর পরে FieldSafe-এ লিখে রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>আমরা এলাকাটি আর এর ছন্দ চিনি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>প্রতিটি টহলের পরে যা চোখে পড়েছে তা শেয়ার করুন, যাতে পুরো টিম শেখে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>একই এলাকায় অন্য সংস্থাও কাজ করে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>পরিবর্তন ও ঘটনা নিয়ে তাদের সঙ্গে যোগাযোগ রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>এখানে নারী, পুরুষ ও ট্রান্সজেন্ডার সহকর্মীরা খদ্দের বা শোষণকারীদের কাছ থেকে আলাদা প্রতিক্রিয়া পান কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>এলাকার কমবয়সীদের ওপর হয়তো বেশি কড়া নজর রাখা হয়: বাড়তি সাবধানে কাছে যান।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>এখানকার মানুষের সঙ্গে যে সহকর্মীদের ভাষা বা পটভূমি মেলে, তাঁদের আলাদা চোখে দেখা হয় কি না, ভালো বা মন্দ অর্থে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>পথ, সময় আর কারা যাবেন, তা ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>চলে যাওয়ার একটি সংকেত আর আবার মিলিত হওয়ার একটি জায়গা ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>আশেপাশে কারা আছেন আর কারা আমাদের কথা শুনতে পাচ্ছেন, সেদিকে খেয়াল রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>আমাদের একজন সংকেত দিলে আমরা দুজনেই চলে যাই, কোনো আলোচনা ছাড়াই।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>এলাকার অন্য আউটরিচ টিম; স্বাস্থ্যসেবা; কমিউনিটির বিশ্বস্ত মানুষ।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>কোনো স্বাস্থ্যসেবার সঙ্গে একসঙ্গে বের হওয়া; কম ও ছোট টহল; এমন জায়গায় তথ্য রেখে আসা, যেখান থেকে মানুষ কারও চোখে না পড়ে তা নিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>ফ্ল্যাট বা ব্রথেলে আউটরিচ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>ফ্ল্যাট, ব্রথেল বা অন্য বন্ধ জায়গায় যাওয়া, যেখানে মানুষ শোষণের মধ্যে থাকতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>যাঁরা বাইরে আসতে পারেন না তাঁদের কাছে পৌঁছানো, আর নিরাপদে তাঁদের কাছে তথ্য রেখে আসা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>জায়গাটি নিয়ন্ত্রণ করে এমন কেউ সেখানে থাকে এবং বৈরী আচরণ করে।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>শারীরিক ক্ষতি; বেরোতে না দেওয়া; ভেতরের মানুষদের শাস্তি দেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>ভেতরে আর কে আছে বা কীভাবে বেরোনো যায়, আমরা দেখতে পাই না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>কোণঠাসা হয়ে পড়া বা আটকে পড়া।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>সফরটিকে ব্যবসার জন্য হুমকি হিসেবে দেখা হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>পরে টিম বা সংস্থার বিরুদ্ধে হুমকি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>সফরের সময় পুলিশের অভিযান বা পরিদর্শন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>আমরা, বা ভেতরের মানুষেরা, আইনি ঝামেলায় জড়িয়ে পড়ি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>ঢোকা-বেরোনোর একটিই পথ আছে এমন বন্ধ জায়গা।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>ঢোকার আগে ঠিক করুন, কে দরজার কাছে থাকবেন আর কখন আমরা বেরিয়ে আসব।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>বাইরের কেউ জানেন না আমরা কোথায় আছি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>বাইরে থাকা একজন সহকর্মী জানেন আমরা কোথায় গেছি আর কখন খবর দেব।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>কেউ থেকে যাওয়ার জন্য জোর করলে ভদ্রভাবে সফর শেষ করা কঠিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>ভেতরে যাওয়ার আগেই চলে আসার একটি কারণ ঠিক করে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>ভেতরের কিছু মানুষ আমাদের চেনেন এবং বিশ্বাস করেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>নিয়মিত যান, এমন সময়ে যা তাঁদের সুবিধাজনক এবং অন্যদের পক্ষে আগে থেকে আন্দাজ করা কঠিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>আমরা জরুরি যোগাযোগের নম্বর তৈরি রেখে একটি ফোন সঙ্গে রাখি।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>প্রতিটি সফরের আগে ব্যাটারি ও ব্যালান্স দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>একজন পুরুষ বা একজন নারী গেলে এই জায়গার ভেতরের ঝুঁকি বদলায় কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>ভেতরের মানুষেরা সরকারি লোকের মতো দেখতে যে কাউকে ভয় পেতে পারেন: আমরা কে, তা সহজভাবে বলুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>আমাদের কারও বেরোনোর জন্য সহজতর পথ দরকার কি না।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>আগের সফর ও সহযোগীদের কাছ থেকে জায়গাটি সম্পর্কে যতটা পারা যায় জেনে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>আমরা কোথায় যাচ্ছি আর কখন খবর দেব, তা একজন সহকর্মীকে জানান।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>আমাদের একজন দরজার কাছে থাকেন এবং নজর রাখেন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>সফর ছোট রাখুন, আর কিছু ঠিক না লাগলে বেরিয়ে আসুন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>কথামতো বাইরের সহকর্মীকে খবর দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>স্বাস্থ্যসেবার আউটরিচ; আইনি পরামর্শক; সফরের সময় ফোনে প্রস্তুত থাকা একজন সহকর্মী।</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>জায়গাটিতে যাতায়াত করে এমন স্বাস্থ্যসেবার মাধ্যমে তথ্য রেখে আসা; মানুষের সঙ্গে বাইরে, তাঁদের বেছে নেওয়া সময়ে দেখা করা।</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>এখনও ঠিক করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>শারীরিক</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>মৌখিক</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>নজরদারি বা পিছু নেওয়া</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>ডিজিটাল</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>আইনি বা প্রশাসনিক</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>অন্য কিছু</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>কেউ কাউকে ধাক্কা দিয়েছে, আটকে রেখেছে, মেরেছে বা আঘাত করেছে।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>হুমকি, অপমান বা চিৎকার।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>কেউ আমাদের ওপর নজর রেখেছে, ছবি তুলেছে বা পিছু নিয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>অনলাইনে বার্তা, অ্যাকাউন্ট, ছবি বা তথ্য।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>পুলিশের তল্লাশি, জরিমানা, কাগজপত্র কেড়ে নেওয়া, অভিযোগ।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>ওপরের কোনোটিতে পড়ে না এমন যেকোনো কিছু।</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>একজন শোষণকারী বা তার হয়ে কাজ করা কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>একজন খদ্দের বা ক্লায়েন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>পুলিশ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>অন্য কোনো কর্তৃপক্ষ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>কমিউনিটির কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>একটি অনলাইন অ্যাকাউন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>অচেনা কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>অন্য কেউ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>খোলা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>ব্যবস্থা পর্যালোচিত</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>খুবই কম সম্ভাবনা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>কম সম্ভাবনা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>সম্ভব</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>সম্ভাবনা বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>খুব বেশি সম্ভাবনা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>খুব সামান্য</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>সামান্য</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>মাঝারি</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>গুরুতর</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>খুব গুরুতর</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>কম</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>খুব বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>আগে</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>চলাকালীন</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>পরে</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>বয়স</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>জেন্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>জাতিগত পরিচয়</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>ধর্ম</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>প্রতিবন্ধিতা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>যৌন অভিমুখিতা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>অভিবাসনের অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>হ্যাঁ, নিচের ব্যবস্থাগুলোসহ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>এখনও নিশ্চিত নই</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>না: আমরা আরও নিরাপদ উপায় খুঁজব</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>নির্ধারিত পর্যালোচনা</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>কোনো ঘটনার পরে</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>কোনো কাজের আগে</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>অন্য কোনো কারণ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>রাত</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>সকাল</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>দুপুর-বিকেল</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>সন্ধ্যা</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>এই ভল্টে FieldSafe আগে থেকেই খোলা আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>এর উইন্ডোটি এখন সামনে চলে আসার কথা। একবারে শুধু একটি উইন্ডোতেই একটি ভল্ট দেখানো যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>চালিয়ে যেতে এর উইন্ডোতে যান। একবারে শুধু একটি উইন্ডোতেই একটি ভল্ট দেখানো যায়।</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>যে সহকর্মীরা বান্ডেলটি খুলতে পারবেন, তাঁদের প্রত্যেকের পাশে, অথবা পুরো একটি টিমের পাশে টিক দিন: তাঁরা প্রত্যেকে এটি খুলতে পারবেন, আপনিও পারবেন, আর কেউ নয়। শুধু যে সহকর্মীদের নিরাপত্তা নম্বর আপনি মিলিয়ে দেখেছেন, তাঁদেরই তালিকায় দেখানো হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>পুরো টিম: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>টিমের সবার পাশে টিক দেয়: {names}।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>টিম ফোল্ডার এই সহকর্মীর কাছে পৌঁছায়।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>টিম ফোল্ডার এই সহকর্মীর কাছে পৌঁছায় না: শুধু ফাইল।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>কীভাবে তাঁদের কাছে পৌঁছাবে:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>&amp;টিম ফোল্ডারে রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>টিম ফোল্ডারে রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>সিঙ্ক ইঞ্জিন এটি এনক্রিপ্ট করা অবস্থায় তাঁদের প্রত্যেকের কাছে বহন করে; তাঁদের FieldSafe ফোল্ডারটি পড়ার সময় এটি গ্রহণ করে।</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>নিজে পৌঁছে দেওয়ার জন্য একটি &amp;ফাইল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>নিজে পৌঁছে দেওয়ার জন্য একটি ফাইল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>{teams}-এর ফোল্ডারটি এখন সেখানে নেই: ড্রাইভটি কি লাগানো আছে, নাকি ফোল্ডারটি সরানো হয়েছে?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>টিম ফোল্ডার {names}-এর কাছে পৌঁছায় না: এভাবে তাঁরা কিছুই পাবেন না। পরে FieldSafe তাঁদের জন্য একটি ফাইলের ব্যবস্থা দেবে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%Lnটি ঘটনার আপডেট</numerusform>
            <numerusform>%Lnটি ঘটনার আপডেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%Lnটি ঘটনা</numerusform>
            <numerusform>%Lnটি ঘটনা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%Lnটি পরিকল্পনার আপডেট</numerusform>
            <numerusform>%Lnটি পরিকল্পনার আপডেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%Lnটি পরিকল্পনা</numerusform>
            <numerusform>%Lnটি পরিকল্পনা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%Lnটি ঝুঁকি মূল্যায়নের আপডেট</numerusform>
            <numerusform>%Lnটি ঝুঁকি মূল্যায়নের আপডেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%Lnটি ঝুঁকি মূল্যায়ন</numerusform>
            <numerusform>%Lnটি ঝুঁকি মূল্যায়ন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%Lnটি লগের আপডেট</numerusform>
            <numerusform>%Lnটি লগের আপডেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%Lnটি লগ</numerusform>
            <numerusform>%Lnটি লগ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%Lnটি রেকর্ডের আপডেট</numerusform>
            <numerusform>%Lnটি রেকর্ডের আপডেট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Lnটি রেকর্ড</numerusform>
            <numerusform>%Lnটি রেকর্ড</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{name}-এর কাছ থেকে {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>আরও %Lnটি রেকর্ড</numerusform>
            <numerusform>আরও %Lnটি রেকর্ড</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>টিম ফোল্ডার থেকে এসেছে: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>টিম ফোল্ডার থেকে</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>পর্যালোচনা…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>যে আপডেটগুলো আপনার সিদ্ধান্তের অপেক্ষায়, সেগুলো পর্যালোচনা করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>বিস্তারিত…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>সরিয়ে রাখা বান্ডেলগুলোর বিস্তারিত</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>টিম ফোল্ডারের নোটিসটি বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>{team}-এর টিম ফোল্ডার এই মুহূর্তে সেখানে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>এই টিমগুলোর ফোল্ডার এই মুহূর্তে সেখানে নেই: {teams}।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>আপনার সিদ্ধান্তের পরে ইমপোর্ট করা হয়েছে: %Lnটি রেকর্ড।</numerusform>
            <numerusform>আপনার সিদ্ধান্তের পরে ইমপোর্ট করা হয়েছে: %Lnটি রেকর্ড।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%Lnটি বান্ডেল সরিয়ে রাখা হয়েছে, ইমপোর্ট করা হয়নি।</numerusform>
            <numerusform>%Lnটি বান্ডেল সরিয়ে রাখা হয়েছে, ইমপোর্ট করা হয়নি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%Lnটি আপডেট আপনার সিদ্ধান্তের অপেক্ষায়।</numerusform>
            <numerusform>%Lnটি আপডেট আপনার সিদ্ধান্তের অপেক্ষায়।</numerusform>
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
        <translation>সরিয়ে রাখা বান্ডেল</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>এই বান্ডেলগুলো থেকে কিছুই ইমপোর্ট করা হয়নি। সেগুলো এখনও এনক্রিপ্ট করা অবস্থায় টিম ফোল্ডারের ভেতরে বাতিল (rejected) ফোল্ডারে সরানো হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} ও {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>টিম ফোল্ডারে রাখা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>{teams}-এর ফোল্ডার দিয়ে {names}-কে পাঠানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>{names}-কে পাঠানো হয়নি: এখন যাচাই করা নয়। “সহকর্মীরা”-তে আবার নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>{names}-কে পাঠানো হয়নি: ফোল্ডার আছে এমন কোনো টিমে নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>{names}-এর জন্য টিম ফোল্ডারে রেখে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>টিম ফোল্ডারে কিছুই রাখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>তাঁদের FieldSafe পরের বার ফোল্ডারটি পড়ার সময় এটি গ্রহণ করবে; ততক্ষণ সিঙ্ক ইঞ্জিন এটি এনক্রিপ্ট করা অবস্থায় বহন করে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>এর বদলে আপনি অন্যদের জন্য একটি ফাইল সংরক্ষণ করে যথারীতি পৌঁছে দিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>এর বদলে আপনি একটি ফাইল সংরক্ষণ করে যথারীতি পৌঁছে দিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>তাঁদের জন্য একটি ফাইল সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>যাঁদের কাছে পৌঁছায়নি, তাঁদের জন্য একটি ফাইল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>আবার পাঠান…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>ঘটনাটি আবার পাঠান</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>শেয়ারের পদ্ধতি বেছে নেওয়ার জায়গা খোলে: টিম ফোল্ডার, অথবা পৌঁছে দেওয়ার জন্য একটি ফাইল।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>ঘটনাটি সংরক্ষিত হয়েছে এবং {names}-এর জন্য টিম ফোল্ডারে রেখে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>ঘটনাটি সংরক্ষিত হয়েছে। এটি নিরাপত্তা সমন্বয়কের কাছে পাঠানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>ঘটনাটি সংরক্ষিত হয়েছে। নিরাপত্তা সমন্বয়কের কাছে পাঠানো যায়নি: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>“আবার পাঠান…” এটি সাধারণ উপায়ে শেয়ার করে: টিম ফোল্ডারের মাধ্যমে, অথবা ফাইল হিসেবে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>ঘটনাটি সংরক্ষিত ও শেয়ার করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>সহকর্মী বা টিম</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>সহকর্মীরা</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>&amp;টিম</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>এখনও কোনো টিম ফোল্ডার নেই। আপনি একটি বেছে না নেওয়া পর্যন্ত এই টিমের মাধ্যমে কিছুই পাঠানো বা গ্রহণ করা হবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>টিম ফোল্ডার: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>টিম ফোল্ডারটি এখন সেখানে নেই: {folder}। ড্রাইভটি কি লাগানো আছে, নাকি ফোল্ডারটি সরানো হয়েছে? কিছুই হারায়নি; সরানো হয়ে থাকলে আবার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>চাবি বদলেছে</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>যাচাই করা নয়</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>নিরাপত্তা সমন্বয়ক</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>{name}-এর চাবি বদলেছে। “সহকর্মীরা” ট্যাবে আবার নিরাপত্তা নম্বর মিলিয়ে না দেখা পর্যন্ত তাঁকে কিছুই পাঠানো হবে না, তাঁর কাছ থেকে কিছু নেওয়াও হবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} এখন যাচাই করা নন। “সহকর্মীরা” ট্যাবে নিরাপত্তা নম্বর মিলিয়ে না দেখা পর্যন্ত তাঁকে কিছুই পাঠানো হবে না, তাঁর কাছ থেকে কিছু নেওয়াও হবে না।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>{name}-কে যোগ করা যাচ্ছে না: তাঁর চাবি বদলেছে। আগে “সহকর্মীরা” ট্যাবে দুজনে মিলে সামনাসামনি আবার নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>{name}-কে এখনও যোগ করা যাচ্ছে না: আগে “সহকর্মীরা” ট্যাবে দুজনে মিলে সামনাসামনি নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>অন্য একটি টিমের এই নাম আগে থেকেই আছে। অন্য একটি নাম বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>টিমের একটি নাম লিখুন (সর্বোচ্চ ৮০টি অক্ষর)।</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>শুধু যাচাই করা সহকর্মীই টিমে থাকতে পারেন: আগে নিরাপত্তা নম্বর মিলিয়ে দেখুন।</translation>
    </message>
</context>
</TS>
