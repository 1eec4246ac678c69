<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ड्राइभ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>फोल्डर</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;सबै छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;बढाउनुहोस्</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;घटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;रोज्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;हेर्ने ठाउँ:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;नयाँ फोल्डर</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;खोल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम &amp;बदल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विवरण दृश्यमा बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्यमा बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नयाँ फोल्डर बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नयाँ फोल्डर बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण दृश्य</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फोल्डरहरू</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फोल्डर:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फाइलको &amp;नाम:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइलहरू</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>फाइलको &amp;प्रकार:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फोल्डर खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>अगाडि</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पछाडि जानुहोस्</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>अगाडि जानुहोस्</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>माथिल्लो फोल्डरमा जानुहोस्</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ठाउँहरू र बुकमार्कहरूको सूची</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>माथिल्लो फोल्डर</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>यस रूपमा सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;लुकेका फाइलहरू देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फाइल भेटिएन।
कृपया फाइलको नाम सही दिइएको छ कि छैन, जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहिले नै छ।
यसलाई बदल्न चाहनुहुन्छ?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>कम्प्युटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलिएको मिति</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>प्रकार</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कपी &amp;गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फेरि गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत् गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;काट्नुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण देखाउनुहोस्...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण लुकाउनुहोस्...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>होइ&amp;न</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;हो</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>खारेज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>बेवास्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सबै&amp;लाई होइन</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठिक छ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>सुरुको सेटिङ फिर्ता ल्याउनुहोस्</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सबै सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;सबैलाई हो</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कपी &amp;गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फेरि गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत् गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;काट्नुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;समाप्त गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहा&amp;यता</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;अर्को &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;पछाडि</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पुष्टि गर्नुहोस्</translation>
    </message>
</context>
</TS>
