<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>አንጻፊ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>አቃፊ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ሁሉንም መምረጥ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>መጨመር(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>መቀነስ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>መምረጥ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>መሰረዝ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>የሚመለከቱበት ቦታ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>አዲስ አቃፊ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>መክፈት(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ስም መቀየር(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ማስቀመጥ(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ወደ ኋላ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ወደ ሙሉ መረጃ እይታ መቀየር</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ወደ ዝርዝር እይታ መቀየር</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>አዲስ አቃፊ መፍጠር</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>አዲስ አቃፊ መፍጠር</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>የሙሉ መረጃ እይታ</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>አቃፊዎች</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>አቃፊ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>የፋይል ስም(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ፋይሎች</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>የፋይል ዓይነት(&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>አቃፊ መፈለግ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ወደ ፊት</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ወደ ኋላ መመለስ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ወደ ፊት መሄድ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ወደ ላይኛው አቃፊ መሄድ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>የዝርዝር እይታ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>የቦታዎች እና የዕልባቶች ዝርዝር</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>መክፈት</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ላይኛው አቃፊ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>በሌላ ስም ማስቀመጥ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>የተደበቁ ፋይሎችን ማሳየት(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>የጎን አሞሌ</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ፋይሉ አልተገኘም።
እባክዎ የፋይሉ ስም በትክክል መጻፉን ያረጋግጡ።</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 አስቀድሞ አለ።
ሊተኩት ይፈልጋሉ?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ኮምፒውተር</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>የተቀየረበት ቀን</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ዓይነት</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>መቅዳት(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>መለጠፍ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>እንደገና መሥራት(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>መቀልበስ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>መቁረጥ(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም መምረጥ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ዝርዝሮችን ማሳየት...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ዝርዝሮችን መደበቅ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>አይ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>አዎ(&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ማቋረጥ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ተግባራዊ ማድረግ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>መዝጋት</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>መተው</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>እገዛ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ችላ ማለት</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ለሁሉም አይ(&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>መክፈት</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም ማቀናበር</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ነባሪዎቹን መመለስ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና መሞከር</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ማስቀመጥ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ሁሉንም ማስቀመጥ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ለሁሉም አዎ(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>መቅዳት(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>መለጠፍ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>እንደገና መሥራት(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>መቀልበስ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>መቁረጥ(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም መምረጥ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>መጨረስ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>እገዛ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ቀጣይ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ወደ ኋላ(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ማጽደቅ</translation>
    </message>
</context>
</TS>
