<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dosje</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Zgjidhni &amp;të gjitha</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Një hap &amp;lart</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Një hap p&amp;oshtë</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Zgjidhni</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Fshini</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Shikoni në:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Dosje e re</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Hapni</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Riemërtoni</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruani</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Kaloni te pamja me hollësi</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Kaloni te pamja me listë</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Krijoni një dosje të re</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Krijoni një dosje të re</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Pamja me hollësi</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosje</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosja:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Emri i skedarit:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Skedarë</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Lloji i skedarëve:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Gjeni dosjen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Përpara</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kthehuni mbrapa</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Shkoni përpara</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Shkoni te dosja mëmë</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Pamja me listë</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista e vendeve dhe e faqerojtësve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hapni</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosja mëmë</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Ruani si</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Shfaqni skedarët e &amp;padukshëm</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Shiriti anësor</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Skedari nuk u gjet.
Ju lutemi kontrolloni nëse emri i skedarit është dhënë saktë.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ekziston tashmë.
Doni ta zëvendësoni?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompjuteri</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data e ndryshimit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Lloji</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjoni</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjitni</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëni</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëni</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prisni</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zgjidhni të gjitha</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Shfaqni hollësitë...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Mos i shfaqni hollësitë...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ndërprisni</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbatoni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyllni</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidheni poshtë</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Shpërfillni</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hapni</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rivendosni</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Riktheni vlerat fillestare</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Provoni përsëri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruani</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ruani të gjitha</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Po për të &amp;gjitha</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjoni</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjitni</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëni</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëni</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prisni</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshini</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zgjidhni të gjitha</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>Për&amp;fundoni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Përpara &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Mbrapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuloni</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Konfirmoni</translation>
    </message>
</context>
</TS>
