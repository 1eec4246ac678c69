<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>Ouverture de la pièce jointe…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>Aperçu de la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>Les fichiers PDF sont conservés tels quels, y compris les éventuelles informations enregistrées à l’intérieur.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>Les données de localisation et d’appareil photo ont été supprimées.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>Cette photo a été conservée telle quelle, y compris les éventuelles informations de localisation ou d’appareil photo qu’elle contient.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>Ce fichier ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="457"/>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
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
        <translation>La nouvelle phrase de passe remplace aussitôt l’ancienne.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>Vous avez ouvert FieldSafe avec votre code de récupération. Si vous ne connaissez plus votre phrase de passe, vous pouvez en choisir une nouvelle&#xa0;; l’ancienne ne servira plus. Pour confirmer que c’est vous, saisissez encore le code noté sur votre papier.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>Cod&amp;e de récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe act&amp;uelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>&amp;Rechiffrer aussi le coffre-fort avec une nouvelle clé (recommandé). Les copies de l’ancien fichier de clé ne fonctionnent plus, et vous recevez un nouveau code de récupération à noter.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>Rechiffrer aussi le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer de phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>Pas main&amp;tenant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>Le coffre-fort a maintenant une nouvelle clé. Notez ce nouveau code sur papier dès maintenant et gardez ce papier à l’écart de cet ordinateur portable, puis détruisez l’ancien&#xa0;: il n’ouvre plus le coffre-fort. Les sauvegardes faites auparavant s’ouvrent toujours avec la phrase de passe et le code de récupération qui étaient valables au moment où elles ont été faites.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>Je l’ai &amp;bien noté</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>Je l’ai bien noté</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>Ressentis par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>Ressenti moyen par semaine (0 = très difficile, 10 = très bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>Débriefings / rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>Aucun ressenti noté pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>Débriefing fait&#xa0;: {debriefed} sur %Ln rencontre</numerusform>
            <numerusform>Débriefing fait&#xa0;: {debriefed} sur %Ln rencontres</numerusform>
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
            <numerusform>%Ln semaine, du {first} au {last}</numerusform>
            <numerusform>%Ln semaines, du {first} au {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln ressenti noté</numerusform>
            <numerusform>%Ln ressentis notés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>aucun ressenti noté la semaine la plus récente</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>la moyenne de la semaine la plus récente est de {average}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="145"/>
        <source>; </source>
        <comment>separates the parts of the chart&apos;s summary</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="148"/>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>Aucun ressenti noté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln ressenti noté, moyenne {average}</numerusform>
            <numerusform>%Ln ressentis notés, moyenne {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>Carnet de codes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>Un code personne permet de reconnaître la même personne d’une fiche à l’autre sans écrire son nom. Les mots à surveiller (un nom, un surnom) restent ici&#xa0;: FieldSafe les signale s’ils apparaissent dans une fiche, pour que vous puissiez utiliser le code à la place.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>ex. A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>Mots à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>Noms ou surnoms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>Seulement ce qui vous aide à reconnaître la personne. Conservé uniquement dans ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;Nouveau code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>&amp;Enregistrer le code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>&amp;Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>&amp;Mots à surveiller&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>N&amp;ote privée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>Fermez à nouveau pour abandonner cette modification.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>Saisissez d’abord un code.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>Supprimer ce code du carnet de codes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>Les fiches qui utilisent ce code le gardent&#xa0;; seules l’entrée et sa note sont supprimées.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>Pour partager des plans sans internet, donnez votre carte à votre collègue (le code ou le fichier) et importez la sienne. Comparez ensuite ensemble le numéro de sécurité, en personne&#xa0;: il doit être identique sur les deux écrans.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>Votre carte affiche votre nom&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>C’est le nom que porte toute nouvelle carte&#xa0;: vos collègues ne peuvent donc pas vous distinguer des autres. Choisissez votre nom ou un surnom dans les Préférences&#xa0;; vos collègues peuvent aussi vous donner un nom de leur côté.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>Ma carte sous forme de code</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>Enregistrer ma carte dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>Enregistrer ma carte dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>Importer un fichier de carte…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>Importer un fichier de carte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>Ou collez une carte ici</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>Ajouter la carte collée</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>Nom affiché pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>Enregistrer le nom affiché pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>Ce nom n’est visible que par vous&#xa0;: il est affiché pour cette personne partout dans FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>Les numéros correspondent&#xa0;: marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>Retirer cette personne de vos collègues…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>Retirer de vos collègues</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>Ma carte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>La carte d’un ou d’une collègue</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>clé modifiée&#xa0;: comparez à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>Vérifié. Les plans peuvent être partagés avec cette personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>La clé de cette personne a changé. Rien n’est partagé ni reçu tant que vous n’avez pas comparé à nouveau le numéro.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>Pas encore vérifié. Comparez le numéro ensemble, en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà affiché pour quelqu’un d’autre, ou y ressemble. Choisissez un nom qui ne puisse pas être confondu avec lui.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>Saisissez un nom ou un surnom pour cette personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>Cette personne apparaît désormais sous le nom «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>Enregistrer ma carte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>Cartes FieldSafe (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>Carte enregistrée. Elle ne contient que des clés publiques.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>Cartes FieldSafe (*.fieldsafe-card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>Carte ajoutée. Comparez maintenant le numéro de sécurité en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>Retirer {name} de vos collègues&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>Sa carte est supprimée du coffre-fort. Les plans que cette personne a déjà envoyés restent jusqu’à ce que vous les supprimiez. Ses paquets sont refusés tant que vous n’avez pas ajouté à nouveau sa carte et comparé le numéro de sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>La personne a été retirée de vos collègues.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>Vérifiez votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>Groupe du code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Ouvrir mon coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>Pour vérifier qu’il a été bien noté, saisissez le groupe {number} du code tel qu’il figure sur votre papier (les groupes sont séparés par des tirets). Vous pouvez revenir en arrière pour revoir le code.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;Groupe {number}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>C’est bien cela. Gardez le papier en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>Ce n’est pas encore identique. Veuillez le comparer avec le code.</translation>
    </message>
</context>
<context>
    <name>CountBars</name>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="118"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="119"/>
        <source>{value}: {count}</source>
        <translation>{value}&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>DebriefEditor</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="133"/>
        <location filename="../../ui/journal/editor.py" line="134"/>
        <source>When</source>
        <extracomment>the journal editor&apos;s draft slot (kept by ui.common.drafting)</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>La rencontre qui a précédé</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>Comment je me sens, de 0 (très difficile) à 10 (très bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>Pas de ressenti noté cette fois</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>En quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>En quelques mots, si vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>Tout le reste, aussi long ou aussi court que vous le voulez.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>J’en ai parlé avec quelqu’un</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>Enregistrer la page</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>Supprimer la page</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>Comment je me sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>Mes notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>Page du journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Restauré à partir du brouillon. Enregistrez pour le garder.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>Pas de rencontre en particulier</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>Enregistré dans votre journal.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>Supprimer cette page du journal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Elle sera retirée définitivement du coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n fichier est maintenant dans le coffre-fort. Supprimer l’original&#xa0;?</numerusform>
            <numerusform>%n fichiers sont maintenant dans le coffre-fort. Supprimer les originaux&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>Un dossier d’équipe est un dossier qu’un outil de synchronisation comme Syncthing transporte entre les appareils de votre équipe. FieldSafe n’y écrit que des paquets chiffrés et des cartes publiques&#xa0;; l’outil de synchronisation ne voit jamais les noms ni le contenu des données.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>Nom d’une nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>&amp;Nouvelle équipe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>Créer l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>Nom de cette équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>Enregistrer le nom de l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>Choisir le dossier d’équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>Aucun dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>Ne plus utiliser de dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>Seules les personnes dont le numéro de sécurité est vérifié peuvent rejoindre l’équipe. Une personne responsable sécurité reçoit ce qui est adressé aux responsables sécurité, comme un nouvel incident.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>Membres de cette équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>Responsable sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>La personne choisie est responsable sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>Retirer de l’équipe la personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>Collègues hors de cette équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>Ajouter à l’équipe la personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>Laissez votre carte dans le dossier pour que l’équipe puisse la trouver. Les cartes qui s’y trouvent sont des copies, jamais considérées comme fiables tant que le numéro de sécurité n’a pas été comparé en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>Laisser ma carte dans le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>Cartes dans le dossier d’équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>Cartes dans le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>Supprimer cette équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>Supprimer cette équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>Dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>Ajouter des collègues</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>Aucune fiche de terrain pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>Après une rencontre, notez ce qui s’est passé, ce qui a été convenu et ce qui doit être suivi. Utilisez des codes personne, pas des noms. Appuyez sur {shortcut} pour commencer une fiche à tout moment.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>Rédiger la première fiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>Aucun plan de rencontre pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>Avant de rencontrer quelqu’un avec un ou une collègue, préparez la rencontre ensemble&#xa0;: où et quand, le signal qui veut dire «&#xa0;on part tout de suite&#xa0;», et qui donne des nouvelles à qui ensuite. Un plan peut aller dans votre poche sous forme de carte, ou à votre collègue.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>Filtrer par type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>Filtrer par code personne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>Code personne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>Filtrer par mot-clé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>Début&#xa0;: libre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>Fin&#xa0;: libre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>Seulement les fiches avec un suivi à faire</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
        <translation>Cartes dans le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>Cartes laissées dans le dossier de l’équipe «&#xa0;{team}&#xa0;» que vous n’avez pas encore.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>Quiconque a accès au dossier a pu y laisser une carte. Une carte ajoutée d’ici n’est jamais fiable d’office&#xa0;: rien n’est échangé avant de comparer le numéro de sécurité en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>Ajouter comme collègue (sans vérification)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>Ajouter cette carte comme collègue, sans vérification</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>Plus aucune carte à ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>Le nom sur cette carte ressemble à {name}, un nom que vous avez déjà. L’ajouter pourrait bloquer cette personne jusqu’à ce que vous compariez à nouveau le numéro de sécurité. Ne l’ajoutez que si cette personne vous a dit, en personne, que sa carte avait changé.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>Après l’ajout, comparez le numéro de sécurité avec {name} en personne, dans l’onglet Collègues. Ce n’est qu’ensuite que cette personne pourra rejoindre une équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>Ajout sous le nom {name}, sans vérification. Comparez le numéro de sécurité ensemble, en personne, dans l’onglet Collègues.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>Quoi, et qui s’en charge</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>Suivi {n} fait</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>Suivi {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>Échéance du suivi {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>Retirer le suivi {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Chaque fois que cette fiche a été enregistrée, son contenu précédent a été conservé. Choisissez une version antérieure pour la voir à côté de la version actuelle&#xa0;; les champs qui diffèrent sont marqués «&#xa0;modifié&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>Aucune version antérieure&#xa0;: cette fiche n’a pas été modifiée depuis son premier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;Versions enregistrées, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>Version &amp;antérieure</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>Version ac&amp;tuelle</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>Supprimer les versions antérieures…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>Supprimer les versions antérieures</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>Version ac&amp;tuelle, enregistrée le {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>Enregistrée le {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>Supprimer les versions antérieures de cette fiche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>Seule la version actuelle est conservée. Faites-le lorsqu’une version antérieure contient quelque chose qui ne doit pas être conservé, comme un nom que vous avez remplacé par un code personne. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>Les versions antérieures ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n champ diffère de la version actuelle.</numerusform>
            <numerusform>%n champs diffèrent de la version actuelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>Cette version est identique à la version actuelle.</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>Afficher tous les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>Tout type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>Incidents par mois et par type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>Incidents par type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>Incidents selon les personnes concernées</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>Incidents selon le moment de la journée</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>Aucun incident à compter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%n incident compté. Un incident qui concerne plusieurs catégories de personnes compte une fois dans chacune.</numerusform>
            <numerusform>%n incidents comptés. Un incident qui concerne plusieurs catégories de personnes compte une fois dans chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} (de {start} à {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>Incidents sur une frise chronologique</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>Type non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>Mesures revues</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>Aucun incident à afficher.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="55"/>
        <source>{type}, {when}, {status}</source>
        <translation>{type}, {when}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="81"/>
        <source>{type}: {count}</source>
        <translation>{type}&#xa0;: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="86"/>
        <source>%n incident(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n incident du {first} au {last}</numerusform>
            <numerusform>%n incidents du {first} au {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>affichage {zoom}, {window}&#xa0;: %n incident</numerusform>
            <numerusform>affichage {zoom}, {window}&#xa0;: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>par type&#xa0;: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>sélectionné&#xa0;: {incident}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="98"/>
        <source>; </source>
        <comment>separates the parts of the timeline&apos;s summary</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <location filename="../../ui/incidents/section.py" line="197"/>
        <source>Incidents</source>
        <extracomment>open an incident (from the timeline or the list): its id &quot;Something happened…&quot; was pressed: register a new incident a load finished and the views show its result (tests wait for it) incidents were deleted or received here (counts and Today follow)</extracomment>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>Menaces et incidents au fil du temps, et leurs tendances&#xa0;: où, de quel type, qui était concerné, à quel moment de la journée.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>Il s’est passé quelque chose…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>Noter un incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>Enregistrer un résumé pour l’organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>Enregistrer un résumé pour l’organisation</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>Sur la frise&#xa0;: les flèches passent d’un incident à l’autre, + et - zooment, Page Up et Page Down se déplacent dans le temps, Enter ouvre l’incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>Frise et tendances</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>Partager les incidents sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>Un seul paquet pour les collègues que vous choisissez. Shift ou Ctrl permet d’en choisir plusieurs.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>Versions antérieures de l’incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>Supprimer les incidents sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>Recevoir un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>Affichage&#xa0;: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>Aucun incident noté pour l’instant. Quand il se passe quelque chose, notez-le ici, ou avec Ctrl+I depuis n’importe où&#xa0;: chaque question peut être passée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>%n incident correspond aux filtres.</numerusform>
            <numerusform>%n incidents correspondent aux filtres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>Aucun incident ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Paquet enregistré avec %n incident&#xa0;: chiffré pour vous et pour les collègues de votre choix.</numerusform>
            <numerusform>Paquet enregistré avec %n incidents&#xa0;: chiffré pour vous et pour les collègues de votre choix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%n incident supprimé.</numerusform>
            <numerusform>%n incidents supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>Paramètres du journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>Afficher les pistes d’écriture dans les nouvelles pages</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>Pistes d’écriture, une par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>Demander ma phrase de passe avant d’ouvrir le journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>Le signaler avec douceur quand plusieurs ressentis récents étaient difficiles</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>Pistes d’écriture (une par ligne&#xa0;; écrivez les vôtres si vous le souhaitez)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Votre journal est verrouillé. Saisissez votre phrase de passe pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>Ouvrir mon journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>Pages du journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>Votre journal est vide</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>Cet espace est le vôtre&#xa0;: quelques mots après une journée difficile, ou seulement un ressenti. Rien ici n’est partagé, inclus dans les recherches ni exporté, sauf si vous le choisissez, à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>Écrire la première page</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>Nouvelle page du journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>Mon soutien</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>Paramètres du journal…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>Paramètres du journal</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>Plusieurs de vos ressentis récents étaient difficiles. Cela arrive dans ce travail. Votre liste de soutien, ou un peu de repos, peuvent aider.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>Ouvrir ma liste de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>Masquer cette note</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>Cette phrase de passe n’a pas ouvert votre journal. Votre coffre-fort reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>Ressenti&#xa0;: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="149"/>
        <source>{language}: {status}</source>
        <translation>{language}&#xa0;: {status}</translation>
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
        <translation>FieldSafe est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>Vos données sont chiffrées. Saisissez votre phrase de passe pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>Vous l’avez oubliée&#xa0;? Vous pouvez saisir ici votre code de récupération à la place.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>Veuillez saisir votre phrase de passe ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>Joindre photos ou PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>Voir la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>Retirer des photos les données de lieu et d’appareil</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>Chiffrement des pièces jointes…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>Retirer cette pièce jointe&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Elle sera retirée définitivement du coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>La pièce jointe a été retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>Quelques mots&#xa0;; utilisez des codes personne, pas des noms</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>Un quartier ou une partie de la ville, jamais une adresse exacte</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>Moi et mes collègues, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>Codes personne</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>Des codes, pas des noms, ex. A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>Carnet de codes…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>Carnet de codes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>Ce qui s’est passé, ce qui a été convenu, ce qui doit être suivi. Des codes plutôt que des noms.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>Besoins exprimés</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>Informations et orientations données</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>Observations de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>Quelqu’un observait ou suivait&#xa0;? Une menace&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>Noter comme incident…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>Noter comme incident</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>Ouvrir le formulaire d’incident avec cette fiche et ses observations de sécurité (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>ex. santé, logement</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>Il existe des notes papier de cette rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>Je les ai détruites</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>Notes papier détruites</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>Pas de date de révision</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>À cette date, la vue Aujourd’hui demande s’il faut garder ou supprimer cette fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>T&amp;ype de lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>Personnes présentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>Codes &amp;personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>C&amp;e qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>Fiche de terrain</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>&amp;Besoins exprimés par la personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>Informations et o&amp;rientations données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>S&amp;uivis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>Obser&amp;vations de sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>Notes papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>Date de révisio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>Destruction pas encore confirmée.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>Détruites, confirmé le {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>Finalement pas détruites</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>Remplacer par un code…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>Remplacer par un code personne</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>Garder ce texte</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>«&#xa0;{text}&#xa0;» ressemble à un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>«&#xa0;{text}&#xa0;» ressemble à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>«&#xa0;{text}&#xa0;» est un nom que vous avez indiqué pour {code} dans le carnet de codes.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>Si cet ordinateur portable est perdu, un code personne protège mieux la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>Remplacer par {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>Aucun code pour l’instant&#xa0;: ajoutez-en un dans le carnet de codes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>Modifier cette fiche enregistrée (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Restauré à partir du brouillon. Enregistrez pour le garder.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>Enregistré. Appuyez sur Modifier pour changer la fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>Rempli à partir du plan de rencontre.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>Supprimer cette fiche de terrain&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>Elle sera retirée définitivement du coffre-fort, avec ses versions antérieures et ses pièces jointes. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>La fiche a été supprimée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%n fichier ajouté au coffre-fort.</numerusform>
            <numerusform>%n fichiers ajoutés au coffre-fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n fichier non ajouté&#xa0;:</numerusform>
            <numerusform>%n fichiers non ajoutés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%n original supprimé.</numerusform>
            <numerusform>%n originaux supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>%n d’entre eux n’a pu qu’être supprimé, sans être écrasé d’abord.</numerusform>
            <numerusform>%n d’entre eux n’ont pu qu’être supprimés, sans être écrasés d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n original avait déjà disparu.</numerusform>
            <numerusform>%n originaux avaient déjà disparu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n original n’a pas pu être supprimé (le fichier ou son dossier est en lecture seule, ou c’est un lien). Supprimez-le d’une autre façon.</numerusform>
            <numerusform>%n originaux n’ont pas pu être supprimés (le fichier ou son dossier est en lecture seule, ou c’est un lien). Supprimez-les d’une autre façon.</numerusform>
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
            <numerusform>Meilleurs résultats parmi %n élément récent qui correspond. Ajoutez un mot pour trouver les plus anciens.</numerusform>
            <numerusform>Meilleurs résultats parmi les %n éléments les plus récents qui correspondent. Ajoutez un mot pour trouver les plus anciens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>La fiche est enregistrée. Voulez-vous écrire quelques lignes pour vous-même sur la façon dont cela s’est passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>Faire mon débriefing</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>Pas cette fois</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>Choisissez d’abord une ou plusieurs fiches à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>Fiches de terrain</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>Inclure mon journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>Inclure mon journal dans cette recherche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>Aucune fiche ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>Votre journal est verrouillé&#xa0;: ouvrez-le d’abord pour l’inclure dans une recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>Les meilleurs résultats d’abord&#xa0;; d’autres apparaissent quand vous faites défiler.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Aucun résultat. Essayez avec moins de mots, ou des mots plus courts.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>&amp;Versions antérieures…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;Carnet de codes…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer de phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>&amp;Tout masquer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>Ce que FieldSafe pro&amp;tège</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>&amp;Effacer ce coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>C&amp;offre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>À &amp;propos de FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>Afficher Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>&amp;Modifier cette fiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>Il s’est passé &amp;quelque chose…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>Section {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>Fermer la barre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>Sauvegarde écrite. Gardez-la à l’écart de cet ordinateur portable&#xa0;; elle s’ouvre avec votre phrase de passe ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
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
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>Un rappel pour faire votre débriefing vous attend dans la vue Aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>Votre modification n’a pas pu être enregistrée (voir le message en dessous). Fermez à nouveau pour l’abandonner.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>Mon journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>Plans de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>Évaluations des risques</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n mois, du {first} au {last}</numerusform>
            <numerusform>%n mois, du {first} au {last}</numerusform>
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
        <translation>{month}&#xa0;: {total} ({types})</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns_paint.py" line="359"/>
        <source>; </source>
        <comment>separates the counts of a chart&apos;s summary</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="48"/>
        <source>Your name for colleagues</source>
        <extracomment>the page&apos;s id in the wizard: after the recovery code is checked (ids leave room for pages in between) the name of a card never named (``vault.sharing.default_name``)</extracomment>
        <translation>Votre nom pour vos collègues</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>Quand vous partagez des plans de rencontre, vos collègues voient ce nom sur votre carte et au-dessus de votre moitié du numéro de sécurité, pour pouvoir vous distinguer. Un prénom ou un surnom sous lequel on vous connaît suffit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>Votre nom ou surnom</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>Votre &amp;nom ou surnom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>Votre carte n’est pas secrète&#xa0;: toute personne qui la voit peut lire ce nom. Vous pourrez le changer plus tard dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Ouvrir mon coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>Vos collègues verront&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>Si vous laissez ce champ vide, vos collègues verront {name}, le nom que porte toute nouvelle carte, et ne pourront pas vous distinguer des autres avant de vous avoir donné un nom de leur côté.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>Veuillez utiliser au moins %n caractère ({count} pour l’instant). Ajouter un autre mot est le plus simple.</numerusform>
            <numerusform>Veuillez utiliser au moins %n caractères ({count} pour l’instant). Ajouter un autre mot est le plus simple.</numerusform>
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
        <translation>Choisir dans un calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}&#xa0;: calendrier et choix rapides</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}&#xa0;: calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}&#xa0;: note</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>Ce n’est pas encore une date&#xa0;: {kept} reste jusqu’à ce que vous en saisissiez une comme {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>Ce n’est pas encore une date, elle n’est donc pas conservée. Saisissez-la comme {example}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}&#xa0;: heure</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}&#xa0;: note sur l’heure</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>Ce n’est pas encore une heure. Saisissez-la comme {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>Ajoutez aussi une heure, comme {example}&#xa0;; sans heure, rien n’est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe conserve les dates et heures de l’an 1900 à l’an 9998.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>D’ici là, {kept} reste.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>Elle ne sera connue que de vous&#xa0;; FieldSafe ne peut pas la réinitialiser. Vous recevrez aussi un code de récupération à l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>C&amp;onfirmer la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>Création de votre coffre-fort… Cela prend un moment, volontairement&#xa0;: deviner la phrase de passe devient ainsi très lent pour toute autre personne.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>Plan de rencontre</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>Plans de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>Nouveau plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>Modifier le plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>Supprimer le plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>Statut du plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>Terminée&#xa0;: rédiger la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>Rencontre terminée</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>Il s’est passé quelque chose…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>Noter un incident lié à cette rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>Collègues…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>Partager le plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>Partager ce plan avec votre collègue</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>Recevoir un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>Carte de poche en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>Carte de poche en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>Plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>La mise à jour de {name} a modifié&#xa0;: {fields}. Chaque changement est signalé ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>Une mise à jour reçue a modifié&#xa0;: {fields}. Chaque changement est signalé ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>Préparez une rencontre à deux&#xa0;: où, un lieu de repli, ce que vous ferez si…, votre signal d’alerte, et quand vous vous donnerez des nouvelles.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, à {place}, avec {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>un endroit encore à choisir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>une personne encore à choisir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>Encore à régler&#xa0;: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>Plus rien à régler&#xa0;: le plan semble prêt.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>Plan enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>Supprimer ce plan de rencontre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Il sera retiré définitivement du coffre-fort, avec ses versions antérieures. Une copie déjà partagée reste chez votre collègue. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>Plan supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>Paquet enregistré&#xa0;: chiffré pour votre collègue et pour vous.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>Un nom ou un surnom</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
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
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>Afficher une notification système quand l’heure convenue pour donner des nouvelles est passée</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>Notification système quand l’heure convenue pour donner des nouvelles est passée</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>Vos collègues voient ce nom sur votre carte.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>La langue et la taille du texte changent au prochain démarrage de FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Verrouiller après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>Elle indique seulement que l’heure convenue pour donner des nouvelles est passée, jamais de quelle rencontre il s’agit.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>Déverrouillez le coffre-fort pour changer votre nom</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%n fiche sera incluse.</numerusform>
            <numerusform>%n fiches seront incluses.</numerusform>
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
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Si un jour vous oubliez votre phrase de passe, ce code ouvre votre coffre-fort. Il n’est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Notez-le sur papier dès maintenant, et gardez ce papier à l’écart de cet ordinateur portable (pas dans la sacoche de l’ordinateur). Toute personne qui a à la fois l’ordinateur et ce code peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe ne le copie pas pour vous, pour qu’il n’arrive jamais dans un historique du presse-papiers. Majuscules ou non, tirets ou non&#xa0;: les deux fonctionnent.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>Le dossier de sauvegarde est introuvable&#xa0;: le disque est-il branché, ou le dossier a-t-il été déplacé&#xa0;? Rien n’a été perdu&#xa0;; FieldSafe réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>Sauvegarde chiffrée écrite dans votre dossier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>La sauvegarde a fonctionné cette fois. Elle se trouve dans votre dossier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>Désactivé&#xa0;: aucune sauvegarde n’est écrite automatiquement.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>Aucune sauvegarde n’y a encore été écrite.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>Dernière sauvegarde&#xa0;: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>La dernière tentative, le {time}, n’a pas fonctionné.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>Elle a fonctionné.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>Sauvegardes programmées</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>Une copie chiffrée de tout votre coffre-fort, écrite dans le dossier de votre choix. Seule votre phrase de passe ou votre code de récupération l’ouvre&#xa0;: votre organisation peut la conserver, mais jamais la lire, et votre journal reste privé à l’intérieur.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;Utiliser le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>Utiliser le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>Fréquence des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>Résultat de la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>Déverrouillez le coffre-fort pour programmer des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Utiliser un dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>Ce dossier est introuvable pour l’instant&#xa0;: le disque est-il branché&#xa0;? Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_results.py" line="70"/>
        <source>{title}, {when}: {snippet}</source>
        <translation>{title}, {when}&#xa0;: {snippet}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/shell/session.py" line="248"/>
        <source>FieldSafe cannot write its log file, so it runs without one this time. Your records are not affected.</source>
        <translation>FieldSafe ne peut pas écrire son fichier de suivi technique&#xa0;: il fonctionne donc sans, cette fois-ci. Vos données ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>Pas verrouillé. Le texte de la note est dans le presse-papiers pendant 30 secondes, et il en est effacé quand FieldSafe se verrouille.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>Pas verrouillé. Votre note est toujours là&#xa0;; essayez de l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>Le coffre-fort est verrouillé. La modification en cours n’a pas pu être enregistrée, elle n’a donc pas été conservée.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%n fiche avec un suivi à faire</numerusform>
            <numerusform>%n fiches avec un suivi à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>%n plan aujourd’hui</numerusform>
            <numerusform>%n plans aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%n incident ouvert dont les mesures ne sont pas encore revues</numerusform>
            <numerusform>%n incidents ouverts dont les mesures ne sont pas encore revues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n révision à faire</numerusform>
            <numerusform>%n révisions à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
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
        <translation>Mon soutien</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>Les personnes que vous pouvez joindre, et ce qui vous fait du bien. Conservé uniquement dans ce coffre-fort&#xa0;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>Personnes que je peux joindre</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>Nom ou organisation</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>Ce qui m’aide</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>Quelque chose qui aide</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>ex. marcher, la musique, appeler ma sœur</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>Ajouter ce qui aide</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>Retirer ce qui aide</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>Ajouter une personne que je peux joindre</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>Votre liste de soutien est vide pour l’instant. Quelques pistes qui aident souvent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>des collègues ou votre responsable</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>une ligne d’écoute de votre organisation</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>du repos</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>quelque chose qui vous ancre, comme une promenade ou des respirations lentes</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>Écrivez d’abord un nom ou une organisation.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>Choisissez une équipe, ou créez-en une.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>Aucune équipe pour l’instant. Saisissez un nom pour votre première équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>Aucun membre pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>Il n’y a plus de collègues hors de cette équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>Pas encore de collègues&#xa0;: ajoutez leurs cartes dans l’onglet Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>Équipe «&#xa0;{name}&#xa0;» créée. Choisissez son dossier d’équipe et ajoutez des collègues dont le numéro de sécurité est vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>L’équipe s’appelle désormais «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>L’équipe n’a plus de dossier. Le dossier et les fichiers qu’il contient restent où ils sont.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>Le dossier d’équipe est défini. Laissez-y votre carte pour que l’équipe puisse la trouver.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} fait maintenant partie de cette équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} est maintenant responsable sécurité de cette équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} fait maintenant partie de cette équipe, sans être responsable sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} ne fait plus partie de cette équipe, mais reste parmi vos collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>Supprimer l’équipe «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>L’équipe est retirée de ce coffre-fort, avec la liste de ses membres et leurs rôles. Vos collègues restent. Le dossier d’équipe et tous les fichiers qu’il contient restent où ils sont&#xa0;: FieldSafe ne les supprime pas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>Équipe supprimée. Son dossier et les fichiers qu’il contient restent.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>Votre carte est dans le dossier d’équipe. Elle ne contient que des clés publiques&#xa0;; vos collègues doivent toujours comparer le numéro de sécurité avec vous, en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>Aucune nouvelle carte dans le dossier d’équipe.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>Rien ne demande votre attention aujourd’hui&#xa0;: aucune rencontre à venir, aucun suivi à faire, aucune note papier en attente de destruction, aucune fiche à revoir, aucun incident ni aucune évaluation des risques en attente de révision.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Suivis à faire (%n)</numerusform>
            <numerusform>Suivis à faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>échéance&#xa0;: {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>Notes papier dont la destruction n’est pas encore confirmée (%n)</numerusform>
            <numerusform>Notes papier dont la destruction n’est pas encore confirmée (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>Date de révision dépassée&#xa0;: supprimer ou garder (%n)</numerusform>
            <numerusform>Date de révision dépassée&#xa0;: supprimer ou garder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>à revoir avant le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>Débriefings gardés pour plus tard (%n)</numerusform>
            <numerusform>Débriefings gardés pour plus tard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(seul le premier est affiché)</numerusform>
            <numerusform>(les %n premiers sont affichés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>Rencontres à venir et nouvelles à donner (%n)</numerusform>
            <numerusform>Rencontres à venir et nouvelles à donner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>Plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>pas d’heure convenue pour donner des nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>nouvelles à donner d’ici {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>Incidents dont les mesures ne sont pas encore revues (%n)</numerusform>
            <numerusform>Incidents dont les mesures ne sont pas encore revues (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>Révisions d’évaluations des risques à faire (%n)</numerusform>
            <numerusform>Révisions d’évaluations des risques à faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>révision prévue le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>Bienvenue dans FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>Ensuite, vous allez choisir une phrase de passe. Cela prend quelques minutes.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>Code source&#xa0;: fourni avec ce programme, dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>Code source&#xa0;: non inclus dans cette copie. Demandez-le à la personne qui vous l’a donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>Licence&#xa0;: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, version 3 ou ultérieure</translation>
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
        <translation>Mode portable&#xa0;: tout est conservé dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>À propos de FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>Des notes de terrain chiffrées, qui restent sur cet ordinateur et fonctionnent sans internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>À propos de cette copie de FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe ne peut pas écrire dans son dossier {folder}&#xa0;: il ne peut donc pas démarrer en mode portable.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>Copiez le dossier de FieldSafe à un endroit où vous pouvez écrire (une clé USB qui n’est pas protégée en écriture, ou votre propre dossier), ou démarrez FieldSafe sans le mode portable.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>Vous êtes de retour en sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>Noté le {time}. {name} attend peut-être de l’apprendre. FieldSafe peut laisser le plan, désormais marqué «&#xa0;de retour en sécurité&#xa0;», dans le dossier d’équipe pour {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>Noté le {time}. {name} attend peut-être de l’apprendre. FieldSafe n’envoie rien de lui-même&#xa0;: il peut enregistrer le plan, désormais marqué «&#xa0;de retour en sécurité&#xa0;», sous forme d’un petit paquet pour {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>Prévenir {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>Prévenir {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>Dire à {name} que vous êtes de retour en sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>Paquet enregistré pour {name}. Transmettez-le comme vous échangez habituellement les paquets&#xa0;: dès que {name} le reçoit, son FieldSafe indique que vous êtes de retour en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>Laissé dans le dossier d’équipe pour {name}. Dès que son FieldSafe lit le dossier, il indique que vous êtes de retour en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>Vous pouvez plutôt enregistrer un petit paquet pour {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>L’heure convenue pour donner des nouvelles est passée</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>Ce que vous avez convenu de faire si l’un ou l’une de vous ne donne pas de nouvelles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>Je suis de retour en sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>Ouvrir le plan</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>L’heure convenue suivante, déjà passée</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>Rien n’est écrit dans le plan à ce sujet. Ouvrez le plan pour voir ce que vous avez convenu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>%n autre heure convenue pour donner des nouvelles est passée.</numerusform>
            <numerusform>%n autres heures convenues pour donner des nouvelles sont passées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>%n minute après</numerusform>
            <numerusform>%n minutes après</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>à cette heure-là</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, la rencontre du {start}&#xa0;: vous avez convenu de donner des nouvelles au plus tard le {time}, et d’agir {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>La rencontre du {start}&#xa0;: vous avez convenu de donner des nouvelles au plus tard le {time}, et d’agir {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>Comment joindre {colleague}&#xa0;: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>Comment joindre votre collègue&#xa0;: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>Le plan ne contient aucune coordonnée pour {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>Le plan ne contient aucune coordonnée.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>l’un ou l’une de nous ne donne pas de nouvelles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Comment nous joindre pendant et après la rencontre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Si les nouvelles n’arrivent pas, ceci s’affiche avec ce que vous avez convenu de faire.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Combien de temps attendre après l’heure convenue avant d’agir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe affiche ce que vous avez convenu une fois ce délai passé.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>Agir dès l’heure convenue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
        <translation>L’heure convenue pour donner des nouvelles est passée.</translation>
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
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>Partager avec</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Cochez chaque collègue qui pourra ouvrir le paquet&#xa0;: chacune de ces personnes pourra l’ouvrir, vous aussi, et personne d’autre. La liste ne montre que les collègues dont vous avez comparé le numéro de sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>Personne n’est encore vérifié parmi vos collègues. Comparez d’abord les numéros de sécurité dans Collègues, ou protégez le paquet avec une phrase de passe que vous direz à votre collègue en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>Collègues au numéro vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>La touche Space coche ou décoche la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>Partager avec les personnes cochées</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>Protéger plutôt avec une &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>Protéger plutôt avec une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>Annuler&#xa0;: ne rien partager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>Partager avec %n collègue</numerusform>
            <numerusform>Partager avec %n collègues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>Vous ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>Votre moitié du numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>La moitié du numéro de sécurité de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>Moitié du numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>Paquets de partage (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>Paquets de partage (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>Ajouts&#xa0;: {added}&#xa0;; mises à jour&#xa0;: {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>Envoi de {name} (vérifié) — nouveaux éléments&#xa0;: {new}&#xa0;; à mettre à jour&#xa0;: {changed}. Importer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>%n élément que vous avez déjà tel qu’envoyé, ou plus récent, reste tel quel.</numerusform>
            <numerusform>%n éléments que vous avez déjà tels qu’envoyés, ou plus récents, restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>Envoi d’une personne NON vérifiée (paquet protégé par une phrase de passe) — nouveaux éléments&#xa0;: {new}&#xa0;; à mettre à jour&#xa0;: {changed}. N’importez que si vous l’attendiez.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>Ce paquet ne vous était pas adressé&#xa0;: il ne nomme aucun destinataire, donc toute personne qui a sa phrase de passe pourrait l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>Ce plan a été modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>Cet incident a été modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>Cette évaluation des risques a été modifiée des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>Cet élément a été modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>Version de {name}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>Sa version&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>Ma version&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>Garder ma version&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>Prendre sa version&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Vous et {name} avez modifié les mêmes parties depuis votre dernier échange. Choisissez quelle version garder pour chacune.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Vous et votre collègue avez modifié les mêmes parties depuis votre dernier échange. Choisissez quelle version garder pour chacune.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>Une phrase de passe d’au moins 10 caractères. Dites-la à votre collègue en personne, jamais avec le fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase de passe, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>Ce paquet est protégé par une phrase de passe. Saisissez-la&#xa0;:</translation>
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
        <translation>Une fiche que vous rédigiez n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe en a gardé la version du {time}. Restaurez-la pour continuer à écrire, ou abandonnez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>effacer</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>L’effacement détruit la clé du coffre-fort, puis ses données. Ensuite, aucune phrase de passe ni aucun code de récupération ne peut les ouvrir. Il ne peut pas atteindre les sauvegardes ou les copies faites auparavant, ni les blocs qu’un SSD a déjà mis de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>Pour effacer, saisissez le mot «&#xa0;{word}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>Effacer le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>Sauvegardes FieldSafe (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>Joindre des photos, des scans ou des PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos, scans et PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe écrase chaque fichier, puis le supprime. Sur un SSD, une carte mémoire, un téléphone ou un dossier synchronisé, il peut rester des copies qu’aucun programme ne peut atteindre&#xa0;; un appareil photo ou un scanner peut aussi garder sa propre copie. La copie chiffrée dans le coffre-fort n’est pas touchée.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>Supprimer les originaux</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>Si FieldSafe se verrouille maintenant, la note est perdue. Vous pouvez d’abord copier son texte (il est effacé du presse-papiers après 30 secondes et quand FieldSafe se verrouille), garder la fenêtre ouverte et essayer de l’enregistrer à nouveau, ou verrouiller quand même.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>FieldSafe allait se verrouiller, car il n’a pas été utilisé depuis un moment.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>Sans réponse, FieldSafe se verrouille après le même délai.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>Votre note n’a pas pu être enregistrée, ni conservée comme brouillon.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>Verrouiller quand même (la note est perdue)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>Ce fichier ne peut pas être joint. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>Le disque est plein&#xa0;: vos données sont donc ouvertes en lecture seule, et cette action n’a pas pu être faite. Rien n’a été modifié&#xa0;; libérez de l’espace, puis rouvrez le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe n’a pas le droit d’écrire à cet endroit. Rien n’a été modifié&#xa0;; choisissez un autre endroit.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>L’écriture sur le disque a échoué. Rien n’a été modifié&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>Cette phrase de passe ou ce code de récupération n’a pas ouvert cette sauvegarde. Essayez celle ou celui qui était valable au moment où la sauvegarde a été faite. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>Le disque est plein&#xa0;: vos données sont donc ouvertes en lecture seule. Rien ne peut être enregistré tant que de l’espace n’a pas été libéré et que le coffre-fort n’a pas été rouvert.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: le coffre-fort ne peut donc pas être ouvert. Rien n’a été modifié&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe n’a pas le droit d’utiliser le dossier du coffre-fort&#xa0;: le coffre-fort ne peut donc pas être ouvert. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>Le dossier du coffre-fort ne peut pas être utilisé pour l’instant (un problème de disque)&#xa0;: le coffre-fort ne peut donc pas être ouvert. Rien n’a été modifié&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>Ce nom de dossier ou de fichier est trop long pour cet ordinateur. Rien n’a été modifié&#xa0;; choisissez un nom ou un emplacement plus court.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>Le disque est plein&#xa0;: vos données sont donc ouvertes en lecture seule. Rien n’a été enregistré&#xa0;; votre texte est toujours là. Libérez de l’espace, puis rouvrez le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; votre texte est toujours là. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe n’a pas le droit d’écrire à cet endroit. Rien n’a été enregistré&#xa0;; votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>L’écriture sur le disque a échoué. Rien n’a été enregistré&#xa0;; votre texte est toujours là. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>n’est pas valide</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>Élément {number}&#xa0;: le champ «&#xa0;{field}&#xa0;» {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>Le fichier n’est pas au format attendu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>Ligne {line}&#xa0;: {problem} Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>Cette phrase de passe ou ce code de récupération n’a pas ouvert ce coffre-fort. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>Le fichier de clé du coffre-fort (vault.key) est manquant&#xa0;: les données ne peuvent donc pas être ouvertes. Restaurez-le à partir d’une sauvegarde&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>Le fichier de clé du coffre-fort (vault.key) est endommagé, ou ce n’est pas un fichier de clé FieldSafe. Restaurez-le à partir d’une sauvegarde&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>Le coffre-fort est endommagé ou incomplet. Rien n’a été modifié&#xa0;; restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>Il n’y a pas de coffre-fort FieldSafe à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>Un coffre-fort (ou d’autres fichiers) se trouve déjà à cet endroit. FieldSafe ne l’écrase jamais.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de FieldSafe. Veuillez mettre FieldSafe à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>La mise à jour de ce coffre-fort vers la nouvelle version de FieldSafe a échoué. Le coffre-fort est resté tel quel&#xa0;; une copie avait été faite avant la tentative.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>Une autre fenêtre ou commande FieldSafe utilise ce coffre-fort en ce moment. Rien n’a été modifié&#xa0;; veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>Le dossier est introuvable&#xa0;: le disque est-il branché, ou le dossier a-t-il été déplacé&#xa0;? Rien n’a été écrit&#xa0;; s’il a été déplacé, choisissez-le à nouveau dans Collègues › Équipes.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>Un fichier existe déjà à cet endroit. Choisissez un autre nom&#xa0;; FieldSafe ne l’écrase jamais.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>Le disque est plein&#xa0;: cette action n’a donc pas pu être faite. Rien n’a été modifié&#xa0;; libérez de l’espace (ou choisissez un autre endroit, comme une clé USB) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>n’est pas une date et une heure valides</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>contient un caractère non autorisé</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>n’est pas un champ de ce type d’élément</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>n’est pas un type d’élément connu de FieldSafe</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>n’est pas un identifiant d’élément valide</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>répète un identifiant déjà utilisé plus haut dans le fichier</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>contient du texte qui n’est pas de l’Unicode valide</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>n’est pas une date valide (année-mois-jour)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>a trop d’entrées</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>ne correspond pas au contenu de la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>contient une entrée avec une virgule ou un point-virgule, qui séparent les entrées</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>renvoie à un élément qui n’est pas dans ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>est déjà dans le carnet de codes</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>est déjà utilisé par un autre type d’élément dans ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>Le fichier n’est pas un fichier d’échange FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>Le fichier a été créé par une version plus récente de FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>Le fichier n’est pas une sauvegarde FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>Le fichier est incomplet (il a peut-être été coupé pendant la copie).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>Le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>Le fichier répète un nom à l’intérieur d’un même objet&#xa0;: son sens n’est donc pas clair.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>Ce n’est pas une carte FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>Le fichier n’est pas un paquet de partage FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>Ce paquet a été chiffré pour quelqu’un d’autre&#xa0;; ce coffre-fort ne peut pas l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>Ce paquet demande beaucoup plus de calcul pour être ouvert que ce que FieldSafe utilise jamais&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>Ce paquet est protégé par une phrase de passe. Demandez-la à la personne qui l’a envoyé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>Cette phrase de passe n’a pas ouvert le paquet, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>Le paquet n’est pas signé par un ou une collègue FieldSafe&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>La signature du paquet ne correspond pas à son contenu&#xa0;: il a peut-être été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>La personne qui l’envoie n’est pas encore vérifiée. Comparez d’abord vos numéros de sécurité en personne.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>La personne qui l’envoie ne fait pas partie de vos collègues. Importez d’abord sa carte, puis vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>La clé de cette personne a changé. Rien n’est partagé ni reçu tant que vous ne l’avez pas vérifiée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>Vous avez déjà cette version du paquet, ou une plus récente. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>C’est une version antérieure d’un plan que vous avez déjà. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>Ce paquet a été créé par une version antérieure de FieldSafe et ne peut pas être comparé aux plans que vous avez. Demandez à la personne qui l’a envoyé de mettre FieldSafe à jour et de le partager à nouveau.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>Ce paquet était adressé à quelqu’un d’autre, pas à vous. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>La personne qui l’envoie est vérifiée, mais ne fait pas partie de l’équipe dont le dossier a transmis ce paquet. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>Ces éléments changeaient sans cesse dans ce coffre-fort pendant l’importation du paquet. Rien n’a été importé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>Le fichier est vide. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>Le fichier dépasse 25&#xa0;Mo, la taille maximale que FieldSafe accepte en pièce jointe. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe ne joint que des photos JPEG et PNG et des fichiers PDF. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>Le fichier est endommagé ou incomplet. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>L’image est trop grande pour être ouverte en toute sécurité (plus de 80 mégapixels). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>Le fichier ne peut pas être lu (il a peut-être disparu, ou ce n’est pas un fichier ordinaire). Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>Résumé pour l’organisation</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>Le résumé est enregistré dans un fichier qui n’est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>Il ne contient que des décomptes&#xa0;: les incidents par mois, type, type de lieu et secteur. Il ne contient aucun code personne, aucun nom ni aucun texte écrit. Les décomptes inférieurs à {small} sont masqués, ainsi que les plus petits suivants si nécessaire, pour qu’un décompte masqué ne puisse pas être retrouvé par calcul&#xa0;; les secteurs comptant moins de {small} incidents sont regroupés. Toute personne qui a le fichier peut le lire&#xa0;: ne le partagez qu’avec les personnes à qui il est destiné, et supprimez votre copie quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>Depuis le premier incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>Jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>Un tableur (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>Un document PDF</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>Enregistrer sous forme de</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>resume-incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>Par type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>Autres secteurs (chacun avec moins de {small} incidents)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>moins de {small}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>Incidents du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>Incidents à partir du {first}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>Incidents jusqu’au {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>Tous les incidents notés</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>Décomptes uniquement, sans codes, noms ni texte écrit. Les décomptes inférieurs à {small} sont masqués, ainsi que les plus petits suivants si nécessaire&#xa0;; les secteurs comptant moins de {small} incidents sont regroupés.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>Incidents&#xa0;: un résumé sans données d’identification</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>Aucun incident sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>Enregistrement du résumé…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>Le résumé a été enregistré. Il n’est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>Supprimez votre copie dès que vous n’en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>Supprimer cet incident&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Il sera retiré définitivement du coffre-fort, avec ses versions antérieures. Une copie déjà partagée reste chez votre collègue. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>Supprimer %n incident&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n incidents&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>Ils seront retirés définitivement du coffre-fort, avec leurs versions antérieures. Les copies déjà partagées restent chez vos collègues. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Chaque fois que cet incident a été enregistré, son contenu précédent a été conservé. Choisissez une version antérieure pour la voir à côté de la version actuelle&#xa0;; les champs qui diffèrent sont marqués «&#xa0;modifié&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>Aucune version antérieure&#xa0;: cet incident n’a pas été modifié depuis son premier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>Quand cela s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>Quand cela a été remarqué</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>De quel type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>En quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>Personnes concernées, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>Les conséquences pour les personnes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>Les conséquences pour le travail</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>Mesures immédiates prises</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>Par exemple&#xa0;: un homme a suivi notre équipe jusqu’à l’arrêt de tram</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Quand cela s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>De quel type d’événement s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>&amp;En quelques mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>Ce qui s’est &amp;passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>Où, et qui était concerné</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>Seulement dans les grandes lignes&#xa0;: jamais une adresse, jamais un nom. Passez ce que vous ne savez pas.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Un quartier ou une zone, jamais une adresse</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>Une description, jamais un nom</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>Quand cela a été remarqué, si c’était plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>Type de lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>Qui était concerné&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>En quelques mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>Quand cela a été remarqué, si c’était plus tard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>Ses effets, et ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>Par exemple&#xa0;: notre responsable sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>Ses mesures immédiates ont été revues</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>Les conséquences pour les personnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>Les conséquences pour le travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>&amp;Mesures immédiates prises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>Signalé à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>Lié à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>Un incident que vous étiez en train de noter n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe en a gardé la version du {time}. Restaurez-la pour continuer, ou abandonnez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>Il s’est passé quelque chose</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>En&amp;registrer l’incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>Enregistrer l’incident</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>Chaque question peut être passée. Enregistrez ce que vous avez&#xa0;; vous pourrez compléter plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Restauré à partir du brouillon. Enregistrez pour le garder.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>Enregistré. Dépôt dans le dossier d’équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>Ce que vous avez saisi n’a pas pu être conservé. Enregistrez-le, ou copiez-le avant de fermer.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>Une fiche de terrain qui n’est pas dans ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>Fiche de terrain du {time}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>Un plan de rencontre qui n’est pas dans ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>Plan de rencontre du {time}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>Une évaluation des risques qui n’est plus ici</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>Évaluation des risques&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>D’après votre fiche de terrain du {time}&#xa0;: la date, le type de lieu et le secteur sont remplis.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>Personnes présentes&#xa0;: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>D’après votre plan de rencontre du {time}&#xa0;: la date et le type de lieu sont remplis.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>Avec {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>Éléments liés</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>Lier une évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>Lier une évaluation des risques…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>Une fois l’incident enregistré, il est déposé pour ces personnes dans le dossier d’équipe, chiffré pour elles et pour vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>Envoyer à la personne responsable sécurité ({names})</numerusform>
            <numerusform>Envoyer aux responsables sécurité ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>L’incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (lié à cet incident)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (le même lieu)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>Revoir une évaluation des risques&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>L’incident est enregistré. Après un incident, il est utile de revoir l’évaluation des risques qui le concerne&#xa0;: ce qui a changé, et ce qu’il faut faire autrement. Vous pouvez le faire maintenant, ou plus tard depuis Évaluations des risques.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>Évaluations des risques à revoir</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>Revoir celle-ci</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>Trois mois</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>Cinq ans</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>Une page du journal que vous écriviez n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe en a gardé la version du {time}. Restaurez-la pour continuer à écrire, ou abandonnez-la.</translation>
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
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>tristesse</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>anxiété</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>colère</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>engourdissement</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>choc</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>surcharge</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>soulagement</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>espoir</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>fierté</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>gratitude</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>Qu’est-ce qui s’est bien passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>Qu’est-ce qui a été difficile&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>Est-ce que quelque chose a réveillé mes propres souvenirs&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>De quoi ai-je besoin maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>À qui puis-je en parler&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (très difficile)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (difficile)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (plutôt difficile)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (assez difficile)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (un peu difficile)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (entre les deux)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (un peu bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (assez bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (plutôt bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (très bien)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>On dirait que c’était difficile.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>Voulez-vous voir les personnes et les choses qui vous aident&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>Afficher mon soutien</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>Relu par une personne de langue maternelle</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>En attente de relecture par des personnes de langue maternelle</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>Langue&#xa0;: {language}, la langue dans laquelle FieldSafe est d’abord écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>Si un mot vous semble faux, peu clair ou blessant, dites-le-nous par l’intermédiaire de l’organisation qui vous a donné FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>Langue&#xa0;: {language}, traduction relue par une personne de langue maternelle ({who}, {date}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>Langue&#xa0;: {language}, en attente de relecture par des personnes de langue maternelle&#xa0;: personne dont c’est la langue n’a encore vérifié cette traduction.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe conserve vos notes de terrain dans un seul coffre-fort chiffré, sur cet ordinateur. Rien de ce que vous écrivez n’est stocké sur le disque sans être chiffré, et tout fonctionne sans internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>Il vous protège si l’ordinateur portable est perdu, volé ou pris&#xa0;: sans votre phrase de passe ou votre code de récupération, les données ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>Il ne peut pas protéger un ordinateur sur lequel se trouve un logiciel malveillant ou un enregistreur de frappe. Aucune application qui fonctionne sur un tel ordinateur ne le peut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>Il ne remplace pas le chiffrement complet du disque. Veuillez l’activer aussi, pour que les fichiers temporaires du système et son espace d’échange (swap) soient protégés eux aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>La suppression ne peut pas atteindre les copies faites auparavant, comme d’anciennes sauvegardes ou images disque, et un SSD peut garder d’anciens blocs pendant un certain temps.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>Il ne peut pas cacher que le coffre-fort existe. Si quelqu’un vous force à le déverrouiller, FieldSafe ne peut pas faire semblant d’être vide.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>Ce qu’il ne peut pas faire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>Très facile à deviner</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>Facile à deviner</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>Suffisante</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>Très solide</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Afficher la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>Tout est saisi en majuscules&#xa0;: la touche Caps Lock est-elle activée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>Solidité&#xa0;: rien de saisi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>Solidité&#xa0;: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>Quelques mots sans lien entre eux&#xa0;: facile à retenir, difficile à deviner. Par exemple, quatre mots qui forment une image.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>Celle-ci serait facile à deviner pour une autre personne. Ajouter un ou deux autres mots sans lien aide généralement.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>Bien. Saisissez-la maintenant une seconde fois dans le deuxième champ.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases de passe correspondent.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>modifié par la mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(maintenant vide)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>Plan de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>Quand nous pensons avoir fini</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>Quand nous nous donnons des nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>Qui vous accompagne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>Code personne</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>Où a lieu la rencontre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>Où aller si le premier lieu ne convient pas&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>Notre signal d’alerte discret, et ce qu’il veut dire</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>Où s’asseoir ou se tenir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>Que faisons-nous si…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>Avant de partir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>Que faisons-nous si… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>La fiche rédigée après la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>Comment joindre votre collègue</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>Minutes d’attente si les nouvelles ne viennent pas</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>De retour en sécurité à</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>une fiche</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>une évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}&#xa0;: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(vous l’avez aussi modifié&#xa0;: vous choisirez quelle version garder)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>Ce que change cette mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>Importer la mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>Annuler&#xa0;: ne rien importer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>Dans le plan {title}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>nous sommes en retard&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>la personne est en retard, ou ne vient pas&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>quelqu’un que nous n’attendions pas arrive&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>une tierce personne nous interrompt&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>on nous confie des documents à rapporter en lieu sûr&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>l’un ou l’une de nous se sent mal ou revit brusquement un souvenir difficile&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>quelqu’un nous aborde de façon menaçante, ou menace la personne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>l’un ou l’une de nous ne donne pas de nouvelles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>Pas encore de collègue</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>Pas encore de lieu de repli</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>Pas encore de signal d’alerte convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>Pas encore d’heure convenue pour les nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>Une évaluation qui n’est plus dans ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>type non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>lieu non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>rien d’écrit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="125"/>
        <source>{when}, {title}: {observation}</source>
        <translation>{when}, {title}&#xa0;: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="131"/>
        <source>{when}: {observation}</source>
        <translation>{when}&#xa0;: {observation}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="152"/>
        <source>From your vault, to help you plan. None of this is saved in the plan.</source>
        <translation>Tiré de votre coffre-fort, pour vous aider à préparer la rencontre. Rien de tout cela n’est enregistré dans le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>L’évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>L’évaluation des risques liée n’est plus dans ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>Évaluations des risques pour ce lieu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>Liez-en une sur la première page pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>Ce qui s’est passé à cet endroit auparavant</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>Observations de sécurité dans les fiches</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>Rien n’a encore été noté pour ce type de lieu, ce secteur ou ce code personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>Un ou une collègue vient aussi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>Un lieu de repli est convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>Un signal d’alerte est convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>Une heure est convenue pour donner des nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>Objectif et personnes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>Jamais de rencontre sans accompagnement&#xa0;: une personne formée de l’équipe vient aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>Un code, jamais un nom, au cas où ce plan serait trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>Que voulons-nous obtenir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>Un objectif clair permet une rencontre courte et sûre.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>À quelle évaluation des risques cette rencontre se rattache-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>Ses menaces, capacités et mesures sont affichées à côté des questions.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>Le type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>Quel type de lieu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>Chaque type de lieu a sa propre dynamique et ses propres risques.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>Qui se trouve habituellement là&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>Savoir qui est présent aide à comprendre la situation.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>Qui pourrait représenter une menace&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>Pensez aux trafiquants, aux clients, aux autres personnes présentes dans le secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>Qui pourrait entendre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>Pour savoir ce qui peut être dit, et où.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>Expériences et menaces passées à cet endroit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>Ce qui s’est passé avant peut se reproduire.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>Impact psychologique sur toutes les personnes qui participent</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>Surtout pour les personnes survivantes&#xa0;: anticipez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>Un endroit que vous connaissez, où la personne se sent à l’aise.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>Qui d’autre sera là&#xa0;? Pouvons-nous parler sans que l’on nous entende&#xa0;? Y a-t-il beaucoup de monde&#xa0;? Entrer pourrait-il paraître suspect&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>Ces points déterminent si le lieu est suffisamment sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>Le lieu de repli</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>Les plans changent&#xa0;; convenez dès maintenant d’une solution de rechange.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>Décider à l’avance est plus facile que décider sous stress.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>Pendant la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>Voir les alentours, dos au mur, près d’une sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>Pour que chaque personne puisse y mettre fin sans un mot.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>Comment la personne obtient-elle nos coordonnées sans les écrire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>Des numéros écrits peuvent être trouvés par une personne qui l’exploite.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>Une personne parle, l’autre observe, par exemple.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>Après la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>Rester un moment et vérifier que personne ne suit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>Partir tout de suite peut mener quelqu’un jusqu’à vous.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>Notes dans le coffre-fort, papier détruit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>Un papier dans une poche peut mettre la personne en danger.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>Avec qui faisons-nous le débriefing, et quand&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>En parler aide à porter ce que vous avez entendu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>Pour avoir le même plan de part et d’autre.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>Une heure de fin connue permet de remarquer que des nouvelles n’arrivent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>Si l’un ou l’une de vous ne donne pas de nouvelles, l’autre agit.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Combien de temps attendre après l’heure convenue avant d’agir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe affiche ce que vous avez convenu une fois ce délai passé.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Comment nous joindre pendant et après la rencontre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Si les nouvelles n’arrivent pas, ceci s’affiche avec ce que vous avez convenu de faire.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>Ce que vous imprimez ou enregistrez en PDF n’est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>Toute personne qui trouve le papier ou le fichier peut le lire. Gardez-le sur vous et détruisez-le (ou supprimez le fichier) dès que vous n’en avez plus besoin. L’imprimante et sa file d’attente peuvent aussi en garder une copie.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>Omettre les codes personne, les lieux et les noms des collègues</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>Le texte que vous avez écrit (titre, ce qui s’est passé, besoins, sécurité) est inclus tel quel&#xa0;: vérifiez qu’il ne contient pas de noms avant d’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>impression</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>Le PDF a été enregistré. Il n’est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>Supprimez-le dès que vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>Document</translation>
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
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(pas de description)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, échéance&#xa0;: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>Détruites, confirmé le {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>Destruction pas encore confirmée</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>Fiche sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>Codes personne</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>Besoins exprimés</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>Informations et orientations données</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>Observations de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>Notes papier</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (modifié)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="235"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="38"/>
        <source>Street</source>
        <extracomment>stored setting key → English label (translated by :func:`setting_label`)</extracomment>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>Quartier chaud</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>Maison close</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>Appartement</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>Bar ou club</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>Cette feuille contient votre code de récupération&#xa0;: avec elle et cet ordinateur portable, toute personne peut ouvrir votre coffre-fort. Imprimez-la, gardez le papier à l’écart de l’ordinateur, et supprimez le fichier PDF une fois qu’il est imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>feuille-de-recuperation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>Voici le code de récupération de votre coffre-fort FieldSafe. Si vous oubliez votre phrase de passe, saisissez ce code à la place de la phrase de passe&#xa0;; FieldSafe vous laisse alors en choisir une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>Majuscules ou non, tirets ou non&#xa0;: les deux fonctionnent.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Gardez cette feuille en lieu sûr, à l’écart de votre ordinateur portable (pas dans la sacoche de l’ordinateur). Toute personne qui a à la fois l’ordinateur et ce code peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>Si FieldSafe vous montre un jour un nouveau code de récupération (après un changement de phrase de passe), cette feuille n’ouvre plus le coffre-fort&#xa0;: détruisez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Si vous avez enregistré cette feuille dans un fichier, supprimez le fichier une fois la feuille imprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>Créée le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>Enregistrer une &amp;feuille imprimable (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>Enregistrer une feuille imprimable</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>La feuille de récupération a été enregistrée. Elle n’est pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>Imprimez-la, gardez le papier à l’écart de cet ordinateur portable, puis supprimez le fichier.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>La sauvegarde est maintenant votre coffre-fort. Les données écrites après la création de la sauvegarde n’y figurent pas. Les fichiers endommagés n’ont pas été supprimés&#xa0;: ils ont été déplacés, toujours chiffrés, dans un dossier situé à côté du dossier du coffre-fort, dont le nom se termine par «&#xa0;damaged&#xa0;» et la date. Saisissez la phrase de passe ou le code de récupération qui était valable au moment où la sauvegarde a été faite.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>Sauvegardes FieldSafe (*.fieldsafe-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>La sauvegarde choisie prend la place du coffre-fort endommagé. FieldSafe vérifie d’abord toute la sauvegarde&#xa0;; si elle pose le moindre problème, rien n’est modifié. Les fichiers endommagés sont conservés, jamais supprimés. Les données écrites après la création de la sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase de passe de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>Partager aussi les incidents liés à cette évaluation&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n incident est lié à cette évaluation. Avec lui, vos collègues voient ce qui s’est passé à côté de l’analyse&#xa0;; sans lui, seule l’évaluation est partagée.</numerusform>
            <numerusform>%n incidents sont liés à cette évaluation. Avec eux, vos collègues voient ce qui s’est passé à côté de l’analyse&#xa0;; sans eux, seule l’évaluation est partagée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>L’évaluation seule</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>Avec les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>Chaque fois que cette évaluation a été enregistrée ou revue, son contenu précédent a été conservé. Choisissez une version antérieure pour la voir à côté de la version actuelle&#xa0;; les parties qui diffèrent sont marquées «&#xa0;modifié&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>Aucune version antérieure&#xa0;: cette évaluation n’a pas été modifiée depuis son premier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (niveau&#xa0;: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>Une menace</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>Probabilité&#xa0;: {likelihood}. Impact&#xa0;: {impact}.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (qui&#xa0;: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="192"/>
        <location filename="../../ui/risk/risk_form.py" line="392"/>
        <source>{date}: {reason}</source>
        <translation>{date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="194"/>
        <location filename="../../ui/risk/risk_form.py" line="395"/>
        <source>Before: {activity}</source>
        <translation>Avant&#xa0;: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>Ce qui a changé&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>Mesures avant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>Mesures pendant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>Mesures après</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>Situation à risque</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>L’activité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>Son objectif</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>Genre et intersectionnalité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>Cet objectif vaut-il ce risque&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>Solutions plus sûres envisagées</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>Mesures sans phase</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>Acteurs de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Niveau&#xa0;: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>Retirer {item}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}&#xa0;: niveau</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>Revoir une évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>Motif de cette révision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>Avant quelle activité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>Par exemple&#xa0;: la soirée de terrain du vendredi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>Ce que nous avons changé dans l’évaluation, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>Garder la date prévue dans l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>Les mesures immédiates de l’incident ont été revues</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>Enregistrer la ré&amp;vision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>Cette révision</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>Avant quelle activité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>Ce qui a &amp;changé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>Prochaine révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>Vos modifications n’ont pas pu être conservées. Enregistrez la révision, ou copiez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>Supprimer l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>Copié depuis le modèle. Modifiez ce que vous voulez, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Restauré à partir du brouillon. Enregistrez pour le garder.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>Donnez un nom à la situation à risque, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>Supprimer cette évaluation des risques&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>Elle est retirée définitivement du coffre-fort, avec ses versions antérieures et l’historique de ses révisions. Les incidents qui y sont liés gardent le lien et indiquent qu’elle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>L’évaluation a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>La situation à risque</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>Par exemple&#xa0;: travail de rue dans le quartier de la gare</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>Pas de type de lieu unique</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Un quartier ou une zone, jamais une adresse</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>&amp;Situation à risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>Type de lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>L’activité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>Son objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>Pour chaque menace&#xa0;: ce à quoi elle pourrait mener, sa probabilité et la gravité du tort qu’elle causerait. Le niveau découle des deux.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>Ce à quoi elle pourrait mener</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>Menace {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>Ajouter une menace</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>Niveau global&#xa0;: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>Niveau global</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>Pratiques ou situations qui nous rendent vulnérables.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>Comment nous pourrions en faire une capacité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>Si vous voyez un moyen&#xa0;; vous pouvez laisser ce champ vide.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>Vulnérabilité {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>Ajouter une vulnérabilité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>Ce qui nous protège&#xa0;: pratiques, personnes, compétences.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>Comment nous la maintenons</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>Capacité {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>Ajouter une capacité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>Qui nous sommes peut changer les risques, pour les personnes que nous rencontrons et pour nous. Ces questions sont facultatives&#xa0;; répondez à celles qui comptent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>Afficher les questions</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>Questions sur le genre et l’intersectionnalité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>Masquer les questions</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>Un autre moyen d’atteindre le même objectif avec moins de risques</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>Notre réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>Solutions plus sûres envisagées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>Avant, mesure {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>Pendant, mesure {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>Après, mesure {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>Mesure {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>Ajouter une mesure avant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>Ajouter une mesure pendant</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>Ajouter une mesure après</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>Organisations, personnes ou réseaux qui peuvent aider à nous protéger</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>Aucune révision prévue</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>P&amp;rochaine révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>Pas encore revue.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>Révision à faire depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>Révision à faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>Prochaine révision&#xa0;: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>Une évaluation des risques que vous rédigiez n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe en a gardé la version du {time}. Restaurez-la pour continuer à écrire, ou abandonnez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>Partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Évaluations des risques</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>Partager l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>Envoyer à l’équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>Envoyer l’évaluation à l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>Versions antérieures de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>Recevoir un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Paquet enregistré avec l’évaluation et %n incident lié&#xa0;: chiffré pour vous et pour les collègues de votre choix.</numerusform>
            <numerusform>Paquet enregistré avec l’évaluation et %n incidents liés&#xa0;: chiffré pour vous et pour les collègues de votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>Paquet enregistré&#xa0;: chiffré pour vous et pour les collègues de votre choix.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>Partagé avec les collègues de votre choix.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>Chaque modèle est un point de départ rédigé à partir de la pratique de terrain. Tout peut y être modifié&#xa0;; c’est à vous de juger de la probabilité et de la gravité de chaque menace.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>Partir de ce modèle</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>L’activité&#xa0;: {activity}

Son objectif&#xa0;: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>Rencontrer une personne en situation d’exploitation dans un lieu public</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>À deux, nous rencontrons une personne qui vit une situation d’exploitation, à une heure convenue, dans un café, un parc ou un autre lieu public.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>La personne reçoit des informations et du soutien selon ses propres conditions, et tout le monde repart de la rencontre en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>Une personne qui l’exploite, un client ou quelqu’un envoyé par eux observe, interrompt ou suit la rencontre.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>Violences physiques contre la personne ou contre nous&#xa0;; la personne est punie pour avoir rencontré l’équipe&#xa0;; l’équipe est suivie ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>Des questions difficiles, ou qui réveillent des souvenirs douloureux, surgissent pendant la conversation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>Stress et atteintes psychologiques, pour la personne et pour les collègues qui ont leur propre expérience de l’exploitation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>Quelqu’un profite de la rencontre ou de ce que nous partageons, sciemment ou non.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>Nos coordonnées, nos projets ou les paroles de la personne parviennent à des gens qui en feraient mauvais usage.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>La personne est en retard ou ne vient pas, ou quelqu’un d’inattendu vient à sa place.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>Attendre dans un lieu que d’autres connaissent&#xa0;; se laisser entraîner dans une rencontre non prévue.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>Certaines personnes de l’équipe vivent avec un traumatisme, que certaines situations peuvent raviver.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>Convenir à l’avance de la façon dont chaque personne peut faire une pause ou partir, et avec qui chacune fait son débriefing.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>Le lieu est choisi dans la précipitation, ou la personne ne peut pas le choisir librement.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>Choisir ensemble un lieu que nous connaissons bien, et convenir d’un lieu de repli.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>Il est difficile de poser des limites sur le moment.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>S’entraîner à quelques phrases calmes qui mettent fin à une conversation ou la réorientent.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>Nous connaissons des façons de travailler qui tiennent compte des traumatismes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>Renouveler la formation chaque année et transmettre ce que nous apprenons.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>Nous travaillons en binôme et veillons à la sécurité de chaque personne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>Convenir des rôles avant chaque rencontre&#xa0;: une personne parle, l’autre observe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>Nous avons accès à un soutien en santé mentale.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>Tenir ces contacts à jour et faciles à trouver.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>Si nos genres changent la façon dont les autres personnes présentes réagissent à la rencontre.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>Une personne dont la situation administrative est précaire peut craindre la police ou des agents publics à proximité&#xa0;: choisissez le lieu en en tenant compte.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>Consulter les incidents et observations antérieurs pour des situations semblables.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>nous deux</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>Choisir un lieu de rencontre et un lieu de repli que nous connaissons bien.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>Prévoir ce que nous faisons si quelqu’un est en retard, ne vient pas, ou si une personne inattendue arrive.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>Convenir d’un signal d’alerte discret et d’une heure pour nous donner des nouvelles.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>S’asseoir là où nous voyons les alentours, dos au mur, avec une sortie à proximité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>chaque personne du binôme</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>Indiquer comment nous joindre d’une façon qui ne demande rien d’écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>la personne qui parle</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>Rester un moment et vérifier que personne ne nous suit.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>Transférer les notes dans FieldSafe, puis détruire le papier et les photos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>la personne qui a pris des notes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>Faire le débriefing ensemble, avec notre responsable sécurité, ou individuellement.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>Organisations partenaires proposant un hébergement, des soins ou des conseils juridiques&#xa0;; notre responsable sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>Se retrouver dans les locaux d’une organisation partenaire&#xa0;; parler d’abord par téléphone&#xa0;; se retrouver là où la personne se rend déjà en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>notre responsable sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>la personne qui observe</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>Noter comme incident, le jour même, tout ce qui a semblé menaçant.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>la personne qui écrit</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>la personne qui prend la parole et la personne qui l’accompagne</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>la personne qui accompagne</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>la personne qui prend la parole</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>L’âge change-t-il les menaces, ou la façon dont les gens réagissent à notre présence&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>Le genre change-t-il les menaces, pour les personnes que nous rencontrons ou pour nous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>L’origine ethnique ou la langue changent-elles la façon dont on nous perçoit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>La religion ou les convictions jouent-elles un rôle ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>Un handicap, physique ou psychique, change-t-il ce qui est sûr&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>L’orientation sexuelle entraîne-t-elle d’autres menaces ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>La situation migratoire, ou le fait de ne pas avoir de papiers, change-t-elle les risques&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>Autre chose dans qui nous sommes qui change le risque&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>Travail de terrain en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>Entrer en contact avec des personnes via des annonces, les réseaux sociaux ou des messageries.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>Les personnes en situation d’exploitation peuvent nous joindre en ligne, en privé et en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>Le compte auquel nous écrivons est tenu par quelqu’un qui exploite la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>Nos messages sont lus par la mauvaise personne&#xa0;; la personne est punie&#xa0;; on nous attire dans un piège.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>Nos comptes ou nos appareils sont surveillés, piratés ou signalés.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>Les contacts et les conversations sont découverts&#xa0;; des comptes sont fermés.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>Harcèlement ou menaces reçus en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>Stress et peur&#xa0;; nos informations personnelles exposées.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>Comptes professionnels liés à des comptes ou à des numéros de téléphone personnels.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>Utiliser des comptes professionnels séparés, et un appareil séparé si possible.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>Conversations conservées sur des téléphones non protégés.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>Ne garder que le nécessaire, dans FieldSafe, et supprimer le reste.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>Travailler en ligne sans personne à ses côtés, tard le soir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>Convenir d’horaires de travail, et d’un ou d’une collègue avec qui faire le débriefing.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>Nous savons reconnaître les réponses écrites d’après un script ou sous contrainte.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>Partager des exemples dans l’équipe, sans noms.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>Nous avons une routine de sécurité numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>La revoir avec notre responsable sécurité, à quelques mois d’intervalle.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>Certains comptes peuvent appartenir à des enfants&#xa0;: connaître les démarches à suivre dans ce cas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>Menaces supplémentaires pour les personnes contactées sur des applications utilisées par les minorités sexuelles.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>Si le harcèlement en ligne vise certaines personnes de l’équipe plus que d’autres.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>Préparer des comptes professionnels séparés et un appareil aux logiciels à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>Convenir de ce que nous disons en premier, et de ce que nous n’écrivons jamais.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>Ne partager aucun lieu ni aucune information personnelle dans les messages.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>Mettre fin à une conversation qui semble suivre un script ou qui paraît menaçante.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>Supprimer ce qui n’est plus nécessaire&#xa0;; noter toute menace comme incident.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>Une personne qui nous forme à la sécurité numérique&#xa0;; les canaux de signalement des plateformes&#xa0;; les lignes d’écoute partenaires.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>Orienter les personnes vers une ligne d’écoute partenaire&#xa0;; partager des informations qui n’appellent pas de réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>Prise de parole publique ou travail avec les médias</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>Prendre la parole lors d’événements, avec des journalistes ou dans le plaidoyer, surtout quand une personne survivante raconte une partie de sa propre histoire.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>Faire évoluer les politiques et l’opinion publique sans exposer les personnes qui prennent la parole ni celles que nous accompagnons.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>Une personne qui prend la parole est reconnue par les personnes qui l’ont exploitée, ou par des gens de son passé.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>Menaces, harcèlement ou violences contre la personne qui a pris la parole ou contre sa famille.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>Questions intrusives ou difficiles du public ou de journalistes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>De vieilles blessures rouvertes&#xa0;; des détails partagés que la personne ne voulait pas partager.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>Des opposants ciblent l’organisation une fois qu’elle est plus visible.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>Attaques en ligne, pressions juridiques, atteinte à la réputation de l’organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>Des paroles ou des images sont utilisées hors contexte.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>L’histoire est déformée, et la personne qui l’a racontée en perd le contrôle.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>Les personnes qui prennent la parole se sentent poussées à en dire plus qu’elles ne le souhaitent.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>Convenir à l’avance avec la personne de ce qui n’est jamais partagé, et s’y tenir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>Des photos et des enregistrements que nous ne contrôlons pas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>Se renseigner auprès de l’organisation de l’événement sur les photos et les enregistrements avant d’accepter.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>Pas de temps prévu pour se reposer ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>Prévoir un débriefing et un moment de calme après chaque intervention.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>La personne qui prend la parole décide de ce qu’elle partage et peut s’arrêter à tout moment.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>S’entraîner à refuser une question.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>Nous connaissons des journalistes et des organisations d’événements en qui nous avons confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>En tenir une courte liste et la partager dans l’équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>Si les personnes de certains genres qui prennent la parole subissent plus d’abus en ligne après leur intervention.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>Si les personnes issues de communautés minoritaires qui prennent la parole sont plus exposées à l’hostilité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>Une apparition publique peut avoir des effets sur une demande de titre de séjour&#xa0;: vérifier avant d’accepter.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>Les jeunes qui prennent la parole peuvent avoir besoin d’une meilleure protection contre l’identification.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>Convenir avec la personne de ce qui sera partagé et de ce qui ne le sera pas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>Savoir qui organise, qui participe et comment ce sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>Une personne d’accompagnement reste à proximité et peut intervenir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>Refuser les questions qui vont trop loin&#xa0;; la personne peut arrêter à tout moment.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>Faire un débriefing, et prendre du temps pour se reposer.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>Surveiller les réactions en ligne et noter les menaces comme incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>Des journalistes et des organisations d’événements en qui nous avons confiance&#xa0;; un conseil juridique&#xa0;; notre responsable sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>Une déclaration écrite lue par quelqu’un d’autre&#xa0;; parler sous un autre nom, ou avec la voix et le visage modifiés&#xa0;; parler au nom de l’organisation plutôt qu’en son nom propre.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>Travail de rue</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>Tournées dans la rue ou dans un quartier de prostitution, pour aller à la rencontre de personnes qui vivent peut-être une situation d’exploitation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>Les personnes en situation d’exploitation savent où trouver du soutien et comment y accéder, et parler avec nous ne met personne en danger.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>Agressions physiques par des exploiteurs, des proxénètes, des clients, des opposants ou d’autres personnes du secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>Blessures pour nous ou pour les personnes que nous abordons.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>Surveillance, photos ou filature après la tournée.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>Nos visages, nos trajets ou nos locaux deviennent connus de personnes opposées à notre travail.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>Harcèlement verbal ou intimidation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>Peur et stress dans l’équipe&#xa0;; les gens évitent de nous parler.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>Les personnes que nous abordons sont punies pour avoir été vues avec nous.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>Du tort causé aux personnes mêmes que nous voulons soutenir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>Pendant des heures, nous sommes au contact de personnes et de situations qui peuvent nous nuire.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>Faire des tournées courtes, se relayer et prévoir des pauses.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>Y aller sans accompagnement, ou avec une personne qui ne connaît pas encore le secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>Toujours y aller en binôme, avec au moins une personne qui connaît le secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>Avoir sur soi des papiers portant des noms ou des notes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>N’emporter que le nécessaire, et le noter ensuite dans FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>Nous connaissons le secteur et ses rythmes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>Partager ce que nous avons remarqué après chaque tournée, pour que toute l’équipe apprenne.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>D’autres organisations travaillent dans le même secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>Rester en contact avec elles au sujet des changements et des incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>Si les collègues femmes, hommes et trans rencontrent ici des réactions différentes de la part des clients ou des exploiteurs.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>Les jeunes du secteur font parfois l’objet d’une surveillance plus étroite&#xa0;: les aborder avec une attention particulière.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>Si le regard porté sur les collègues qui partagent une langue ou une origine avec les personnes d’ici est différent, en bien ou en mal.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>Décider du trajet, de l’horaire et de qui y va.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>Convenir d’un signal pour partir et d’un lieu où se retrouver.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>Garder un œil sur qui est autour et qui peut nous entendre.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>Quand l’un ou l’une de nous donne le signal, nous partons ensemble, sans en discuter.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>Autres équipes de terrain dans le secteur&#xa0;; services de santé&#xa0;; membres de la communauté en qui nous avons confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>Sortir avec un service de santé&#xa0;; des tournées moins nombreuses et plus courtes&#xa0;; laisser des informations là où les gens peuvent les prendre sans être vus.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>Intervention en appartements ou en maisons closes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>Visites dans des appartements, des maisons closes ou d’autres lieux fermés où des personnes vivent peut-être une situation d’exploitation.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>Atteindre les personnes qui ne peuvent pas sortir, et leur laisser des informations en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>Une personne qui contrôle le lieu est présente et réagit avec hostilité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>Violences physiques&#xa0;; impossibilité de repartir&#xa0;; les personnes à l’intérieur sont punies.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>Nous ne voyons pas qui d’autre est à l’intérieur, ni comment sortir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>Se faire coincer ou enfermer.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>La visite est perçue comme une menace pour leur activité.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>Des menaces contre l’équipe ou l’organisation par la suite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>Une descente de police ou une inspection pendant la visite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>L’équipe, ou les personnes à l’intérieur, se retrouvent avec des ennuis juridiques.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>Espaces fermés avec une seule entrée, qui sert aussi de sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>Convenir avant d’entrer de qui reste près de la porte, et du moment où nous partons.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>Personne à l’extérieur ne sait où nous sommes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>Un ou une collègue à l’extérieur sait où nous nous trouvons et quand nous donnerons des nouvelles.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>Il est difficile de mettre fin poliment à une visite quand quelqu’un insiste pour que nous restions.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>Convenir d’une raison de partir avant d’entrer.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>Certaines personnes à l’intérieur nous connaissent et nous font confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>Venir régulièrement, à des moments qui leur conviennent et que d’autres peuvent difficilement prévoir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>Nous avons sur nous un téléphone avec un contact d’urgence prêt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>Vérifier la batterie et le crédit avant chaque visite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>Si la visite d’un homme ou d’une femme change le risque dans ce lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>Les personnes à l’intérieur peuvent craindre quiconque a l’air officiel&#xa0;: dire simplement qui nous sommes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>Si quelqu’un parmi nous a besoin d’une sortie plus facile.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>Apprendre ce que nous pouvons sur le lieu grâce aux visites précédentes et aux partenaires.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>Dire à un ou une collègue où nous allons et quand nous donnerons des nouvelles.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>L’un ou l’une de nous reste près de la porte et fait le guet.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>Faire une visite courte, et partir si quelque chose ne va pas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>Donner des nouvelles à la personne restée à l’extérieur, comme convenu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>Services de santé de proximité&#xa0;; conseils juridiques&#xa0;; un ou une collègue joignable pendant la visite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>Laisser des informations par l’intermédiaire des services de santé qui passent sur place&#xa0;; rencontrer les personnes à l’extérieur, au moment de leur choix.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>Physique</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>Surveillance ou filature</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>Juridique ou administratif</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>Quelqu’un a poussé, retenu, frappé ou blessé quelqu’un.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>Menaces, insultes ou cris.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>Quelqu’un a observé, photographié ou suivi l’équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>Messages, comptes, photos ou données en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>Contrôles de police, amendes, papiers confisqués, plaintes.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>Tout ce qui ne correspond pas aux catégories ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>Une personne qui exploite, ou quelqu’un à son service</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>Un client</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>Une autre autorité</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>Quelqu’un de la communauté</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>Un compte en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>Quelqu’un que nous ne connaissons pas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>Mesures revues</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>Très improbable</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>Très probable</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>Très léger</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>Léger</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>Très grave</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>Orientation sexuelle</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>Situation migratoire</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>Oui, avec les mesures ci-dessous</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>Non&#xa0;: nous cherchons un moyen plus sûr</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>Après un incident</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>Avant une activité</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>Une autre raison</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>Nuit</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>FieldSafe est déjà ouvert sur ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>Sa fenêtre devrait maintenant passer au premier plan. Une seule fenêtre à la fois peut afficher un coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>Passez à sa fenêtre pour continuer. Une seule fenêtre à la fois peut afficher un coffre-fort.</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Cochez chaque collègue qui pourra ouvrir le paquet, ou une équipe entière&#xa0;: chacune de ces personnes pourra l’ouvrir, vous aussi, et personne d’autre. La liste ne montre que les collègues dont vous avez comparé le numéro de sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>Toute l’équipe&#xa0;: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>Coche toutes les personnes de l’équipe&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>Le dossier d’équipe parvient jusqu’à cette personne.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>Le dossier d’équipe ne parvient pas jusqu’à cette personne&#xa0;: fichier uniquement.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>Comment cela lui parvient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>Le déposer dans le &amp;dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>Le déposer dans le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>L’outil de synchronisation le transporte, chiffré, jusqu’à chaque personne&#xa0;; son FieldSafe le prend en compte quand il lit le dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>Enregistrer un &amp;fichier à transmettre vous-même</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>Enregistrer un fichier à transmettre vous-même</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>Le dossier de {teams} est introuvable pour l’instant&#xa0;: le disque est-il branché, ou le dossier a-t-il été déplacé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>Le dossier d’équipe ne parvient pas jusqu’à {names}&#xa0;: rien ne leur arriverait par ce moyen. FieldSafe propose ensuite un fichier pour ces personnes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n mise à jour d’incident</numerusform>
            <numerusform>%n mises à jour d’incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n mise à jour de plan</numerusform>
            <numerusform>%n mises à jour de plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n mise à jour d’évaluation des risques</numerusform>
            <numerusform>%n mises à jour d’évaluations des risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n évaluation des risques</numerusform>
            <numerusform>%n évaluations des risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n mise à jour de fiche</numerusform>
            <numerusform>%n mises à jour de fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n mise à jour d’élément</numerusform>
            <numerusform>%n mises à jour d’éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{what} de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>%n autre élément</numerusform>
            <numerusform>%n autres éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>Arrivé depuis le dossier d’équipe&#xa0;: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>Depuis le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>Examiner les mises à jour qui attendent votre choix</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>Détails des paquets mis de côté</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>Ignorer l’avis du dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>Le dossier de l’équipe {team} est introuvable pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>Les dossiers de ces équipes sont introuvables pour l’instant&#xa0;: {teams}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>Importé après votre choix&#xa0;: %n élément.</numerusform>
            <numerusform>Importés après votre choix&#xa0;: %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n paquet mis de côté et non importé.</numerusform>
            <numerusform>%n paquets mis de côté et non importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n mise à jour attend votre choix.</numerusform>
            <numerusform>%n mises à jour attendent votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="36"/>
        <source>{team}, {time}: {reason}</source>
        <translation>{team}, {time}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="48"/>
        <location filename="../../ui/teams/arrivals_details.py" line="66"/>
        <source>Bundles set aside</source>
        <translation>Paquets mis de côté</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>Rien de ces paquets n’a été importé. Ils ont été déplacés, toujours chiffrés, dans le dossier «&#xa0;rejected&#xa0;» (refusés), à l’intérieur du dossier d’équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>Dépôt dans le dossier d’équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>Non envoyé à {names} par le dossier de {teams}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>Non envoyé à {names}&#xa0;: numéro de sécurité non vérifié actuellement. Comparez à nouveau les numéros de sécurité dans Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>Non envoyé à {names}&#xa0;: aucune équipe commune avec un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>Déposé dans le dossier d’équipe pour {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>Rien n’a été déposé dans le dossier d’équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>Leur FieldSafe le prend en compte à la prochaine lecture du dossier&#xa0;; d’ici là, l’outil de synchronisation le transporte, chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>Vous pouvez plutôt enregistrer un fichier pour les autres personnes et le transmettre comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>Vous pouvez plutôt enregistrer un fichier et le transmettre comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>Enregistrer un fichier pour ces personnes…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>Enregistrer un fichier pour les personnes non atteintes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>Renvoyer l’incident</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>Ouvre le choix du partage&#xa0;: le dossier d’équipe, ou un fichier à transmettre.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>L’incident est enregistré et a été déposé dans le dossier d’équipe pour {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>L’incident est enregistré. Il n’a pas été envoyé à la personne responsable sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>L’incident est enregistré. L’envoi à la personne responsable sécurité a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>«&#xa0;Renvoyer…&#xa0;» le partage de la manière habituelle&#xa0;: par le dossier d’équipe, ou sous forme de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>L’incident est enregistré et partagé.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>Collègues ou équipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>Pas encore de dossier d’équipe. Rien n’est envoyé ni reçu par cette équipe tant que vous n’en avez pas choisi un.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>Dossier d’équipe&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>Le dossier d’équipe est introuvable pour l’instant&#xa0;: {folder}. Le disque est-il branché, ou le dossier a-t-il été déplacé&#xa0;? Rien n’est perdu&#xa0;; s’il a été déplacé, choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>clé modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>responsable sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>La clé de {name} a changé. Rien ne lui est envoyé ni n’est reçu de sa part tant que vous n’avez pas comparé à nouveau le numéro de sécurité, dans l’onglet Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>Le numéro de sécurité de {name} n’est pas vérifié pour l’instant. Rien ne lui est envoyé ni n’est reçu de sa part tant que vous n’avez pas comparé le numéro de sécurité, dans l’onglet Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>Impossible d’ajouter {name}&#xa0;: sa clé a changé. Comparez d’abord à nouveau les numéros de sécurité, ensemble et en personne, dans l’onglet Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>Impossible d’ajouter {name} pour l’instant&#xa0;: comparez d’abord les numéros de sécurité, ensemble et en personne, dans l’onglet Collègues.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>Une autre équipe porte déjà ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>Saisissez un nom pour l’équipe (80 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>Seules les personnes dont le numéro de sécurité est vérifié peuvent faire partie d’une équipe&#xa0;: comparez d’abord les numéros de sécurité.</translation>
    </message>
</context>
</TS>
