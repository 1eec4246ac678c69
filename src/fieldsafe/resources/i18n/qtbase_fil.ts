<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Piliin ang &amp;lahat</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Dagdagan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Bawasan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pumili</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tumingin sa:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Bagong &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Palitan ang pangalan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Lumipat sa detalyadong view</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Lumipat sa view na listahan</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detalyadong view</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mga folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Pangalan ng file:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga file</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Uri ng file:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Maghanap ng folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Sumulong</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Sumulong</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pumunta sa folder sa itaas</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>View na listahan</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listahan ng mga lugar at bookmark</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder sa itaas</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>I-save bilang</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Ipakita ang mga &amp;nakatagong file</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Hindi nakita ang file.
Pakitingnan kung tama ang ibinigay na pangalan ng file.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mayroon nang %1.
Gusto ba ninyo itong palitan?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Petsa ng pagbabago</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Uri</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>I-cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin ang lahat</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang mga detalye...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Itago ang mga detalye...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Huwag pansinin</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hin&amp;di sa lahat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ibalik ang mga default</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>I-save ang lahat</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oo sa &amp;lahat</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>I-cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin ang lahat</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>Ta&amp;pusin</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Kumpirmahin</translation>
    </message>
</context>
</TS>
