<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unitate</translation>
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
        <translation>&amp;Selectați tot</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Măriți</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Micș&amp;orați</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>A&amp;legeți</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șt&amp;ergeți</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Căutare în:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschideți</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumiți</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvați</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Comutați la vizualizarea detaliată</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Comutați la vizualizarea sub formă de listă</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creați un folder nou</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creați un folder nou</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vizualizare detaliată</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Foldere</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tip fișier:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Căutați un folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mergeți la folderul părinte</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vizualizare listă</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de locuri și marcaje</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschideți</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folderul părinte</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvați ca</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afișați fișierele &amp;ascunse</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bară laterală</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
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
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiați</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipiți</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaceți</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulați</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Tăiați</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectați tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afișați detaliile...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascundeți detaliile...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonați</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicați</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorați</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nu la t&amp;oate</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschideți</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetați</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurați valorile implicite</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncercați</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvați tot</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiați</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipiți</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaceți</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulați</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Tăiați</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectați tot</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizați</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Următorul &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmați</translation>
    </message>
</context>
</TS>
