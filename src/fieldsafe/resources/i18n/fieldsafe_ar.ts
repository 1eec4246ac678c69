<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>جارٍ فتح المرفق…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>معاينة المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>تصغير (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>تكبير (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>ملاءمة النافذة (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>تُحفظ ملفات PDF كما هي، بما في ذلك أي بيانات مخزَّنة داخلها.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>أُزيلت بيانات الموقع والكاميرا.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>حُفظت هذه الصورة كما هي، بما في ذلك أي بيانات موقع أو كاميرا مخزَّنة فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>يتعذّر عرض هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="457"/>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="38"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="54"/>
        <source>The new passphrase works at once and the old one stops working.</source>
        <translation>تعمل عبارة المرور الجديدة فورًا، وتتوقف القديمة عن العمل.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="57"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="58"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="61"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="62"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="63"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>تأكيد عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="64"/>
        <source>Confirm new passphrase</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="69"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>أعِد أيضًا &amp;تشفير الخزنة بمفتاح جديد (يُنصح به). تتوقف نسخ ملف المفتاح القديم عن العمل، وتحصل على رمز استرداد جديد لتكتبه.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>Also re-encrypt the vault</source>
        <translation>إعادة تشفير الخزنة أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>&amp;Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="84"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="101"/>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>New recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="109"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>للخزنة الآن مفتاح جديد. اكتب هذا الرمز الجديد على ورقة الآن واحفظها بعيدًا عن هذا الحاسوب، ثم أتلِف الورقة القديمة: فالرمز القديم لم يعد يفتح الخزنة. أما النسخ الاحتياطية السابقة فتبقى تُفتح بعبارة المرور ورمز الاسترداد اللذين كانا صالحين وقت إنشائها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="117"/>
        <source>I have &amp;written it down</source>
        <translation>&amp;كتبتُه على ورقة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="118"/>
        <source>I have written it down</source>
        <translation>كتبتُه على ورقة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="148"/>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="90"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set.</extracomment>
        <translation>تسجيلات الشعور حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="95"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>متوسط تسجيل الشعور في الأسبوع (٠ = صعب جدًا، ١٠ = جيد جدًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="96"/>
        <source>Debriefs / meetings</source>
        <translation>جلسات التفريغ / اللقاءات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="100"/>
        <source>No check-ins yet.</source>
        <translation>لا توجد تسجيلات شعور بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>{debriefed} من %Ln لقاء جرى التفريغ عنها</numerusform>
            <numerusform>{debriefed} من لقاء واحد جرى التفريغ عنه</numerusform>
            <numerusform>{debriefed} من لقاءين جرى التفريغ عنهما</numerusform>
            <numerusform>{debriefed} من %Ln لقاءات جرى التفريغ عنها</numerusform>
            <numerusform>{debriefed} من %Ln لقاءً جرى التفريغ عنها</numerusform>
            <numerusform>{debriefed} من %Ln لقاء جرى التفريغ عنها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="108"/>
        <source>{debriefed}/{meetings}</source>
        <comment>debriefs/meetings in one week</comment>
        <translation>{debriefed} من {meetings}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="118"/>
        <source>%Ln week(s) from {first} to {last}</source>
        <translation>
            <numerusform>%Ln أسبوع من {first} إلى {last}</numerusform>
            <numerusform>أسبوع واحد من {first} إلى {last}</numerusform>
            <numerusform>أسبوعان من {first} إلى {last}</numerusform>
            <numerusform>%Ln أسابيع من {first} إلى {last}</numerusform>
            <numerusform>%Ln أسبوعًا من {first} إلى {last}</numerusform>
            <numerusform>%Ln أسبوع من {first} إلى {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="121"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>لا تسجيلات شعور</numerusform>
            <numerusform>تسجيل شعور واحد</numerusform>
            <numerusform>تسجيلا شعور</numerusform>
            <numerusform>%Ln تسجيلات شعور</numerusform>
            <numerusform>%Ln تسجيلًا للشعور</numerusform>
            <numerusform>%Ln تسجيل شعور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="124"/>
        <source>no check-ins in the most recent week</source>
        <translation>لا تسجيلات شعور في الأسبوع الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="127"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>متوسط الأسبوع الأخير {average}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>; </source>
        <comment>separates the parts of the chart&apos;s summary</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="137"/>
        <source>Week of {date}</source>
        <translation>أسبوع {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="139"/>
        <source>No check-ins</source>
        <translation>لا تسجيلات شعور</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="142"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>لا تسجيلات شعور، المتوسط {average}</numerusform>
            <numerusform>تسجيل شعور واحد، المتوسط {average}</numerusform>
            <numerusform>تسجيلا شعور، المتوسط {average}</numerusform>
            <numerusform>%Ln تسجيلات شعور، المتوسط {average}</numerusform>
            <numerusform>%Ln تسجيلًا للشعور، المتوسط {average}</numerusform>
            <numerusform>%Ln تسجيل شعور، المتوسط {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>يتيح لك رمز الشخص التعرّف على الشخص نفسه في سجلات مختلفة دون كتابة اسمه. الكلمات التي يُنبَّه إليها (اسم أو لقب) تبقى هنا: يشير إليها FieldSafe إن ظهرت في سجل، لتستخدم الرمز بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>مثل A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>كلمات يُنبَّه إليها</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>أسماء أو ألقاب، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>فقط ما يساعدك على التعرّف على الشخص. لا تُحفظ إلا في هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>رمز &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>&amp;حفظ الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>حفظ الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>ح&amp;ذف الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>حذف الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>&amp;كلمات يُنبَّه إليها:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>&amp;ملاحظة خاصة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>أغلِق مرة أخرى للتخلّي عن هذا التعديل.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>يُرجى كتابة رمز أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>حذف هذا الرمز من دفتر الرموز؟</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>تحتفظ السجلات التي تستخدم هذا الرمز به؛ لا يُحذف إلا هذا الإدخال وملاحظته.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="58"/>
        <location filename="../../ui/plans/colleagues.py" line="100"/>
        <source>Colleagues</source>
        <translation>الزملاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="63"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>لمشاركة الخطط دون إنترنت، أعطِ زميلك بطاقتك (الرمز أو الملف) واستورد بطاقته. ثم قارِنا رقم الأمان معًا، وجهًا لوجه: يجب أن يكون هو نفسه على الشاشتين.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="92"/>
        <source>My card as a code</source>
        <translation>بطاقتي على شكل رمز</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="94"/>
        <source>Save my card as a file…</source>
        <translation>حفظ بطاقتي في ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="95"/>
        <source>Save my card as a file</source>
        <translation>حفظ بطاقتي في ملف</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="101"/>
        <source>Import a card file…</source>
        <translation>استيراد ملف بطاقة…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="102"/>
        <source>Import a card file</source>
        <translation>استيراد ملف بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="104"/>
        <location filename="../../ui/plans/colleagues.py" line="105"/>
        <source>Or paste a card here</source>
        <translation>أو الصق بطاقة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="108"/>
        <location filename="../../ui/plans/colleagues.py" line="109"/>
        <source>Add the pasted card</source>
        <translation>إضافة البطاقة الملصوقة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="114"/>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="129"/>
        <source>The numbers match: mark as verified</source>
        <translation>الرقمان متطابقان: تأكيد التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="130"/>
        <source>Mark as verified</source>
        <translation>تأكيد التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="131"/>
        <source>Remove this colleague…</source>
        <translation>إزالة هذا الزميل…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>Remove colleague</source>
        <translation>إزالة الزميل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="136"/>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="145"/>
        <source>Safety number:</source>
        <translation>رقم الأمان:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="170"/>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>key changed: compare again</source>
        <translation>تغيّر المفتاح: قارِن الرقم مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="174"/>
        <source>not verified yet</source>
        <translation>لم يتم التحقق بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="192"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>تم التحقق. يمكن مشاركة الخطط مع هذا الزميل.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>تغيّر مفتاح هذا الزميل. لن يُشارَك أو يُستقبَل أي شيء حتى تقارن الرقم مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="200"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>لم يتم التحقق بعد. قارِنا الرقم معًا، وجهًا لوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="207"/>
        <source>Save my card</source>
        <translation>حفظ بطاقتي</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="208"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>بطاقات FieldSafe (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="219"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>حُفظت البطاقة. لا تحتوي إلا على مفاتيح عامة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="225"/>
        <source>Import a card</source>
        <translation>استيراد بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="226"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>بطاقات FieldSafe (*.fieldsafe-card);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="247"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>أُضيفت البطاقة. قارِن الآن رقم الأمان وجهًا لوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>إزالة {name} من زملائك؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="279"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>ستُحذف بطاقته من الخزنة. تبقى الخطط التي أرسلها من قبل إلى أن تحذفها أنت، وتُرفض الحزم التي تصل منه إلى أن تضيف بطاقته وتقارنا رقم الأمان من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="283"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="292"/>
        <source>Colleague removed.</source>
        <translation>أُزيل الزميل.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="209"/>
        <source>Check your recovery code</source>
        <translation>التحقق من رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="212"/>
        <source>Recovery code group</source>
        <translation>مجموعة من رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="227"/>
        <source>&amp;Open my vault</source>
        <translation>فتح خزنتي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="234"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>للتأكد من أن الرمز مكتوب بشكل صحيح، يُرجى كتابة المجموعة {number} منه كما هي على الورقة (تفصل الشَّرطات بين المجموعات). يمكنك الرجوع لرؤية الرمز مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="240"/>
        <source>&amp;Group {number}:</source>
        <translation>المجموعة {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="251"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>مطابق. يُرجى حفظ الورقة في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="254"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>ليس مطابقًا بعد. يُرجى مقارنته بالرمز.</translation>
    </message>
</context>
<context>
    <name>DebriefEditor</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="125"/>
        <source>When</source>
        <extracomment>the journal editor&apos;s draft slot (kept by ui.common.drafting)</extracomment>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="127"/>
        <source>The meeting it follows</source>
        <translation>اللقاء الذي تأتي بعده</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="129"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>كيف أشعر، من 0 (صعب جدًا) إلى 10 (جيد جدًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="130"/>
        <source>No check-in this time</source>
        <translation>بلا تسجيل للشعور هذه المرة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="144"/>
        <source>In a few words</source>
        <translation>ببضع كلمات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="145"/>
        <source>In a few words, if you like</source>
        <translation>ببضع كلمات، إن أردت</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="155"/>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="159"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>أي شيء آخر، قصيرًا كان أو طويلًا، كما يناسبك.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="161"/>
        <location filename="../../ui/journal/editor.py" line="162"/>
        <source>I talked with someone about it</source>
        <translation>تحدّثت مع أحد عن ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="168"/>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Save entry</source>
        <translation>حفظ الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="170"/>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <source>Delete entry</source>
        <translation>حذف الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <source>After:</source>
        <translation>بعد:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>How I feel:</source>
        <translation>كيف أشعر:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="192"/>
        <source>My notes:</source>
        <translation>ملاحظاتي:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="201"/>
        <source>Journal entry</source>
        <translation>صفحة اليوميات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="258"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>استُعيدت من المسودة. يُرجى الحفظ للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="266"/>
        <source>No particular meeting</source>
        <translation>دون لقاء محدد</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="267"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="401"/>
        <source>Saved in your journal.</source>
        <translation>حُفظت في يومياتك.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="410"/>
        <source>Delete this journal entry?</source>
        <translation>حذف هذه الصفحة من يومياتك؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="411"/>
        <source>It will be removed from the vault for good.</source>
        <translation>ستُزال من الخزنة نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="412"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="178"/>
        <source>Filter by setting</source>
        <translation>التصفية حسب نوع المكان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>Any setting</source>
        <translation>كل أنواع الأماكن</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="183"/>
        <source>Filter by person code</source>
        <translation>التصفية حسب رمز الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="184"/>
        <source>Person code</source>
        <translation>رمز الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="187"/>
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="190"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="192"/>
        <source>From any date</source>
        <translation>من أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="193"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="194"/>
        <source>To any date</source>
        <translation>إلى أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="195"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="196"/>
        <source>Follow-up due</source>
        <translation>متابعة حان موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="197"/>
        <source>Only logs with a follow-up due</source>
        <translation>السجلات التي فيها متابعة حان موعدها فقط</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="198"/>
        <location filename="../../ui/shell/today.py" line="199"/>
        <source>Clear filters</source>
        <translation>مسح التصفية</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="279"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="38"/>
        <location filename="../../ui/logs/fields.py" line="39"/>
        <source>Add a follow-up</source>
        <translation>إضافة متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="50"/>
        <source>Done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="51"/>
        <location filename="../../ui/logs/fields.py" line="96"/>
        <source>Follow-up {n} done</source>
        <translation>تمّت المتابعة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="54"/>
        <location filename="../../ui/logs/fields.py" line="97"/>
        <source>Follow-up {n}</source>
        <translation>المتابعة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="55"/>
        <source>What, and who does it</source>
        <translation>ماذا، ومَن يقوم به</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="57"/>
        <source>No due date</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="98"/>
        <source>Follow-up {n} due date</source>
        <translation>موعد المتابعة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="61"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="62"/>
        <source>Remove follow-up {n}</source>
        <translation>إزالة المتابعة {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="139"/>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="139"/>
        <source>B</source>
        <translation>غ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="144"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="147"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="147"/>
        <source>• List</source>
        <translation>• قائمة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="150"/>
        <source>Numbered list</source>
        <translation>قائمة مرقَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="150"/>
        <source>1. List</source>
        <translation>1. قائمة</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="68"/>
        <location filename="../../ui/logs/history.py" line="78"/>
        <source>Earlier versions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="71"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>في كل مرة حُفظ فيها هذا السجل، احتُفظ بما كان فيه من قبل. يمكنك اختيار نسخة سابقة لرؤيتها بجانب النسخة الحالية؛ والحقول المختلفة موسومة بكلمة «تغيَّر».</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="80"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>النسخ ال&amp;محفوظة، الأحدث أولًا:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="84"/>
        <source>Earlier version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="85"/>
        <source>&amp;Earlier version</source>
        <translation>النسخة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="88"/>
        <source>Current version</source>
        <translation>النسخة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="89"/>
        <location filename="../../ui/logs/history.py" line="249"/>
        <source>C&amp;urrent version</source>
        <translation>النسخة ال&amp;حالية</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="113"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="118"/>
        <source>Delete earlier versions…</source>
        <translation>حذف النسخ السابقة…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="120"/>
        <location filename="../../ui/logs/history.py" line="195"/>
        <source>Delete earlier versions</source>
        <translation>حذف النسخ السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="158"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>النسخة ال&amp;حالية، حُفظت في {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="162"/>
        <source>Saved {time}</source>
        <translation>حُفظت في {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="177"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>لا توجد نسخ سابقة: لم يُعدَّل هذا السجل منذ حفظه أول مرة.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="189"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>حذف النسخ السابقة من هذا السجل؟</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="191"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>لن تبقى إلا النسخة الحالية. افعل ذلك عندما تحتوي نسخة سابقة على ما لا ينبغي الاحتفاظ به، مثل اسم استبدلته برمز شخص. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="204"/>
        <source>The earlier versions were deleted.</source>
        <translation>حُذفت النسخ السابقة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="220"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>لا يختلف أي حقل عن النسخة الحالية.</numerusform>
            <numerusform>يختلف حقل واحد عن النسخة الحالية.</numerusform>
            <numerusform>يختلف حقلان عن النسخة الحالية.</numerusform>
            <numerusform>تختلف %Ln حقول عن النسخة الحالية.</numerusform>
            <numerusform>يختلف %Ln حقلًا عن النسخة الحالية.</numerusform>
            <numerusform>يختلف %Ln حقل عن النسخة الحالية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="223"/>
        <source>This version is the same as the current one.</source>
        <translation>هذه النسخة مطابقة للنسخة الحالية.</translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>إعدادات اليوميات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>إظهار الأسئلة المساعدة في الصفحات الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>الأسئلة المساعدة، سؤال في كل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>طلب عبارة المرور قبل فتح يومياتي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>التنبيه بلطف عندما تبدو عدة تسجيلات حديثة للشعور صعبة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>الأسئلة المساعدة (سؤال في كل سطر؛ يمكنك كتابة أسئلتك الخاصة إن أردت):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/view.py" line="105"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>يومياتك مقفلة. يُرجى كتابة عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="110"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="111"/>
        <location filename="../../ui/journal/view.py" line="112"/>
        <source>Open my journal</source>
        <translation>فتح يومياتي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New entry</source>
        <translation>صفحة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <source>New journal entry</source>
        <translation>صفحة جديدة في اليوميات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="130"/>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>My support</source>
        <translation>مصادر دعمي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings…</source>
        <translation>إعدادات اليوميات…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="132"/>
        <source>Journal settings</source>
        <translation>إعدادات اليوميات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="380"/>
        <source>Check-in: {feeling}</source>
        <translation>تسجيل الشعور: {feeling}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="84"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>صفحات اليوميات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="140"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>بدت الأمور صعبة في عدة من تسجيلات شعورك الأخيرة. هذا يحدث في هذا العمل. قد تفيدك مصادر دعمك، أو قسط من الراحة.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="149"/>
        <source>Hide this note</source>
        <translation>إخفاء هذه الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Open my support list</source>
        <translation>فتح مصادر دعمي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="237"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>لم تُفتح يومياتك بعبارة المرور المكتوبة. خزنتك ما زالت مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="255"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/shell/lock.py" line="51"/>
        <source>FieldSafe</source>
        <extracomment>the passphrase was submitted; key derivation is running</extracomment>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="62"/>
        <source>FieldSafe is locked</source>
        <translation>تطبيق FieldSafe مقفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="68"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>سجلاتك مشفّرة. يُرجى كتابة عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="76"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="77"/>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>إن نسيتها، يمكنك كتابة رمز الاسترداد هنا بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="90"/>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="91"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="97"/>
        <source>Unlocking</source>
        <translation>جارٍ فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="102"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="149"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>يُرجى كتابة عبارة المرور أو رمز الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="154"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/editor.py" line="126"/>
        <location filename="../../ui/logs/editor.py" line="306"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="176"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>استُعيد من المسودة. يُرجى الحفظ للاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="253"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>لم يُؤكَّد إتلافها بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="87"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="89"/>
        <source>How long (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="92"/>
        <location filename="../../ui/logs/form.py" line="96"/>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="93"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="95"/>
        <source>Setting</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="100"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="102"/>
        <source>A district or part of town, never an exact address</source>
        <translation>حيّ أو جزء من المدينة، لا عنوان دقيق أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="104"/>
        <source>Who went</source>
        <translation>مَن ذهب</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="105"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>أنا والزملاء، مفصولين بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="108"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>رموز لا أسماء، مثل A12، B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="109"/>
        <source>Code book…</source>
        <translation>دفتر الرموز…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="110"/>
        <source>Code book</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="112"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="116"/>
        <source>A few words; use person codes, not names</source>
        <translation>بضع كلمات، برموز الأشخاص لا بأسمائهم</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="120"/>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>ماذا حدث، وما الذي اتُّفق عليه، وما الذي تلزم متابعته. رموز بدل الأسماء.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Needs expressed</source>
        <translation>الاحتياجات المعبَّر عنها</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="135"/>
        <source>Information and referrals given</source>
        <translation>المعلومات والإحالات المقدَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <source>Safety observations</source>
        <translation>ملاحظات السلامة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>هل كان أحد يراقب أو يتبع؟ هل كان هناك أي تهديد؟</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="143"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="144"/>
        <source>e.g. health, housing</source>
        <translation>مثل: صحة، سكن</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="147"/>
        <source>There are paper notes of this meeting</source>
        <translation>توجد ملاحظات ورقية عن هذا اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="151"/>
        <location filename="../../ui/logs/form.py" line="254"/>
        <source>I have destroyed them</source>
        <translation>أتلفتُها</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="152"/>
        <source>Paper notes destroyed</source>
        <translation>أُتلفت الملاحظات الورقية</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="154"/>
        <source>No review date</source>
        <translation>بلا موعد مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="155"/>
        <source>Review by</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="157"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>في هذا التاريخ تسألك صفحة «اليوم» هل تُبقي هذا السجل أم تحذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="95"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="106"/>
        <source>Attach photos or PDFs…</source>
        <translation>إرفاق صور أو ملفات PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="107"/>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="110"/>
        <source>View attachment</source>
        <translation>عرض المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="113"/>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="116"/>
        <source>Remove location and camera details from photos</source>
        <translation>إزالة بيانات الموقع والكاميرا من الصور</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="61"/>
        <source>Replace with a person code</source>
        <translation>الاستبدال برمز شخص</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="64"/>
        <source>Keep this text</source>
        <translation>الإبقاء على هذا النص</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="173"/>
        <source>&amp;How long:</source>
        <translation>الم&amp;دة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="174"/>
        <source>Se&amp;tting:</source>
        <translation>&amp;نوع المكان:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>&amp;Area:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>Who &amp;went:</source>
        <translation>مَن ذ&amp;هب:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="180"/>
        <source>&amp;Person codes:</source>
        <translation>رموز الأ&amp;شخاص:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="181"/>
        <source>T&amp;itle:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>الاح&amp;تياجات التي عبّر عنها الشخص:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Information and &amp;referrals given:</source>
        <translation>المعلومات والإحالات الم&amp;قدَّمة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>&amp;Follow-ups:</source>
        <translation>المتا&amp;بعات:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="214"/>
        <source>Safet&amp;y observations:</source>
        <translation>ملاحظات ال&amp;سلامة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="215"/>
        <source>Ta&amp;gs:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="222"/>
        <source>Paper notes:</source>
        <translation>الملاحظات الورقية:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="224"/>
        <source>Attach&amp;ments:</source>
        <translation>المر&amp;فقات:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="226"/>
        <source>Re&amp;view by:</source>
        <translation>موعد الم&amp;راجعة:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Wh&amp;at happened:</source>
        <translation>ماذا &amp;حدث:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="195"/>
        <source>Outreach log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="123"/>
        <source>&amp;Save</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>حف&amp;ظ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="124"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="125"/>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="127"/>
        <source>Earlier versions…</source>
        <translation>النسخ السابقة…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="128"/>
        <source>Earlier versions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="257"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>أُتلفت، وأُكِّد ذلك في {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="261"/>
        <source>Not destroyed after all</source>
        <translation>في الواقع، لم تُتلَف</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="331"/>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="239"/>
        <source>Filled in from the meeting plan.</source>
        <translation>مُلئت الحقول من خطة اللقاء.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="289"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="301"/>
        <source>Delete this outreach log?</source>
        <translation>حذف سجل التواصل هذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="303"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>سيُزال من الخزنة نهائيًا، مع نسخه السابقة ومرفقاته. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="222"/>
        <source>Encrypting the attachments…</source>
        <translation>جارٍ تشفير المرفقات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="357"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>لم يُضَف أي ملف إلى الخزنة.</numerusform>
            <numerusform>أُضيف ملف واحد إلى الخزنة.</numerusform>
            <numerusform>أُضيف ملفان إلى الخزنة.</numerusform>
            <numerusform>أُضيفت %Ln ملفات إلى الخزنة.</numerusform>
            <numerusform>أُضيف %Ln ملفًا إلى الخزنة.</numerusform>
            <numerusform>أُضيف %Ln ملف إلى الخزنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="362"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>تعذّرت إضافة %Ln ملف:</numerusform>
            <numerusform>تعذّرت إضافة ملف واحد:</numerusform>
            <numerusform>تعذّرت إضافة ملفين:</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملفات:</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملفًا:</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="376"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>لم يُحذف أي ملف أصلي.</numerusform>
            <numerusform>حُذف ملف أصلي واحد.</numerusform>
            <numerusform>حُذف ملفان أصليان.</numerusform>
            <numerusform>حُذفت %Ln ملفات أصلية.</numerusform>
            <numerusform>حُذف %Ln ملفًا أصليًا.</numerusform>
            <numerusform>حُذف %Ln ملف أصلي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="379"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>لم يُحذف أي منها دون الكتابة فوقه أولًا.</numerusform>
            <numerusform>أحدها حُذف فقط، إذ تعذّرت الكتابة فوقه أولًا.</numerusform>
            <numerusform>اثنان منها حُذفا فقط، إذ تعذّرت الكتابة فوقهما أولًا.</numerusform>
            <numerusform>%Ln منها حُذفت فقط، إذ تعذّرت الكتابة فوقها أولًا.</numerusform>
            <numerusform>%Ln منها حُذفت فقط، إذ تعذّرت الكتابة فوقها أولًا.</numerusform>
            <numerusform>%Ln منها حُذفت فقط، إذ تعذّرت الكتابة فوقها أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="382"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>لم يكن أي ملف أصلي قد أُزيل من قبل.</numerusform>
            <numerusform>كان ملف أصلي واحد قد أُزيل من قبل.</numerusform>
            <numerusform>كان ملفان أصليان قد أُزيلا من قبل.</numerusform>
            <numerusform>كانت %Ln ملفات أصلية قد أُزيلت من قبل.</numerusform>
            <numerusform>كان %Ln ملفًا أصليًا قد أُزيل من قبل.</numerusform>
            <numerusform>كان %Ln ملف أصلي قد أُزيل من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>تعذّر حذف %Ln ملف أصلي (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفها بطريقة أخرى.</numerusform>
            <numerusform>تعذّر حذف ملف أصلي واحد (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفه بطريقة أخرى.</numerusform>
            <numerusform>تعذّر حذف ملفين أصليين (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفهما بطريقة أخرى.</numerusform>
            <numerusform>تعذّر حذف %Ln ملفات أصلية (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفها بطريقة أخرى.</numerusform>
            <numerusform>تعذّر حذف %Ln ملفًا أصليًا (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفها بطريقة أخرى.</numerusform>
            <numerusform>تعذّر حذف %Ln ملف أصلي (الملف أو مجلده للقراءة فقط، أو هو رابط). يُرجى حذفها بطريقة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="285"/>
        <source>Remove this attachment?</source>
        <translation>إزالة هذا المرفق؟</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="286"/>
        <source>It will be removed from the vault for good.</source>
        <translation>سيُزال من الخزنة نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <location filename="../../ui/logs/attachments_panel.py" line="287"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="296"/>
        <source>The attachment was removed.</source>
        <translation>أُزيل المرفق.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="99"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>«{text}» يبدو رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="101"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>«{text}» يبدو عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="103"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>«{text}» اسم أدرجته للرمز {code} في دفتر الرموز.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="107"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>إذا ضاع هذا الحاسوب، فاستخدام رمز الشخص يحميه أكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="111"/>
        <source>Replace with {code}</source>
        <translation>الاستبدال بالرمز {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="60"/>
        <location filename="../../ui/logs/privacy_bar.py" line="114"/>
        <location filename="../../ui/logs/privacy_bar.py" line="121"/>
        <source>Replace with a code…</source>
        <translation>الاستبدال برمز…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="107"/>
        <location filename="../../ui/logs/privacy_bar.py" line="142"/>
        <source>Person codes</source>
        <translation>رموز الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="147"/>
        <source>No codes yet: add one in the code book</source>
        <translation>لا توجد رموز بعد: يمكنك إضافة رمز في دفتر الرموز</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="318"/>
        <source>The log was deleted.</source>
        <translation>حُذف السجل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="89"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="43"/>
        <source>&amp;New log</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="45"/>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="47"/>
        <source>&amp;Earlier versions…</source>
        <translation>ال&amp;نسخ السابقة…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="50"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="54"/>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ &amp;بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="55"/>
        <source>&amp;Code book…</source>
        <translation>دفتر ال&amp;رموز…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="56"/>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="57"/>
        <source>&amp;Back up…</source>
        <translation>نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="65"/>
        <source>&amp;Hide everything now</source>
        <translation>إخفاء كل شيء الآن</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="69"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>ما الذي يحميه FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>&amp;Erase this vault…</source>
        <translation>محو هذه الخزنة…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="76"/>
        <source>&amp;Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>L&amp;og</source>
        <translation>الس&amp;جل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="95"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="98"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>New log</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="108"/>
        <source>Show today</source>
        <translation>عرض صفحة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="109"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="138"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="139"/>
        <location filename="../../ui/shell/log_list.py" line="114"/>
        <source>Outreach logs</source>
        <translation>سجلات التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="140"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="141"/>
        <source>My journal</source>
        <translation>يومياتي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="142"/>
        <source>Meeting plans</source>
        <translation>خطط اللقاءات</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="99"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="100"/>
        <source>Search all records</source>
        <translation>البحث في كل السجلات</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="102"/>
        <source>Sea&amp;rch:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="138"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="148"/>
        <source>&amp;Filters</source>
        <translation>الت&amp;صفية</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="149"/>
        <source>Filters</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="156"/>
        <source>Include my journal</source>
        <translation>تضمين يومياتي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="157"/>
        <source>Include my journal in this search</source>
        <translation>تضمين يومياتي في هذا البحث</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="25"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>حُفظ السجل. ما رأيك في كتابة بضعة أسطر لنفسك عن اللقاء وكيف مرّ عليك؟</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="31"/>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <source>Debrief now</source>
        <translation>الكتابة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <source>Remind me later</source>
        <translation>التذكير لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <source>Not this time</source>
        <translation>ليس هذه المرة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="242"/>
        <source>No logs match these filters.</source>
        <translation>لا توجد سجلات تطابق هذه التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="249"/>
        <source>No outreach logs yet. Press {shortcut} to write the first one.</source>
        <translation>لا توجد سجلات تواصل بعد. يمكنك كتابة أول سجل بالضغط على {shortcut}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="388"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>التذكير بالتفريغ موجود في صفحة اليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="353"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>يومياتك مقفلة: افتحها أولًا لتُضمَّن في البحث.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="373"/>
        <source>Best matches among the {count} most recent records that match. Add a word to find older ones.</source>
        <translation>هذه أفضل النتائج من بين أحدث {count} من السجلات المطابقة. لإيجاد سجلات أقدم، يمكنك إضافة كلمة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="379"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>أفضل النتائج أولًا، ويظهر المزيد مع التمرير.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="119"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="383"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>لم يُعثر على شيء. يمكنك تجربة كلمات أقل أو أقصر.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="54"/>
        <source>Choose one or more logs to print first.</source>
        <translation>يُرجى اختيار سجل واحد أو أكثر للطباعة أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="34"/>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="42"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>كُتبت النسخة الاحتياطية. يُرجى إبقاؤها بعيدًا عن هذا الحاسوب؛ فهي تُفتح بعبارة المرور أو رمز الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="59"/>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>تعذّر حفظ تعديلك (السبب في الرسالة أسفله). إن أغلقت مرة أخرى فسيُلغى هذا التعديل.</translation>
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
        <location filename="../../ui/common/optional_date.py" line="92"/>
        <source>Choose on a calendar…</source>
        <translation>اختر من التقويم…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="95"/>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="97"/>
        <source>In a week</source>
        <translation>بعد أسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="99"/>
        <source>In a month</source>
        <translation>بعد شهر</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="102"/>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="150"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: التقويم والاختيارات السريعة</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="152"/>
        <source>{name}: calendar</source>
        <translation>{name}: التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="153"/>
        <source>{name}: note</source>
        <translation>{name}: ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="168"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>هذا ليس تاريخًا بعد، لذلك لن يُحفظ. اكتبه هكذا: {example}.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="84"/>
        <source>Choose a passphrase</source>
        <translation>اختيار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="87"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>لن يعرفها أحد سواك، ولا يستطيع FieldSafe إعادة تعيينها. وفي الخطوة التالية يُنشأ لك رمز استرداد أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="92"/>
        <source>&amp;Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="94"/>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="95"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="96"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>تأكيد عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="97"/>
        <source>Confirm passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="103"/>
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="134"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>جارٍ إنشاء خزنتك… يستغرق ذلك لحظات عن قصد: فهذا يجعل تخمين عبارة المرور بطيئًا جدًا على أي شخص آخر.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="49"/>
        <source>Meeting plan</source>
        <extracomment>the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>خطة اللقاء</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="59"/>
        <source>Meeting plans</source>
        <translation>خطط اللقاءات</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="60"/>
        <source>New plan…</source>
        <translation>خطة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="61"/>
        <source>New meeting plan</source>
        <translation>خطة لقاء جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="62"/>
        <source>Edit plan…</source>
        <translation>تعديل الخطة…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="63"/>
        <source>Edit meeting plan</source>
        <translation>تعديل خطة اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="64"/>
        <source>Delete plan…</source>
        <translation>حذف الخطة…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="65"/>
        <source>Delete meeting plan</source>
        <translation>حذف خطة اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="67"/>
        <source>Plan status</source>
        <translation>حالة الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="70"/>
        <source>Meeting done: write the log</source>
        <translation>تمّ اللقاء: كتابة السجل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="71"/>
        <source>Meeting done</source>
        <translation>تمّ اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="81"/>
        <source>Colleagues…</source>
        <translation>الزملاء…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="82"/>
        <source>Colleagues</source>
        <translation>الزملاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="83"/>
        <source>Share with a colleague…</source>
        <translation>مشاركة مع زميل…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="84"/>
        <source>Share this plan with a colleague</source>
        <translation>مشاركة هذه الخطة مع زميل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="85"/>
        <source>Receive a bundle…</source>
        <translation>استلام حزمة…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="86"/>
        <source>Receive a bundle</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Pocket card as PDF…</source>
        <translation>بطاقة جيب بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>Pocket card as PDF</source>
        <translation>بطاقة جيب بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Checklist</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="107"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="204"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>خطّط للقاء مع زميل: المكان، ومكان بديل، وماذا ستفعلان إذا…، وإشارة التنبيه بينكما، ومتى تطمئنان على بعضكما.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="211"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}، في {place}، مع {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="213"/>
        <source>a place not chosen yet</source>
        <translation>مكان لم يُختَر بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>a colleague not chosen yet</source>
        <translation>زميل لم يُختَر بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="219"/>
        <source>Still open: {items}.</source>
        <translation>ما زال مفتوحًا: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="223"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>لا شيء مفتوحًا: تبدو الخطة جاهزة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="255"/>
        <source>Plan saved.</source>
        <translation>حُفظت الخطة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="265"/>
        <source>Delete this meeting plan?</source>
        <translation>حذف خطة اللقاء هذه؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="267"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>ستُزال من الخزنة نهائيًا، مع نسخها السابقة. أما النسخة التي شاركتها من قبل فتبقى لدى زميلك. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="270"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="280"/>
        <source>Plan deleted.</source>
        <translation>حُذفت الخطة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="312"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>حُفظت الحزمة: مشفّرة لزميلك ولك.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="47"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="168"/>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="171"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>إذا نسيت عبارة المرور يومًا، يفتح هذا الرمز خزنتك. لا يُعرض إلا هذه المرة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="175"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="183"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>يُرجى كتابته على ورقة الآن، وحفظ الورقة بعيدًا عن هذا الحاسوب (لا في حقيبته). فكل من يحصل على الحاسوب وهذا الرمز معًا يستطيع فتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="192"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>لا ينسخ FieldSafe الرمز لك، حتى لا يصل أبدًا إلى سجل الحافظة. بأحرف كبيرة أو صغيرة، بالشَّرطات أو بدونها: كل ذلك مقبول.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_results.py" line="69"/>
        <source>{title}, {when}: {snippet}</source>
        <translation>{title}، {when}: {snippet}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/shell/session.py" line="192"/>
        <source>FieldSafe cannot write its log file, so it runs without one this time. Your records are not affected.</source>
        <translation>لا يستطيع FieldSafe الكتابة في ملف السجلّ التقني، لذلك يعمل هذه المرة من دونه. سجلاتك لا تتأثر بذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="207"/>
        <source>Read only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="278"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>لم يُقفَل FieldSafe. نصّ الملاحظة في الحافظة لمدة 30 ثانية، ويُمسح منها عند قفل FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="282"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>لم يُقفَل FieldSafe. ملاحظتك ما زالت هنا؛ حاول حفظها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="366"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>الخزنة مقفلة. تعذّر حفظ التعديل الذي كان مفتوحًا، لذلك لم يُحتفَظ به.</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../ui/journal/support.py" line="59"/>
        <source>My support</source>
        <translation>مصادر دعمي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="62"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>أشخاص يمكنك التواصل معهم، وما يساعدك. لا تُحفظ إلا في هذه الخزنة، ولا يُرسَل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="86"/>
        <location filename="../../ui/journal/support.py" line="150"/>
        <source>People I can reach</source>
        <translation>أشخاص يمكنني التواصل معهم</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="89"/>
        <source>Name or organisation</source>
        <translation>الاسم أو الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>How to reach them</source>
        <translation>طريقة التواصل معهم</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="96"/>
        <location filename="../../ui/journal/support.py" line="97"/>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="98"/>
        <location filename="../../ui/journal/support.py" line="99"/>
        <source>Remove person</source>
        <translation>إزالة الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="103"/>
        <location filename="../../ui/journal/support.py" line="160"/>
        <source>What helps me</source>
        <translation>ما يساعدني</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="105"/>
        <source>Something that helps</source>
        <translation>شيء يساعدني</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>مثل المشي، أو الموسيقى، أو الاتصال بأختي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="107"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="108"/>
        <source>Add what helps</source>
        <translation>إضافة ما يساعدني</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>Remove what helps</source>
        <translation>إزالة ما يساعدني</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="120"/>
        <location filename="../../ui/journal/support.py" line="121"/>
        <source>Add someone I can reach</source>
        <translation>أضف شخصًا يمكنني التواصل معه</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="134"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>قائمة دعمك فارغة الآن. أشياء تساعد غالبًا:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="135"/>
        <source>someone you trust</source>
        <translation>شخص تثق به</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="136"/>
        <source>a colleague or your supervisor</source>
        <translation>زميل أو مشرفك في العمل</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="137"/>
        <source>a helpline of your organisation</source>
        <translation>خط مساعدة في منظمتك</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="138"/>
        <source>rest</source>
        <translation>الراحة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>شيء يعيدك إلى اللحظة، مثل مشية قصيرة أو أنفاس بطيئة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="199"/>
        <source>Write a name or an organisation first.</source>
        <translation>يُرجى كتابة اسم أو جهة أولًا.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="57"/>
        <source>Today</source>
        <extracomment>a postponed debrief was chosen (the log&apos;s id)</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Nothing needs attention today: no follow-ups due, no paper notes waiting to be destroyed, no logs to review.</source>
        <translation>لا شيء يحتاج إلى اهتمامك اليوم: لا متابعات حان موعدها، ولا ملاحظات ورقية تنتظر الإتلاف، ولا سجلات للمراجعة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="92"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>متابعات حان موعدها (%Ln)</numerusform>
            <numerusform>متابعة حان موعدها (%Ln)</numerusform>
            <numerusform>متابعتان حان موعدهما (%Ln)</numerusform>
            <numerusform>متابعات حان موعدها (%Ln)</numerusform>
            <numerusform>متابعات حان موعدها (%Ln)</numerusform>
            <numerusform>متابعات حان موعدها (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="93"/>
        <source>due {date}</source>
        <translation>موعدها {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="97"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
            <numerusform>ملاحظات ورقية لم يُؤكَّد إتلافها بعد (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="102"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
            <numerusform>مضى موعد المراجعة: الحذف أو الإبقاء (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="103"/>
        <source>review by {date}</source>
        <translation>موعد المراجعة {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="108"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
            <numerusform>تفريغ مؤجَّل لوقت لاحق (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="126"/>
        <source>(the first {shown} are listed)</source>
        <translation>(تظهر أول {shown} منها)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="135"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="52"/>
        <source>Welcome to FieldSafe</source>
        <translation>مرحبًا بك في FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="63"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>الخطوة التالية: اختيار عبارة مرور. يستغرق ذلك بضع دقائق.</translation>
    </message>
</context>
<context>
    <name>colleagues</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="233"/>
        <location filename="../../ui/plans/sharing.py" line="99"/>
        <source>The file cannot be read.</source>
        <translation>تتعذّر قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="49"/>
        <source>Protect with a passphrase instead…</source>
        <translation>الحماية بعبارة مرور بدلًا من ذلك…</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="75"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="58"/>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="58"/>
        <source>Share bundles (*.age)</source>
        <translation>حزم المشاركة (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="81"/>
        <source>Receive a bundle</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="81"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>حزم المشاركة (*.age);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="115"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>من {name} (تم التحقق): جديد: {new}، وللتحديث: {changed}. هل تريد الاستيراد؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="104"/>
        <source>{added} added, {updated} updated.</source>
        <translation>أُضيف: {added}، وحُدِّث: {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="119"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>من مُرسِل لم يُتحقَّق منه (حزمة محمية بعبارة مرور): جديد: {new}، وللتحديث: {changed}. استورِدها فقط إن كنت تتوقعها.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="124"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>هذه الحزمة ليست موجَّهة إليك: لا تذكر أي مستلِم، لذا يستطيع فتحها أي شخص يعرف عبارة مرورها.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="149"/>
        <source>Both of you changed this plan</source>
        <translation>غيّر كلاكما هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="151"/>
        <source>You and your colleague changed the same parts since you last exchanged the plan. Choose which to keep for each.</source>
        <translation>غيّرتَ أنت وزميلك الأجزاء نفسها منذ آخر تبادل للخطة. اختر ما تريد الاحتفاظ به في كل منها.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="169"/>
        <source>Mine: {value}</source>
        <translation>ما لديّ: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="170"/>
        <source>Theirs: {value}</source>
        <translation>ما لدى الزميل: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="173"/>
        <source>Keep mine: {field}</source>
        <translation>الاحتفاظ بما لديّ: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="174"/>
        <source>Take theirs: {field}</source>
        <translation>أخذ ما لدى الزميل: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="207"/>
        <location filename="../../ui/plans/sharing.py" line="217"/>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="208"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>عبارة مرور من 10 أحرف على الأقل. أخبِر بها زميلك وجهًا لوجه، ولا ترسلها أبدًا مع الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="218"/>
        <source>The same passphrase again:</source>
        <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="234"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>هذه الحزمة محمية بعبارة مرور. أدخِلها:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Share with</source>
        <translation>مشاركة مع</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="246"/>
        <source>Verified colleagues</source>
        <translation>الزملاء الذين تم التحقق منهم</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="77"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="46"/>
        <location filename="../../ui/common/dialogs.py" line="114"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="91"/>
        <source>A log you were writing was not saved.</source>
        <translation>لم يُحفَظ سجلّ كانت كتابته جارية.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="92"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>احتفظ تطبيق FieldSafe به منذ {time}. يمكنك استعادته لمتابعة الكتابة، أو حذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="97"/>
        <source>Discard</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="112"/>
        <source>erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="116"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>يُتلف المحوُ مفتاحَ الخزنة ثم سجلاتها، فلا تعود أي عبارة مرور أو رمز استرداد قادرة على فتحها بعد ذلك. ولا يصل المحو إلى النسخ الاحتياطية أو النسخ التي صُنعت من قبل، ولا إلى الكتل التي نقلها قرص SSD جانبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="124"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>للمحو، يُرجى كتابة الكلمة «{word}»:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="126"/>
        <source>Confirmation word</source>
        <translation>كلمة التأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="130"/>
        <source>Erase the vault</source>
        <translation>محو الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="217"/>
        <source>Back up the vault</source>
        <translation>نسخ الخزنة احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="220"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>نسخ FieldSafe الاحتياطية (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="234"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>إرفاق صور أو مستندات ممسوحة أو ملفات PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="239"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>الصور والمستندات الممسوحة وملفات PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="240"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="254"/>
        <source>The file is now in the vault. Delete the original?</source>
        <translation>أصبح الملف الآن في الخزنة. حذف الملف الأصلي؟</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="256"/>
        <source>The files are now in the vault. Delete the originals?</source>
        <translation>أصبحت الملفات الآن في الخزنة. حذف الملفات الأصلية؟</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="257"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>يكتب FieldSafe فوق كل ملف ثم يحذفه. على قرص SSD أو بطاقة ذاكرة أو هاتف أو مجلد متزامن، قد تبقى نسخ لا يصل إليها أي برنامج؛ وقد تحتفظ الكاميرا أو الماسحة الضوئية بنسخة خاصة بها أيضًا. النسخة المشفّرة في الخزنة لا تتأثر.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="263"/>
        <source>Delete the originals</source>
        <translation>حذف الملفات الأصلية</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="264"/>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="291"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>إن أُقفل FieldSafe الآن فستضيع الملاحظة. يمكنك أولًا نسخ نصّها (يُمسح من الحافظة بعد 30 ثانية وعند قفل FieldSafe)، أو إبقاء النافذة مفتوحة ومحاولة الحفظ مرة أخرى، أو القفل على أي حال.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="298"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>كان FieldSafe على وشك القفل لأنه لم يُستخدم منذ مدة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="302"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>إن لم يُجب أحد، يُقفَل FieldSafe بعد انقضاء المدة نفسها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="306"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>تعذّر حفظ ملاحظتك، وتعذّر الاحتفاظ بها كمسودة أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="310"/>
        <source>Copy the text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="311"/>
        <source>Keep the window open</source>
        <translation>إبقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="313"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>القفل على أي حال (ستضيع الملاحظة)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="182"/>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="183"/>
        <source>is not a valid date and time</source>
        <translation>ليس تاريخًا ووقتًا صالحين</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="184"/>
        <source>must be text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="185"/>
        <source>is too long</source>
        <translation>طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="186"/>
        <source>contains a character that is not allowed</source>
        <translation>يحتوي على حرف غير مسموح به</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>is not a field of this kind of record</source>
        <translation>ليس حقلًا في هذا النوع من السجلات</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="188"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>ليس نوع سجل يعرفه FieldSafe</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="189"/>
        <source>is not a valid record id</source>
        <translation>ليس معرّف سجل صالحًا</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="190"/>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="191"/>
        <source>repeats an id used earlier in the file</source>
        <translation>يكرر معرّفًا استُخدم من قبل في الملف</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="192"/>
        <source>is out of range</source>
        <translation>خارج النطاق المسموح به</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="193"/>
        <source>contains text that is not valid Unicode</source>
        <translation>يحتوي على نص ليس بترميز Unicode صالح</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>ليس تاريخًا صالحًا (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="195"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="196"/>
        <source>must be true or false</source>
        <translation>يجب أن تكون قيمته صحيحة أو خاطئة (true أو false)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="197"/>
        <source>is not one of the allowed values</source>
        <translation>ليس من القيم المسموح بها</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="199"/>
        <source>has too many entries</source>
        <translation>يحتوي على عناصر أكثر من المسموح به</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="200"/>
        <source>is not valid base64</source>
        <translation>ليس بترميز base64 صالح</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>لا يطابق محتوى المرفق</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="202"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>فيه عنصر يحتوي على فاصلة أو فاصلة منقوطة، وهما تفصلان بين العناصر</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="205"/>
        <source>refers to a record that is not in this vault</source>
        <translation>يشير إلى سجل غير موجود في هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="206"/>
        <source>is already in the code book</source>
        <translation>موجود بالفعل في دفتر الرموز</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="207"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>مستخدم من قبل لنوع آخر من السجلات في هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="223"/>
        <source>The file is not valid JSON.</source>
        <translation>الملف ليس بصيغة JSON صالحة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="224"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>الملف ليس ملف تبادل من FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>أُنشئ الملف بإصدار أحدث من FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="228"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>الملف ليس نسخة احتياطية من FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="229"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>الملف غير مكتمل (ربما انقطع أثناء النسخ).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>The file is damaged.</source>
        <translation>الملف تالف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>The file cannot be read.</source>
        <translation>تتعذّر قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>The file is too large.</source>
        <translation>الملف كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>The file is not UTF-8 text.</source>
        <translation>الملف ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>يكرر الملف اسمًا داخل كائن واحد، فيصبح معناه غير واضح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>This is not a FieldSafe card.</source>
        <translation>هذه ليست بطاقة FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>هذا الملف ليس حزمة مشاركة من FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>شُفّرت هذه الحزمة لشخص آخر؛ لا تستطيع هذه الخزنة فتحها.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>تتطلب هذه الحزمة جهدًا لفتحها يفوق كثيرًا ما يستخدمه FieldSafe، لذلك لم تُفتح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>هذه الحزمة محمية بعبارة مرور. اطلبها من المرسِل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="252"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>لم تفتح عبارة المرور هذه الحزمة، أو أن الملف تالف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>الحزمة غير موقّعة من زميل يستخدم FieldSafe، لذلك لم تُفتح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="258"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>توقيع الحزمة لا يطابق محتواها: ربما عُدّلت.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="261"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>لم يُتحقَّق من المرسِل بعد. قارنا أرقام الأمان وجهًا لوجه أولًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>المرسِل ليس من زملائك. استورد بطاقته وتحقّق منها أولًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>تغيّر مفتاح هذا الزميل. لن تُشارَك أو تُستقبَل أي حزمة حتى تتحقّق منه مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>لديك هذه النسخة من الحزمة أو نسخة أحدث. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="275"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>هذه نسخة أقدم من خطة لقاء لديك بالفعل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="279"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أقدم من FieldSafe، ولا يمكن مقارنتها بالخطط الموجودة لديك. اطلب من المُرسِل تحديث FieldSafe ومشاركتها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>هذه الحزمة موجَّهة إلى شخص آخر، وليست إليك. لم يُستورَد شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="291"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>الملف فارغ. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="292"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>الملف أكبر من 25 MB، وهو أقصى حجم يُرفقه FieldSafe. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="295"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>لا يُرفق FieldSafe إلا صور JPEG أو PNG وملفات PDF. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="298"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>الملف تالف أو غير مكتمل. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="301"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>الصورة أكبر من أن تُفتح بأمان (أكثر من 80 ميغابكسل). لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="304"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>تتعذّر قراءة الملف (ربما لم يعد موجودًا، أو ليس ملفًا عاديًا). لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>لم تُفتح الخزنة بعبارة المرور أو رمز الاسترداد المكتوب. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>ملف مفتاح الخزنة (vault.key) مفقود، لذا لا يمكن فتح السجلات. يمكن استعادته من نسخة احتياطية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>ملف مفتاح الخزنة (vault.key) تالف أو ليس ملف مفتاح من FieldSafe. يمكن استعادته من نسخة احتياطية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>قاعدة بيانات الخزنة تالفة أو غير مكتملة. لم يتغير شيء؛ يمكن الاستعادة من نسخة احتياطية إن وُجدت.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>لا توجد خزنة FieldSafe في هذا المكان.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>توجد خزنة (أو ملفات أخرى) في هذا المكان بالفعل. لا يكتب FieldSafe فوقها أبدًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من FieldSafe. يُرجى تحديث FieldSafe لفتحها.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>تعذّر تحديث هذه الخزنة إلى الإصدار الجديد من FieldSafe. بقيت الخزنة كما كانت، وحُفظت نسخة منها قبل المحاولة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>هناك نافذة أو أمر آخر من FieldSafe يستخدم هذه الخزنة الآن. لم يتغير شيء؛ يُرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>الخزنة مقفلة. يُرجى فتح قفلها للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل. يُرجى اختيار اسم آخر؛ لا يكتب FieldSafe فوق الملفات أبدًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="132"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>لا يمكن إرفاق هذا الملف. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="128"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>حدث خطأ ما. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="137"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>القرص ممتلئ، لذلك فُتحت سجلاتك للقراءة فقط. لا يمكن حفظ أي شيء حتى تُحرَّر بعض المساحة ثم تُفتح الخزنة من جديد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>القرص ممتلئ، لذلك لا يمكن فتح الخزنة. لم يتغير شيء؛ يُرجى تحرير بعض المساحة ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="148"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>لا يملك FieldSafe إذنًا باستخدام مجلد الخزنة، لذلك لا يمكن فتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="151"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>لا يمكن استخدام مجلد الخزنة الآن (مشكلة في القرص)، لذلك لا يمكن فتحها. لم يتغير شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="158"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>اسم هذا المجلد أو الملف طويل جدًا بالنسبة إلى هذا الحاسوب. لم يتغير شيء؛ يُرجى اختيار اسم أو مكان أقصر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="162"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>القرص ممتلئ، لذلك فُتحت سجلاتك للقراءة فقط. لم يُحفظ شيء، ونصك ما زال هنا. يُرجى تحرير بعض المساحة ثم فتح الخزنة من جديد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="168"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ شيء، ونصك ما زال هنا. يُرجى تحرير بعض المساحة ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="172"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>لا يملك FieldSafe إذنًا بالكتابة في هذا المكان. لم يُحفظ شيء، ونصك ما زال هنا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="175"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>تعذّرت الكتابة على القرص. لم يُحفظ شيء، ونصك ما زال هنا. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="213"/>
        <source>is not valid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="215"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>السجل {number}: الحقل «{field}» {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The field “{field}” {reason}.</source>
        <translation>الحقل «{field}» {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="311"/>
        <source>The file is not in the expected format.</source>
        <translation>الملف ليس بالصيغة المتوقعة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="313"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>السطر {line}: {problem} لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/shared.py" line="20"/>
        <source>calm</source>
        <translation>هدوء</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>tired</source>
        <translation>تعب</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>sad</source>
        <translation>حزن</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>anxious</source>
        <translation>قلق</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>angry</source>
        <translation>غضب</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>numb</source>
        <translation>خدر</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>shaken</source>
        <translation>ذهول</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>overwhelmed</source>
        <translation>ضغط كبير</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>relieved</source>
        <translation>ارتياح</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>hopeful</source>
        <translation>أمل</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>proud</source>
        <translation>فخر</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>grateful</source>
        <translation>امتنان</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="38"/>
        <source>What went well?</source>
        <translation>ما الذي جرى على ما يُرام؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What was hard?</source>
        <translation>ما الذي كان صعبًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>هل أعاد إليّ شيء ما ذكريات من حياتي؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>What do I need now?</source>
        <translation>ماذا أحتاج الآن؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>Who can I talk to about it?</source>
        <translation>مع مَن يمكنني التحدث عن ذلك؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="51"/>
        <source>{n} (very hard)</source>
        <translation>{n} (صعب جدًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (hard)</source>
        <translation>{n} (صعب)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (صعب إلى حدّ كبير)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (صعب نوعًا ما)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (صعب قليلًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (in between)</source>
        <translation>{n} (بين بين)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (a little good)</source>
        <translation>{n} (جيد قليلًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (جيد نوعًا ما)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (quite good)</source>
        <translation>{n} (جيد إلى حدّ كبير)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (good)</source>
        <translation>{n} (جيد)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (very good)</source>
        <translation>{n} (جيد جدًا)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="71"/>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="40"/>
        <source>That sounds like it was hard.</source>
        <translation>يبدو أن الأمر كان صعبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="41"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>ما رأيك في إلقاء نظرة على الأشخاص والأشياء التي تساعدك؟</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="45"/>
        <source>Show my support</source>
        <translation>عرض مصادر دعمي</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="46"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="67"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>لم تُحفَظ صفحة من اليوميات كانت كتابتها جارية.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="68"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>احتفظ تطبيق FieldSafe بها منذ {time}. يمكنك استعادتها لمتابعة الكتابة، أو حذفها.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="73"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="74"/>
        <source>Discard</source>
        <translation>حذف المسودة</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="15"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>يحفظ FieldSafe ملاحظاتك الميدانية في خزنة واحدة مشفّرة على هذا الحاسوب. لا يُخزَّن أي شيء تكتبه على القرص دون تشفير، وكل شيء يعمل دون إنترنت.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="23"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>يحميك إذا ضاع الحاسوب أو سُرق أو أُخذ منك: فبدون عبارة المرور أو رمز الاسترداد لا يمكن قراءة السجلات.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="31"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>لا يستطيع حماية حاسوب فيه برمجيات خبيثة أو برنامج يسجّل ضغطات المفاتيح. ولا يستطيع ذلك أي تطبيق يعمل على حاسوب كهذا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="35"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>لا يغني عن تشفير القرص بالكامل. يُرجى تفعيله أيضًا، حتى تُحمى ملفات النظام المؤقتة وذاكرة التبديل كذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="39"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>الحذف لا يصل إلى نسخ صُنعت من قبل، مثل النسخ الاحتياطية القديمة أو صور الأقراص، وقد يحتفظ قرص SSD بكتل قديمة لبعض الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="43"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>لا يستطيع إخفاء وجود الخزنة. إذا أجبرك أحد على فتحها، فلا يستطيع FieldSafe التظاهر بأنها فارغة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="53"/>
        <source>What it cannot do:</source>
        <translation>ما لا يستطيع فعله:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="66"/>
        <source>Very easy to guess</source>
        <translation>سهلة التخمين جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Easy to guess</source>
        <translation>سهلة التخمين</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Good enough</source>
        <translation>جيدة بما يكفي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="102"/>
        <source>S&amp;how passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="117"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>كل ما كُتب بأحرف كبيرة: هل مفتاح Caps Lock مفعّل؟</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="139"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="151"/>
        <source>Strength: nothing typed yet</source>
        <translation>قوة العبارة: لم يُكتب شيء بعد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="157"/>
        <source>Strength: {words}</source>
        <translation>قوة العبارة: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="236"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>بضع كلمات لا رابط بينها تصنع عبارة مرور سهلة التذكر وصعبة التخمين: مثلًا، أربع كلمات يمكنك تخيّلها معًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="241"/>
        <source>Please use at least {minimum} characters ({count} so far). Adding another word is the easiest way.</source>
        <translation>يُرجى ألا يقل عدد الأحرف عن {minimum} (العدد الآن: {count}). أسهل طريقة هي إضافة كلمة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="248"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>يسهل على غيرك تخمين هذه العبارة. عادةً ما تساعد إضافة كلمة أخرى أو اثنتين لا رابط بينها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="253"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>جيد. يُرجى الآن كتابتها مرة أخرى في الحقل الثاني.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="255"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>العبارتان غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="257"/>
        <source>The two passphrases match.</source>
        <translation>العبارتان متطابقتان.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/strings.py" line="68"/>
        <source>Purpose and people</source>
        <translation>الهدف والأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <location filename="../../ui/plans/card.py" line="52"/>
        <source>Who goes with you?</source>
        <translation>مَن يذهب معك؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>لا تذهب إلى لقاء وحدك أبدًا: يرافقك زميل مدرَّب.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <location filename="../../ui/plans/card.py" line="53"/>
        <source>Person code</source>
        <translation>رمز الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>رمز لا اسم أبدًا، تحسّبًا لأن يعثر أحد على هذه الخطة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>What do we want to achieve?</source>
        <translation>ما الذي نريد تحقيقه؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>الهدف الواضح يُبقي اللقاء قصيرًا وآمنًا.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>The setting</source>
        <translation>المكان وظروفه</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>What kind of place?</source>
        <translation>ما نوع المكان؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>لكل نوع من الأماكن ظروفه ومخاطره الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="78"/>
        <source>Who is usually around?</source>
        <translation>مَن يكون هناك عادةً؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="79"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>معرفة مَن هناك تساعدك على فهم الموقف.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>Who could be a threat?</source>
        <translation>مَن قد يشكّل خطرًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>فكّر في المتاجرين بالبشر، والزبائن، وغيرهم في المنطقة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Who could overhear?</source>
        <translation>مَن قد يسمع الحديث؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>So you know what can be said, and where.</source>
        <translation>لتعرف ما يمكن قوله، وأين.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Earlier experiences and threats there</source>
        <translation>تجارب وتهديدات سابقة في ذلك المكان</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>What happened before can happen again.</source>
        <translation>ما حدث من قبل قد يتكرر.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>الأثر النفسي على كل المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>خاصةً على الناجين: خطّط لذلك مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>The location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <location filename="../../ui/plans/card.py" line="54"/>
        <source>Where do we meet?</source>
        <translation>أين نلتقي؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>مكان تعرفه، ويرتاح فيه الشخص.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>مَن سيكون هناك أيضًا؟ هل يمكننا التحدث دون أن يسمعنا أحد؟ هل المكان مزدحم؟ هل سيبدو دخولنا مثيرًا للشبهة؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>بهذه الأسئلة تعرف هل المكان آمن بما يكفي.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>The backup location</source>
        <translation>المكان البديل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="97"/>
        <location filename="../../ui/plans/card.py" line="56"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>إلى أين نذهب إذا لم يناسبنا المكان الأول؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="98"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>الخطط تتغير؛ اتّفقا على البديل الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="99"/>
        <source>Scenarios</source>
        <translation>الاحتمالات</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <location filename="../../ui/plans/card.py" line="72"/>
        <source>What will we do if…</source>
        <translation>ماذا سنفعل إذا…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>القرار المسبق أسهل من القرار تحت الضغط.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>During the meeting</source>
        <translation>أثناء اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <location filename="../../ui/plans/card.py" line="61"/>
        <source>Where to sit or stand</source>
        <translation>أين نجلس أو نقف</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>حيث ترى المكان، وظهرك إلى الحائط، وقريبًا من مخرج.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <location filename="../../ui/plans/card.py" line="59"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>إشارة التنبيه الخفية بيننا، وما تعنيه</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>So either of you can end it without a word.</source>
        <translation>ليستطيع أيٌّ منكما إنهاء اللقاء دون كلمة.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>كيف يحصل الشخص على وسيلة التواصل معنا دون أن يكتبها؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>الأرقام المكتوبة قد يعثر عليها مَن يستغلّه.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <location filename="../../ui/plans/card.py" line="62"/>
        <source>Who does what</source>
        <translation>مَن يفعل ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>One talks, one watches, for example.</source>
        <translation>مثلًا: أحدنا يتحدث، والآخر يراقب.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="113"/>
        <source>After the meeting</source>
        <translation>بعد اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="114"/>
        <source>Stay a while and watch for followers</source>
        <translation>البقاء قليلًا والانتباه لمن قد يتبعنا</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>المغادرة فورًا قد تقود أحدًا إليك.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>نقل الملاحظات إلى الخزنة، وإتلاف الورق</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>ورقة في الجيب قد تعرّض الشخص للخطر.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>Who do we debrief with, and when?</source>
        <translation>مع مَن نجري التفريغ، ومتى؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>الحديث عمّا جرى يساعدك على حمل ما سمعته.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <location filename="../../ui/plans/card.py" line="40"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>So both of you carry the same plan.</source>
        <translation>ليحمل كلاكما الخطة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <location filename="../../ui/plans/card.py" line="41"/>
        <source>When we expect to be done</source>
        <translation>متى نتوقع أن ننتهي</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>حين يكون موعد الانتهاء معروفًا، يُلاحَظ أيّ تأخّر في الاطمئنان.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <location filename="../../ui/plans/card.py" line="42"/>
        <source>When we check in with each other</source>
        <translation>متى نطمئن على بعضنا</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>إذا لم يطمئن أحدكما على الآخر في موعده، يتصرّف الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="19"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="28"/>
        <source>we are late?</source>
        <translation>تأخّرنا؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>they are late, or do not come?</source>
        <translation>تأخّر الشخص، أو لم يأتِ؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>someone we did not expect comes?</source>
        <translation>جاء شخص لم نتوقعه؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>a third party interrupts?</source>
        <translation>قاطعنا طرف ثالث؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>we are given documents to carry back safely?</source>
        <translation>أُعطينا وثائق لنعيدها معنا بأمان؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>شعر أحدنا بتوعّك، أو عاودته فجأة ذكرى مؤلمة؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>اقترب منا أحد بطريقة مهدِّدة، أو هدّد الشخص؟</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="41"/>
        <source>No colleague yet</source>
        <translation>لم يُحدَّد زميل بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="42"/>
        <source>No backup location yet</source>
        <translation>لم يُحدَّد مكان بديل بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No alert signal agreed yet</source>
        <translation>لم يُتّفق على إشارة تنبيه بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No check-in time yet</source>
        <translation>لم يُحدَّد موعد الاطمئنان بعد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="39"/>
        <source>Meeting plan</source>
        <translation>خطة اللقاء</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="78"/>
        <source>Before we go</source>
        <translation>قبل أن نذهب</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="138"/>
        <location filename="../../ui/plans/wizard.py" line="149"/>
        <source>Not decided</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="61"/>
        <source>A colleague comes along</source>
        <translation>يرافقك زميل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A backup location is agreed</source>
        <translation>اتُّفق على مكان بديل</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>An alert signal is agreed</source>
        <translation>اتُّفق على إشارة تنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>A check-in time is agreed</source>
        <translation>اتُّفق على موعد الاطمئنان</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="74"/>
        <location filename="../../ui/logs/printing.py" line="161"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="75"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>ما تطبعه أو تحفظه بصيغة PDF غير مشفّر.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="81"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>يستطيع أي شخص يجد الورقة أو الملف قراءته. يُرجى إبقاؤه معك وإتلافه (أو حذف الملف) حالما لا تعود بحاجة إليه. وقد تحتفظ الطابعة وقائمة انتظارها بنسخة أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="91"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>عدد السجلات التي ستُضمَّن: %Ln.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="94"/>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>استبعاد رموز الأشخاص والأماكن وأسماء الزملاء</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="98"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>النص الذي كتبته (العنوان، ماذا حدث، الاحتياجات، السلامة) يُضمَّن كما هو: يُرجى التأكد من خلوّه من الأسماء قبل الطباعة.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="106"/>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="109"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="130"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="134"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="140"/>
        <source>printout</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="263"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>حُفظ ملف PDF، وهو غير مشفّر.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="264"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>يُرجى حذفه حالما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="276"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="36"/>
        <source>Street</source>
        <extracomment>stored setting key → English label (translated by :func:`setting_label`)</extracomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="37"/>
        <source>Red-light district</source>
        <translation>منطقة الأضواء الحمراء</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="38"/>
        <source>Brothel</source>
        <translation>بيت دعارة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Apartment</source>
        <translation>شقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Bar or club</source>
        <translation>حانة أو ملهى</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Office</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="80"/>
        <source>{minutes} min</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="82"/>
        <source>{hours} h</source>
        <translation>{hours} ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ساعة و{minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="100"/>
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="102"/>
        <source>{action}, due {date}</source>
        <translation>{action}، موعدها {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="103"/>
        <source>done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="103"/>
        <source>open</source>
        <translation>لم تتمّ بعد</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="104"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up}، {status}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="112"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>أُتلفت، وأُكِّد ذلك في {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="113"/>
        <source>Not yet confirmed destroyed</source>
        <translation>لم يُؤكَّد إتلافها بعد</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>Untitled log</source>
        <translation>سجل بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="128"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <location filename="../../ui/common/record_text.py" line="230"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="130"/>
        <location filename="../../ui/common/record_text.py" line="239"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="131"/>
        <location filename="../../ui/common/record_text.py" line="240"/>
        <source>Setting</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="132"/>
        <location filename="../../ui/common/record_text.py" line="241"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <location filename="../../ui/common/record_text.py" line="242"/>
        <source>Who went</source>
        <translation>مَن ذهب</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="134"/>
        <location filename="../../ui/common/record_text.py" line="243"/>
        <source>Person codes</source>
        <translation>رموز الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="135"/>
        <location filename="../../ui/common/record_text.py" line="261"/>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="136"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Needs expressed</source>
        <translation>الاحتياجات المعبَّر عنها</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="137"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Information and referrals given</source>
        <translation>المعلومات والإحالات المقدَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="138"/>
        <location filename="../../ui/common/record_text.py" line="270"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="139"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Safety observations</source>
        <translation>ملاحظات السلامة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="140"/>
        <location filename="../../ui/common/record_text.py" line="248"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="141"/>
        <location filename="../../ui/common/record_text.py" line="249"/>
        <source>Paper notes</source>
        <translation>الملاحظات الورقية</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="142"/>
        <location filename="../../ui/common/record_text.py" line="250"/>
        <source>Review by</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="167"/>
        <source>{label} (changed)</source>
        <translation>{label} (تغيَّر)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="175"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="211"/>
        <source>{label}: {value}</source>
        <translation>{label}:؜ {value}</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="149"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>تطبيق FieldSafe مفتوح بالفعل على هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="151"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>ستظهر نافذته في المقدمة الآن. لا تعرض الخزنة إلا نافذة واحدة في كل مرة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="157"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>يُرجى الانتقال إلى نافذته للمتابعة. لا تعرض الخزنة إلا نافذة واحدة في كل مرة.</translation>
    </message>
</context>
</TS>
