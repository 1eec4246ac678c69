<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ফোল্ডার</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;সব বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;বাড়ান</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ক&amp;মান</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;বেছে নিন</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;মুছুন</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;অবস্থান:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;নতুন ফোল্ডার</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;খুলুন</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>নাম &amp;বদলান</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;সংরক্ষণ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>বিস্তারিত আকারে দেখান</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>তালিকা আকারে দেখান</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>বিস্তারিত দৃশ্য</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ফোল্ডারগুলো</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ফোল্ডার:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ফাইলের &amp;নাম:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইলগুলো</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ফাইলের &amp;ধরন:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ফোল্ডার খুঁজুন</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>পিছনে যান</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>সামনে যান</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ওপরের ফোল্ডারে যান</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>তালিকা দৃশ্য</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>জায়গা ও বুকমার্কের তালিকা</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ওপরের ফোল্ডার</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>এভাবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফাইল &amp;দেখান</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>সাইডবার</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ফাইলটি পাওয়া যায়নি।
ফাইলের নাম ঠিকভাবে দেওয়া হয়েছে কি না, যাচাই করুন।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 আগে থেকেই আছে।
আপনি কি এটির জায়গায় নতুনটি রাখতে চান?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>কম্পিউটার</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>পরিবর্তনের তারিখ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ধরন</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;পেস্ট করুন</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় &amp;ফেরান</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কা&amp;টুন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>বিস্তারিত দেখান...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>বিস্তারিত লুকান...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;না</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;হ্যাঁ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>থামিয়ে দিন</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;কোনোটিতেই না</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>রিসেট করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ডিফল্ট মান ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>সব সংরক্ষণ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;সবগুলোতে হ্যাঁ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;পেস্ট করুন</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় &amp;ফেরান</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কা&amp;টুন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;শেষ করুন</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সা&amp;হায্য</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>পর&amp;বর্তী &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;পিছনে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>নিশ্চিত করুন</translation>
    </message>
</context>
</TS>
