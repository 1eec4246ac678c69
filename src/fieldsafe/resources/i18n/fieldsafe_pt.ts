<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>Abrindo o anexo…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>Pré-visualização do anexo</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar à janela (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>Próxima página (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>Os arquivos PDF são mantidos como estavam, incluindo quaisquer detalhes guardados dentro deles.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>Os dados de localização e da câmera foram removidos.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>Esta foto foi mantida como estava, incluindo quaisquer detalhes de localização ou da câmera guardados nela.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>Não é possível mostrar este arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
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
        <translation>A nova frase-senha passa a valer imediatamente, e a antiga deixa de funcionar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>Você abriu o FieldSafe com seu código de recuperação. Se não souber mais sua frase-senha, pode escolher uma nova agora; a antiga deixa de funcionar. Digite mais uma vez o código de recuperação que está no seu papel para confirmar que é você.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>Código de r&amp;ecuperação:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase-senha at&amp;ual:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase-senha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>C&amp;onfirmar a nova frase-senha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>Confirmar a nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>Também c&amp;riptografar o cofre de novo, com uma nova chave (recomendado). As cópias do arquivo de chave antigo deixam de funcionar, e você recebe um novo código de recuperação para anotar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>Também criptografar o cofre de novo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Trocar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>Trocar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>A&amp;gora não</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>Seu novo código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>Novo código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>O cofre agora tem uma nova chave. Anote este novo código em papel agora e guarde-o longe deste computador; depois, destrua o antigo: ele não abre mais o cofre. Os backups feitos antes continuam abrindo com a frase-senha e o código de recuperação que valiam quando foram feitos.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>&amp;Já anotei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>Já anotei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>Trocando a frase-senha…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>Registros de bem-estar por semana</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>Média do bem-estar por semana (0 = muito difícil, 10 = muito bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>Reflexões / encontros</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>Ainda não há registros de bem-estar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>{debriefed} de %Ln encontro com reflexão</numerusform>
            <numerusform>{debriefed} de %Ln encontros com reflexão</numerusform>
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
            <numerusform>%Ln semana, de {first} a {last}</numerusform>
            <numerusform>%Ln semanas, de {first} a {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln registro de bem-estar</numerusform>
            <numerusform>%Ln registros de bem-estar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>nenhum registro de bem-estar na semana mais recente</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>a média da semana mais recente é {average}</translation>
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
        <translation>Semana de {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>Nenhum registro de bem-estar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln registro de bem-estar, média {average}</numerusform>
            <numerusform>%Ln registros de bem-estar, média {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>Caderno de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>Um código de pessoa permite reconhecer a mesma pessoa em vários registros sem escrever o nome dela. As palavras de atenção (um nome, um apelido) ficam aqui: o FieldSafe avisa se elas aparecerem em um registro, para que você possa usar o código no lugar delas.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>ex.: A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>Palavras de atenção</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>Nomes ou apelidos, separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>Só o que ajuda você a reconhecer a pessoa. Guardada apenas neste cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;Novo código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>&amp;Salvar código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>Salvar código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>&amp;Excluir código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>Excluir código</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>&amp;Palavras de atenção:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>N&amp;ota privada:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>Feche de novo para descartar esta edição.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>Digite um código primeiro.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>Excluir este código do caderno de códigos?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>Os registros que usam o código continuam com ele; só a entrada e a nota dela são excluídas.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>Para compartilhar planos sem internet, entregue seu cartão (o código ou o arquivo) a cada colega e importe o cartão de cada colega. Depois, comparem o número de segurança pessoalmente, frente a frente: ele precisa ser igual nas duas telas.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>Seu cartão mostra este nome: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>Esse é o nome que todo cartão novo recebe, então colegas não conseguem distinguir você de outras pessoas. Escolha seu nome ou um apelido em Preferências; cada colega também pode dar a você um nome no próprio FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>Meu cartão como código</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>Salvar meu cartão como arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>Salvar meu cartão como arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>Importar um arquivo de cartão…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>Importar um arquivo de cartão</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>Ou cole um cartão aqui</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>Adicionar o cartão colado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>Nome exibido para esta pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>Exibir &amp;como:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>Salvar nome</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>Salvar o nome exibido para esta pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>Só você vê este nome: ele identifica esta pessoa em todo o FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>Os números são iguais: confirmar a verificação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>Confirmar a verificação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>Remover esta pessoa dos colegas…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>Remover colega</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>Meu cartão</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>Cartão de colega</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>verificação feita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>a chave mudou: comparem de novo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>ainda sem verificação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>Verificação feita. Os planos podem ser compartilhados com esta pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>A chave desta pessoa mudou. Nada é compartilhado nem recebido até que vocês comparem o número de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>Ainda sem verificação. Comparem o número pessoalmente, frente a frente.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>“{name}” já é exibido para outra pessoa, ou se parece com um nome que já é. Escolha um nome que não possa ser confundido com ele.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>Digite um nome ou um apelido para esta pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>Esta pessoa agora aparece como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>Salvar meu cartão</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>Cartões do FieldSafe (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>Cartão salvo. Ele contém apenas chaves públicas.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>Importar um cartão</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>Cartões do FieldSafe (*.fieldsafe-card);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>Cartão adicionado. Agora comparem o número de segurança pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>Remover {name} da sua lista de colegas?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>O cartão dessa pessoa é excluído do cofre. Os planos que ela já enviou ficam até você excluí-los. Os pacotes vindos dela são recusados até você adicionar o cartão dela e comparar o número de segurança de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>Pessoa removida da lista de colegas.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>Confira seu código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>Grupo do código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Abrir meu cofre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>Para ter certeza de que ele foi anotado corretamente, digite o grupo {number} do código, como está no seu papel (os grupos são separados por traços). Você pode voltar para ver o código de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>&amp;Grupo {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>Está igual. Guarde o papel em um lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>Ainda não está igual. Compare com o código, por favor.</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>Depois de qual encontro</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>Como me sinto, de 0 (muito difícil) a 10 (muito bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>Sem registro de bem-estar desta vez</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>Em poucas palavras</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>Em poucas palavras, se quiser</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>Minhas anotações</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>Qualquer outra coisa, tão longa ou tão curta quanto você quiser.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>Conversei com alguém sobre isso</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>Salvar entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>Excluir entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>Depois de:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>Como me sinto:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>Minhas anotações:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>Entrada do diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Recuperado do rascunho. Salve para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>Nenhum encontro em especial</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>Salvo no seu diário.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>Excluir esta entrada do diário?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Ela será removida do cofre para sempre.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n arquivo agora está no cofre. Excluir o original?</numerusform>
            <numerusform>%n arquivos agora estão no cofre. Excluir os originais?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>Uma pasta da equipe é uma pasta que um programa de sincronização, como o Syncthing, leva entre os dispositivos da sua equipe. O FieldSafe grava ali apenas pacotes criptografados e cartões públicos; o programa de sincronização nunca vê nomes nem o que os registros dizem.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>Nome de uma nova equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>&amp;Nova equipe:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>Criar a equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>Nome desta equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>Salvar nome</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>Salvar o nome da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>Escolher a pasta da equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>Escolher a pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>Nenhuma pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>Parar de usar uma pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>Só podem entrar colegas com verificação feita. A pessoa responsável pela segurança recebe o que é enviado para esse papel, como um novo incidente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>Membros desta equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>Responsável pela segurança</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>O membro escolhido é responsável pela segurança</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>Remover da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>Remover da equipe o membro escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>Colegas fora desta equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>Adicionar à equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>Adicionar à equipe a pessoa escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>Deixe seu cartão na pasta para que a equipe possa encontrá-lo. Os cartões que estão ali são cópias e nunca são considerados confiáveis até que o número de segurança seja comparado pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>Deixar meu cartão na pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>Cartões na pasta da equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>Cartões na pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>Excluir esta equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>Excluir esta equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>Pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>Adicionar colega</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>Ainda não há registros de abordagem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>Depois de um encontro, anote o que aconteceu, o que foi combinado e o que precisa de acompanhamento. Use códigos de pessoa, não nomes. Pressione {shortcut} para começar um registro a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>Escrever o primeiro registro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>Ainda não há planos de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>Antes de um encontro em dupla, façam o plano em conjunto: onde e quando, o sinal que quer dizer “saia agora” e quem confirma para quem, depois, que está tudo bem. Um plano pode ir no seu bolso, como um cartão, ou para quem vai com você.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>Planejar um encontro</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>Filtrar por tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>Qualquer tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>Filtrar por código de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>Código de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>Desde qualquer data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>Até qualquer data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>Acompanhamento pendente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>Só registros com acompanhamento pendente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
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
        <translation>Cartões na pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>Cartões deixados na pasta da equipe “{team}” que você ainda não tem.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>Qualquer pessoa que possa gravar na pasta pode ter deixado um cartão aqui. Um cartão adicionado daqui nunca é considerado confiável: nada é compartilhado com essa pessoa, nem recebido dela, até que vocês comparem o número de segurança pessoalmente, frente a frente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>Adicionar como colega (sem verificação)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>Adicionar este cartão como colega, sem verificação</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>Não há mais cartões para adicionar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>O nome neste cartão se parece com {name}, um nome que você já tem. Adicioná-lo pode bloquear essa pessoa até que vocês comparem o número de segurança de novo. Só o adicione se essa pessoa disse a você, pessoalmente, que o cartão dela mudou.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>Depois de adicioná-lo, compare o número de segurança com {name} pessoalmente, na aba Colegas. Só então essa pessoa poderá entrar em uma equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>Cartão adicionado como {name}, sem verificação. Comparem o número de segurança pessoalmente, frente a frente, na aba Colegas.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>Adicionar acompanhamento</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>O quê, e quem faz</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>Acompanhamento {n} feito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>Acompanhamento {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>Prazo do acompanhamento {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>Remover acompanhamento {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Cada vez que este registro foi salvo, o que ele dizia antes foi guardado. Escolha uma versão anterior para vê-la ao lado da atual; os campos diferentes são marcados como “alterado”.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>Não há versões anteriores: este registro não foi editado desde que foi salvo pela primeira vez.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>Versões anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;Versões salvas, da mais recente à mais antiga:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>Versão ant&amp;erior</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>Versão atual</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>Versão at&amp;ual</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>Excluir versões anteriores…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>Excluir versões anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>Versão at&amp;ual, salva em {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>Salva em {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>Excluir as versões anteriores deste registro?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>Só a versão atual é mantida. Faça isso quando uma versão anterior contiver algo que não deve ser guardado, como um nome que você substituiu por um código de pessoa. Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>As versões anteriores foram excluídas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n campo difere da versão atual.</numerusform>
            <numerusform>%n campos diferem da versão atual.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>Esta versão é igual à atual.</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>Pessoas envolvidas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>Mostrar todos os incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>Qualquer tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>Qualquer área</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>Incidentes por mês e tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>Incidentes por tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>Incidentes por pessoas envolvidas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>Incidentes por período do dia</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>Padrões</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>Não há incidentes para contar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>%n incidente contado. Um incidente que envolveu vários tipos de pessoas conta uma vez em cada tipo.</numerusform>
            <numerusform>%n incidentes contados. Um incidente que envolveu vários tipos de pessoas conta uma vez em cada tipo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} a {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>Incidentes em uma linha do tempo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>Tipo não informado</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>Medidas revisadas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>Não há incidentes para mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
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
            <numerusform>%n incidente de {first} a {last}</numerusform>
            <numerusform>%n incidentes de {first} a {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n aberto</numerusform>
            <numerusform>%n abertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>mostrando {zoom}, {window}: %n incidente</numerusform>
            <numerusform>mostrando {zoom}, {window}: %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>por tipo: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>escolhido: {incident}</translation>
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
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>Ameaças e incidentes ao longo do tempo, e os padrões que há neles: onde, de que tipo, quais pessoas estavam envolvidas, em que período do dia.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>Algo aconteceu…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>Registrar um incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>Salvar resumo para a organização…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>Salvar resumo para a organização</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>Na linha do tempo: as setas passam de um incidente a outro, + e - mudam o zoom, Page Up e Page Down avançam ou voltam no tempo, Enter abre.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>Padrões</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>Linha do tempo e padrões</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>Compartilhar…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>Compartilhar os incidentes escolhidos</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>Um só pacote para colegas que você escolher. Shift ou Ctrl permite escolher mais de um.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>Versões anteriores…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>Versões anteriores do incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>Excluir os incidentes escolhidos</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>Receber um pacote…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>Receber um pacote</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>Mostrando: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>Ainda não há incidentes registrados. Quando algo acontecer, registre aqui, ou com Ctrl+I de qualquer lugar: todas as perguntas podem ser puladas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>%n dos incidentes corresponde aos filtros.</numerusform>
            <numerusform>%n dos incidentes correspondem aos filtros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>Nenhum incidente corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Pacote salvo com %n incidente: criptografado para as pessoas que você escolheu e para você.</numerusform>
            <numerusform>Pacote salvo com %n incidentes: criptografado para as pessoas que você escolheu e para você.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>%n incidente excluído.</numerusform>
            <numerusform>%n incidentes excluídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>Configurações do diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>Mostrar as sugestões nas novas entradas</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>Sugestões, uma por linha</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>Pedir minha frase-senha antes de abrir o diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>Avisar com delicadeza quando vários registros de bem-estar recentes forem difíceis</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>Sugestões (uma por linha; escreva as suas, se quiser):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Seu diário está bloqueado. Digite sua frase-senha para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>Abrir meu diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>Entradas do diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>Seu diário está vazio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>Este espaço é seu: algumas palavras depois de um dia difícil, ou só um registro de bem-estar. Nada aqui é compartilhado, incluído em buscas ou exportado, a menos que você escolha isso, a cada vez.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>Escrever a primeira entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>Nova entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>Nova entrada do diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>Meu apoio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>Configurações do diário…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>Configurações do diário</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>Vários dos seus registros de bem-estar recentes mostram que as coisas estão difíceis. Isso acontece neste trabalho. Sua lista de apoio, ou um pouco de descanso, pode ajudar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>Abrir minha lista de apoio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>Ocultar isto</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>Essa frase-senha não abriu seu diário. Seu cofre continua aberto.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>Bem-estar: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>O mesmo deste computador</translation>
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
        <translation>O FieldSafe está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>Seus registros estão criptografados. Digite sua frase-senha para abri-los.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>Esqueceu? Você pode digitar seu código de recuperação aqui, no lugar dela.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>Digite sua frase-senha ou seu código de recuperação, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>Anexar fotos ou PDFs…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>Ver anexo</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>Remover das fotos os detalhes de localização e da câmera</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>Criptografando os anexos…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>Remover este anexo?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Ele será removido do cofre para sempre.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>O anexo foi removido.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>Poucas palavras; use códigos de pessoa, não nomes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>Duração (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>Não registrada</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>Um bairro ou uma parte da cidade, nunca um endereço exato</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>Quem participou</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>Eu e colegas, com vírgulas entre os nomes</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>Códigos de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>Códigos, não nomes, ex.: A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>Caderno de códigos…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>Caderno de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>O que aconteceu, o que foi combinado, o que precisa de acompanhamento. Códigos em vez de nomes.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>Necessidades expressas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>Informações e encaminhamentos dados</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>Observações de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>Alguém estava observando ou seguindo? Alguma ameaça?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>Registrar como incidente…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>Registrar como incidente</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>Abrir o formulário de incidente com este registro e as observações de segurança dele (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>ex.: saúde, moradia</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>Há anotações em papel deste encontro</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>Já as destruí</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>Anotações em papel destruídas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>Sem data de revisão</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>Revisar até</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>Nesta data, a tela Hoje pergunta se este registro deve ser mantido ou excluído.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>Tipo de &amp;local:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>Quem participou:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>Códigos de &amp;pessoa:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>O que &amp;aconteceu:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>Registro de abordagem</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>&amp;Necessidades que a pessoa expressou:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>Informações e encaminha&amp;mentos dados:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>Acompan&amp;hamentos:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>Obse&amp;rvações de segurança:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>Anotações em papel:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>Anex&amp;os:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>Re&amp;visar até:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>Destruição ainda não confirmada.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>Destruição confirmada em {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>Afinal, não foram destruídas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>eu</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>Substituir por um código…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>Substituir por um código de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>Manter este texto</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>“{text}” parece um número de telefone.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>“{text}” parece um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>“{text}” é um nome que você listou para {code} no caderno de códigos.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>Se este computador for perdido, um código de pessoa deixa a pessoa mais protegida.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>Substituir por {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>Ainda não há códigos: adicione um no caderno de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>Versões anteriores…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>Versões anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>Alterar este registro salvo (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Recuperado do rascunho. Salve para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>Salvo. Use Editar para alterar.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>Preenchido a partir do plano de encontro.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>Excluir este registro de abordagem?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>Ele será removido do cofre para sempre, com as versões anteriores e os anexos. Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>O registro foi excluído.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>%n arquivo adicionado ao cofre.</numerusform>
            <numerusform>%n arquivos adicionados ao cofre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n arquivo não foi adicionado:</numerusform>
            <numerusform>%n arquivos não foram adicionados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>%n original excluído.</numerusform>
            <numerusform>%n originais excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>%n deles só pôde ser excluído, sem ser sobrescrito antes.</numerusform>
            <numerusform>%n deles só puderam ser excluídos, sem ser sobrescritos antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n original já não existia.</numerusform>
            <numerusform>%n originais já não existiam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n original não pôde ser excluído (o arquivo ou a pasta dele é somente leitura, ou é um link). Exclua-o de outra forma.</numerusform>
            <numerusform>%n originais não puderam ser excluídos (o arquivo ou a pasta dele é somente leitura, ou é um link). Exclua-os de outra forma.</numerusform>
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
            <numerusform>Melhores resultados entre o %n registro mais recente que corresponde. Adicione uma palavra para encontrar registros mais antigos.</numerusform>
            <numerusform>Melhores resultados entre os %n registros mais recentes que correspondem. Adicione uma palavra para encontrar registros mais antigos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>O registro foi salvo. Quer escrever algumas linhas só para você sobre como foi?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>Escrever agora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>Lembrar mais tarde</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>Desta vez não</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>Escolha primeiro um ou mais registros para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>Buscar em todos os registros</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>Registros de abordagem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>Incluir meu diário</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>Incluir meu diário nesta busca</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>Nenhum registro corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>Seu diário está bloqueado: abra-o primeiro para incluí-lo em uma busca.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>Os melhores resultados primeiro; outros aparecem conforme você rola a tela.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Nada encontrado. Tente menos palavras, ou palavras mais curtas.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>&amp;Novo registro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>Versões ant&amp;eriores…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar co&amp;mo PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;Caderno de códigos…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>Fazer bac&amp;kup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>Tro&amp;car a frase-senha…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>Esconder t&amp;udo agora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>S&amp;air</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>O que o FieldSafe &amp;protege</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>Apagar &amp;este cofre…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>&amp;Cofre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>So&amp;bre o FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>Novo registro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>Mostrar Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>&amp;Editar este registro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>Algo acontece&amp;u…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>Locali&amp;zar…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>Seção {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>Fechar a barra</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>Gravando o backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>Backup gravado. Guarde-o longe deste computador; ele abre com sua frase-senha ou seu código de recuperação.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>A frase-senha foi trocada.</translation>
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
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>Um lembrete para escrever sua reflexão está na tela Hoje.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>Não foi possível salvar sua edição (veja a mensagem abaixo dela). Feche de novo para descartá-la.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>Meu diário</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>Planos de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>Avaliações de risco</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n mês, de {first} a {last}</numerusform>
            <numerusform>%n meses, de {first} a {last}</numerusform>
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
        <translation>Seu nome para colegas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>Quando você compartilha planos de encontro, colegas veem este nome no seu cartão e acima da sua metade do número de segurança, para distinguir você de outras pessoas. Basta um primeiro nome ou um apelido pelo qual conhecem você.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>Seu nome ou apelido</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>Seu &amp;nome ou apelido:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>Seu cartão não é secreto: qualquer pessoa que o veja pode ler este nome. Você pode alterá-lo depois em Preferências.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Abrir meu cofre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>Colegas verão: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>Se você deixar isto em branco, colegas verão {name}, o nome que todo cartão novo tem, e não conseguirão distinguir você de outras pessoas até que cada colega dê um nome a você no próprio FieldSafe.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere ({count} até agora). Acrescentar mais uma palavra é o jeito mais fácil.</numerusform>
            <numerusform>Use pelo menos %n caracteres ({count} até agora). Acrescentar mais uma palavra é o jeito mais fácil.</numerusform>
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
        <translation>Escolher em um calendário…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>Daqui a uma semana</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>Daqui a um mês</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: calendário e escolhas rápidas</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: calendário</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: aviso</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>Ainda não é uma data: {kept} continua valendo até você digitar uma data como {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>Ainda não é uma data, então não é guardada. Digite-a como {example}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: hora</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: aviso da hora</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>Ainda não é uma hora. Digite-a como {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>Adicione também uma hora, como {example}; sem ela, a data não é guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>O FieldSafe guarda datas e horas do ano 1900 ao 9998.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>Até lá, {kept} continua valendo.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>Só você vai saber qual é; o FieldSafe não pode redefini-la. Você também vai receber um código de recuperação na próxima etapa.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Criar cofre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>C&amp;onfirmar a frase-senha:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>Confirmar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>Criando o cofre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>Criando seu cofre… Isto demora um pouco de propósito: torna muito lenta qualquer tentativa de outra pessoa de adivinhar a frase-senha.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>Plano de encontro</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>Planos de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>Novo plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>Novo plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>Editar plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>Editar plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>Excluir plano…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>Excluir plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>Situação do plano</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>Encontro realizado: escrever o registro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>Encontro realizado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>Algo aconteceu neste encontro…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>Registrar um incidente a partir deste encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>Colegas…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>Compartilhar com colega…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>Compartilhar este plano com colega</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>Receber um pacote…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>Receber um pacote</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>Cartão de bolso em PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>Cartão de bolso em PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>Plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>A atualização de {name} mudou: {fields}. Cada item está marcado abaixo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>Uma atualização recebida mudou: {fields}. Cada item está marcado abaixo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>Planeje um encontro em dupla: onde, um local alternativo, o que vocês vão fazer se…, o sinal de alerta e quando vão confirmar que está tudo bem.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, em {place}, com {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>um local ainda não escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>colega ainda a definir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>Ainda em aberto: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>Nada em aberto: o plano parece pronto.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>Plano salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>Excluir este plano de encontro?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Ele será removido do cofre para sempre, com as versões anteriores. Uma cópia que você já compartilhou continua com quem a recebeu. Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>Plano excluído.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>Pacote salvo: criptografado para quem vai recebê-lo e para você.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>Um nome ou apelido</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
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
        <translation>Minutos de inatividade antes de bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>Mostrar um aviso do sistema quando passar um horário de confirmação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>Aviso do sistema quando passar um horário de confirmação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>Colegas veem este nome no seu cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>O idioma e o tamanho do texto mudam na próxima vez que o FieldSafe for aberto.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>B&amp;loquear após inatividade de:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aparência:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>O aviso diz apenas que passou um horário de confirmação, nunca qual é o encontro.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>Desbloqueie o cofre para alterar seu nome</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%n registro será incluído.</numerusform>
            <numerusform>%n registros serão incluídos.</numerusform>
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
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Se um dia você esquecer sua frase-senha, este código abre seu cofre. Ele só é mostrado desta vez.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Anote-o em papel agora e guarde o papel longe deste computador (não na bolsa do computador). Qualquer pessoa que tenha o computador e este código pode abrir o cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>O FieldSafe não o copia para você, para que ele nunca vá parar em um histórico da área de transferência. Com letras maiúsculas ou não, com traços ou não: tudo funciona.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>A pasta de backup não está lá: a unidade está conectada, ou a pasta foi movida? Nada se perdeu; o FieldSafe tenta de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>Backup criptografado gravado na sua pasta de backup.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>Desta vez o backup funcionou. Ele está na sua pasta de backup.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>Desligado: nenhum backup é gravado de forma programada.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>Nenhum backup foi gravado ali ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>Último backup: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>A última tentativa, {time}, não funcionou.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>Funcionou.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>Backup programado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>Uma cópia criptografada de todo o seu cofre, gravada na pasta que você escolher. Só sua frase-senha ou seu código de recuperação a abre: sua organização pode guardá-la, mas nunca lê-la, e seu diário continua privado dentro dela.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>Escolher a pasta de backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;Usar a pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>Usar a pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>Com que frequência fazer backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>Todo dia</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>Toda semana</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>Como foi o último backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>Desbloqueie o cofre para fazer backup programado.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>Nenhuma pasta escolhida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>A cada %n hora</numerusform>
            <numerusform>A cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Usar uma pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>Essa pasta não está lá agora: a unidade está conectada? Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>Gravando o backup…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
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
        <translation>O FieldSafe não consegue gravar o arquivo de log dele, então desta vez funciona sem um. Seus registros não são afetados.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>Não bloqueado. O texto da nota fica na área de transferência por 30 segundos e é apagado quando o FieldSafe bloqueia.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>Não bloqueado. Sua nota continua aqui; tente salvá-la de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>O cofre está bloqueado. A edição que estava aberta não pôde ser salva, então não foi guardada.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%n registro com acompanhamento pendente</numerusform>
            <numerusform>%n registros com acompanhamento pendente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>%n plano hoje</numerusform>
            <numerusform>%n planos hoje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%n incidente aberto com medidas ainda não revisadas</numerusform>
            <numerusform>%n incidentes abertos com medidas ainda não revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n revisão pendente</numerusform>
            <numerusform>%n revisões pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
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
        <translation>Meu apoio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>Pessoas que você pode procurar, e o que ajuda você. Guardado apenas neste cofre; nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>Pessoas que posso procurar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>Nome ou organização</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>Como entrar em contato</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>Remover pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>O que me ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>Algo que ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>ex.: uma caminhada, música, ligar para minha irmã</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>Adicionar o que ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>Remover o que ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>Adicionar alguém que posso procurar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>Sua lista de apoio está vazia por enquanto. Algumas coisas que costumam ajudar:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>alguém de confiança</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>colegas ou sua supervisão</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>uma linha de apoio da sua organização</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>algo que ajude você a voltar ao momento presente, como uma caminhada ou respirar devagar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>Escreva primeiro um nome ou uma organização.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>Escolha uma equipe, ou crie uma.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>Ainda não há equipes. Digite um nome para sua primeira equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>Ainda não há membros.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>Todo mundo da sua lista de colegas está nesta equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>Ainda não há colegas: adicione os cartões na aba Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>Equipe “{name}” criada. Escolha a pasta da equipe e adicione colegas com verificação feita.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>A equipe agora se chama “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>Escolher a pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>A equipe não tem mais pasta. A pasta e os arquivos dela ficam onde estão.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>A pasta da equipe foi definida. Deixe seu cartão lá para que a equipe possa encontrá-lo.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} agora faz parte desta equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} agora tem o papel de responsável pela segurança nesta equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} agora faz parte desta equipe, sem o papel de responsável pela segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} não faz mais parte desta equipe. Essa pessoa continua na sua lista de colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>Excluir a equipe “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>A equipe é removida deste cofre, com quem fazia parte dela e o papel de cada pessoa. Sua lista de colegas não muda. A pasta da equipe e todos os arquivos nela ficam onde estão: o FieldSafe não os exclui.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>Excluir a equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>Equipe excluída. A pasta dela e os arquivos nela ficam onde estão.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>Seu cartão está na pasta da equipe. Ele contém apenas chaves públicas; colegas ainda precisam comparar o número de segurança com você pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>Não há cartões novos na pasta da equipe.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>Nada precisa de atenção hoje: nenhum encontro próximo, nenhum acompanhamento pendente, nenhuma anotação em papel esperando para ser destruída, nenhum registro para revisar, nenhum incidente ou avaliação de risco esperando revisão.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Acompanhamento pendente (%n)</numerusform>
            <numerusform>Acompanhamentos pendentes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>prazo: {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>Anotação em papel com destruição ainda não confirmada (%n)</numerusform>
            <numerusform>Anotações em papel com destruição ainda não confirmada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>Passou da data de revisão: excluir ou manter (%n)</numerusform>
            <numerusform>Passaram da data de revisão: excluir ou manter (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>revisar até {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>Reflexão deixada para depois (%n)</numerusform>
            <numerusform>Reflexões deixadas para depois (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(aparece só o primeiro)</numerusform>
            <numerusform>(aparecem só os %n primeiros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>Encontro e confirmação que estão chegando (%n)</numerusform>
            <numerusform>Encontros e confirmações que estão chegando (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>Plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>nenhum horário de confirmação combinado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>confirmar até {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>Incidente com medidas ainda não revisadas (%n)</numerusform>
            <numerusform>Incidentes com medidas ainda não revisadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>Revisão de avaliação de risco pendente (%n)</numerusform>
            <numerusform>Revisões de avaliação de risco pendentes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>Avaliação sem título</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>revisão prevista para {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>Boas-vindas ao FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>A seguir, você vai escolher uma frase-senha. Isso leva alguns minutos.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>Código-fonte: incluído com este programa, em {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>Código-fonte: não incluído nesta cópia. Peça a quem entregou a cópia a você.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>Licença: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, versão 3 ou posterior</translation>
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
        <translation>Modo portátil: tudo fica guardado em {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>Sobre o FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>Registros de campo criptografados que ficam neste computador e funcionam sem internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>Sobre esta cópia do FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>O FieldSafe não pode gravar na própria pasta, {folder}, então não pode iniciar no modo portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>Copie a pasta do FieldSafe para um lugar onde você possa gravar (um pendrive que não esteja protegido contra gravação, ou sua própria pasta), ou inicie o FieldSafe sem o modo portátil.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>Você voltou em segurança</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>Fechar o aviso</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>Registrado em {time}. {name} pode estar esperando essa notícia. O FieldSafe pode deixar o plano, agora marcado com a volta em segurança, na pasta da equipe para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>Registrado em {time}. {name} pode estar esperando essa notícia. O FieldSafe não envia nada sozinho: ele pode salvar o plano, agora marcado com a volta em segurança, como um pequeno pacote para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>Avisar {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>Avisar {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>Avisar {name} que você voltou em segurança</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>Pacote salvo para {name}. Entregue-o do jeito que vocês costumam trocar pacotes: assim que {name} o receber, o FieldSafe dessa pessoa vai mostrar que você voltou em segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>Deixado na pasta da equipe para {name}. Assim que o FieldSafe dessa pessoa ler a pasta, ele vai mostrar que você voltou em segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>Em vez disso, você pode salvar um pequeno pacote para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>Passou um horário de confirmação</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>O que vocês combinaram fazer se alguém da dupla não confirmar que está bem:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>Voltei em segurança</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>Abrir o plano</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>O próximo horário de confirmação que já passou</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>Não há nada escrito no plano para isso. Abra o plano para ver o que vocês combinaram.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>Mais %n horário de confirmação já passou.</numerusform>
            <numerusform>Mais %n horários de confirmação já passaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>%n minuto depois dele</numerusform>
            <numerusform>%n minutos depois dele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>nesse horário</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, o encontro de {start}: vocês combinaram confirmar que está tudo bem até {time}, e agir {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>O encontro de {start}: vocês combinaram confirmar que está tudo bem até {time}, e agir {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>Como falar com {colleague}: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>Como falar com a outra pessoa da dupla: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>O plano não tem dados de contato de {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>O plano não tem dados de contato.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>alguém da dupla não confirmar que está bem?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Como vamos manter contato durante e depois do encontro?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Se uma confirmação não chegar, isto aparece junto com o que vocês combinaram fazer.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Quanto tempo esperamos depois do horário de confirmação antes de agir?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>O FieldSafe mostra o que vocês combinaram assim que esse tempo passar.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>Agir no horário de confirmação</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
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
        <translation>Passou um horário de confirmação.</translation>
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
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>Compartilhar com</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Marque cada colega que pode abrir o pacote: cada uma dessas pessoas pode abri-lo, e você também, mais ninguém. Só aparecem colegas cujo número de segurança vocês compararam.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>Ainda não há colegas com verificação feita. Compare os números de segurança em Colegas primeiro, ou proteja o pacote com uma frase-senha que você diz pessoalmente a quem vai recebê-lo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>Colegas com verificação feita</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>A barra de espaço marca ou desmarca cada colega.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>Compartilhar com as pessoas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>Proteger com uma &amp;frase-senha em vez disso…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>Proteger com uma frase-senha em vez disso</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>Cancelar: não compartilhar nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>Compartilhar com %n colega</numerusform>
            <numerusform>Compartilhar com %n colegas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>Número de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>Você ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>Sua metade do número de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>Metade do número de segurança de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>Metade do número de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>Salvar o pacote</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>Pacotes de compartilhamento (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>Receber um pacote</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>Pacotes de compartilhamento (*.age);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>Adicionados: {added}; atualizados: {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>De {name} (verificação feita): novos: {new}; para atualizar: {changed}. Importar?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>%n que você já tem como foi enviado, ou mais recente, fica como está.</numerusform>
            <numerusform>%n que você já tem como foram enviados, ou mais recentes, ficam como estão.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>Remetente SEM verificação (um pacote com frase-senha): novos: {new}; para atualizar: {changed}. Importe só se você estava esperando este pacote.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>Este pacote não foi endereçado a você: ele não indica destinatário, então qualquer pessoa que tenha a frase-senha dele poderia abri-lo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>Este plano foi alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>Este incidente foi alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>Esta avaliação de risco foi alterada dos dois lados</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>Este registro foi alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>Versão de {name}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>Versão da outra pessoa: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>Minha versão: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>Manter a minha: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>Usar a da outra pessoa: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Você e {name} alteraram as mesmas partes desde a última troca. Escolha qual versão manter em cada uma.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Você e a outra pessoa alteraram as mesmas partes desde a última troca. Escolha qual versão manter em cada uma.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>Frase-senha do pacote</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>Uma frase-senha de pelo menos 10 caracteres. Diga-a pessoalmente a quem vai receber o pacote, nunca junto com o arquivo:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>A mesma frase-senha de novo:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>Este pacote está protegido por uma frase-senha. Digite-a:</translation>
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
        <translation>Um registro que você estava escrevendo não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>O FieldSafe guardou o texto de {time}. Restaure-o para continuar escrevendo, ou descarte-o.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>apagar</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>Apagar destrói a chave do cofre e depois os registros dele. Depois disso, nenhuma frase-senha nem código de recuperação consegue abri-los. Isso não alcança backups nem cópias feitas antes, nem blocos que um SSD já tenha deixado de lado.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>Para apagar, digite a palavra “{word}”:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>Palavra de confirmação</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>Apagar o cofre</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>Fazer backup do cofre</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>Backups do FieldSafe (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>Anexar fotos, digitalizações ou PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Fotos, digitalizações e PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>O FieldSafe sobrescreve cada arquivo e depois o exclui. Em um SSD, um cartão de memória, um celular ou uma pasta sincronizada, podem restar cópias que nenhum programa alcança; uma câmera ou um scanner também pode guardar a própria cópia. A cópia criptografada no cofre não é afetada.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>Excluir os originais</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>Se o FieldSafe bloquear agora, a nota se perde. Você pode copiar o texto dela antes (ele é apagado da área de transferência depois de 30 segundos e quando o FieldSafe bloqueia), manter a janela aberta e tentar salvar de novo, ou bloquear mesmo assim.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>O FieldSafe ia bloquear porque não foi usado por um tempo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>Se ninguém responder, o FieldSafe bloqueia depois do mesmo tempo de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>Não foi possível salvar sua nota, nem guardá-la como rascunho.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>Manter a janela aberta</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>Bloquear mesmo assim (a nota se perde)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Algo deu errado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>Não é possível anexar esse arquivo. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>O disco está cheio, então seus registros estão abertos só para leitura e não foi possível fazer isso. Nada foi alterado; libere algum espaço e depois abra o cofre de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>O FieldSafe não tem permissão para gravar nesse lugar. Nada foi alterado; escolha outro lugar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>A gravação no disco falhou. Nada foi alterado; tente de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>Essa frase-senha ou esse código de recuperação não abriu este backup. Use a frase-senha ou o código que valia quando o backup foi feito. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>O disco está cheio, então seus registros estão abertos só para leitura. Nada pode ser salvo até que se libere algum espaço e o cofre seja aberto de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>O disco está cheio, então não é possível abrir o cofre. Nada foi alterado; libere algum espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>O FieldSafe não tem permissão para usar a pasta do cofre, então não é possível abrir o cofre. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>A pasta do cofre não pode ser usada agora (um problema no disco), então não é possível abrir o cofre. Nada foi alterado; tente de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>Esse nome de pasta ou de arquivo é longo demais para este computador. Nada foi alterado; escolha um nome ou um lugar mais curto.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>O disco está cheio, então seus registros estão abertos só para leitura. Nada foi salvo; seu texto continua aqui. Libere algum espaço e depois abra o cofre de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>O disco está cheio. Nada foi salvo; seu texto continua aqui. Libere algum espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>O FieldSafe não tem permissão para gravar nesse lugar. Nada foi salvo; seu texto continua aqui.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>A gravação no disco falhou. Nada foi salvo; seu texto continua aqui. Tente de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>não é válido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>Registro {number}: o campo “{field}” {reason}. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>O campo “{field}” {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>O arquivo não está no formato esperado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>Linha {line}: {problem} Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>Essa frase-senha ou esse código de recuperação não abriu este cofre. Tente de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>O arquivo de chave do cofre (vault.key) está faltando, então os registros não podem ser abertos. Restaure-o a partir de um backup; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>O arquivo de chave do cofre (vault.key) está danificado ou não é um arquivo de chave do FieldSafe. Restaure-o a partir de um backup; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>O banco de dados do cofre está danificado ou incompleto. Nada foi alterado; restaure a partir de um backup, se você tiver um.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>Não há nenhum cofre do FieldSafe nesse lugar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>Já existe um cofre (ou outros arquivos) ali. O FieldSafe nunca o sobrescreve.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>Este cofre foi criado por uma versão mais nova do FieldSafe. Atualize o FieldSafe para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>A atualização deste cofre para a nova versão do FieldSafe falhou. O cofre ficou como estava; uma cópia foi guardada antes da tentativa.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>Outra janela ou comando do FieldSafe está usando este cofre agora. Nada foi alterado; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>O cofre está bloqueado. Desbloqueie-o para continuar.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>Esse registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>A pasta não está lá: a unidade está conectada, ou a pasta foi movida? Nada foi gravado; se ela foi movida, escolha a pasta de novo em Colegas › Equipes.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>Já existe um arquivo ali. Escolha outro nome; o FieldSafe nunca o sobrescreve.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>O disco está cheio, então não foi possível fazer isso. Nada foi alterado; libere algum espaço (ou escolha outro lugar, como um pendrive) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>não é uma data e hora válida</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>precisa ser texto</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>é longo demais</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>contém um caractere que não é permitido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>não é um campo deste tipo de registro</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>não é um tipo de registro que o FieldSafe conhece</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>não é um identificador de registro válido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>precisa ser um objeto</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>repete um identificador usado antes no arquivo</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>está fora do intervalo permitido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>contém texto que não é Unicode válido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>não é uma data válida (ano-mês-dia)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>precisa ser um número inteiro</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>precisa ser verdadeiro ou falso</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>não é um dos valores permitidos</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>precisa ser uma lista</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>tem entradas demais</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>não é base64 válido</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>não corresponde ao conteúdo do anexo</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>tem uma entrada com vírgula ou ponto e vírgula, que separam as entradas</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>se refere a um registro que não está neste cofre</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>já está no caderno de códigos</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>já é usado por outro tipo de registro neste cofre</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>O arquivo não é um JSON válido.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>O arquivo não é um arquivo de intercâmbio do FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>O arquivo foi criado por uma versão mais nova do FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>O arquivo não é um backup do FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>O arquivo está incompleto (ele pode ter sido cortado durante a cópia).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>O arquivo está danificado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>O arquivo não existe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>O arquivo é grande demais.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>O arquivo não é um texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>O arquivo repete um nome dentro de um mesmo objeto, então o significado dele não está claro.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>Isto não é um cartão do FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>O arquivo não é um pacote de compartilhamento do FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>Este pacote foi criptografado para outra pessoa; este cofre não pode abri-lo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>Este pacote exige muito mais trabalho para ser aberto do que o FieldSafe jamais usa, então não foi aberto.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>Este pacote está protegido por uma frase-senha. Peça-a a quem enviou.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>Essa frase-senha não abriu o pacote, ou o arquivo está danificado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>O pacote não tem a assinatura de colega do FieldSafe, então não foi aberto.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>A assinatura do pacote não corresponde ao conteúdo: ele pode ter sido alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>Quem enviou ainda está sem verificação. Comparem primeiro os números de segurança de vocês pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>Quem enviou não está na sua lista de colegas. Importe o cartão dessa pessoa e faça a verificação primeiro.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>A chave desta pessoa mudou. Nada é compartilhado nem recebido até que vocês façam a verificação de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>Você já tem esta versão do pacote, ou uma mais recente. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>Esta é uma versão anterior de um plano que você já tem. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>Este pacote foi criado por uma versão anterior do FieldSafe e não pode ser conferido com os planos que você tem. Peça a quem enviou que atualize o FieldSafe e compartilhe de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>Este pacote foi endereçado a outra pessoa, não a você. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>Quem enviou é colega com verificação feita, mas não faz parte da equipe cuja pasta trouxe este pacote. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>Estes registros continuaram mudando neste cofre enquanto o pacote era importado. Nada foi importado. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>O arquivo está vazio. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>O arquivo tem mais de 25 MB, o máximo que o FieldSafe anexa. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>O FieldSafe anexa apenas fotos JPEG e PNG e arquivos PDF. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>O arquivo está danificado ou incompleto. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>A imagem é grande demais para ser aberta com segurança (mais de 80 megapixels). Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>Não é possível ler o arquivo (ele pode ter sumido, ou não ser um arquivo comum). Nada foi guardado.</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>Resumo para a organização</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>O resumo é salvo como um arquivo que não é criptografado.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>Ele contém apenas contagens: incidentes por mês, tipo, tipo de local e área. Não contém códigos de pessoa, nomes nem texto escrito. Contagens abaixo de {small} ficam ocultas, assim como as menores seguintes, quando necessário, para que uma contagem oculta não possa ser deduzida; áreas com menos de {small} incidentes são contadas juntas. Qualquer pessoa que tenha o arquivo pode lê-lo: compartilhe-o só com quem deve recebê-lo, e exclua sua cópia quando não precisar mais dela.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>Desde o primeiro incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>Até hoje</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>Uma planilha (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>Um documento PDF</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>Escolher onde salvar…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>Escolher onde salvar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>resumo-incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>Salvar o resumo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>No total</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>Por tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>Por área</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>Todos os incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>Outras áreas (cada uma com menos de {small} incidentes)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>menos de {small}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>Incidentes de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>Incidentes a partir de {first}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>Incidentes até {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>Todos os incidentes registrados</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>Apenas contagens, sem códigos, nomes nem texto escrito. Contagens abaixo de {small} ficam ocultas, assim como as menores seguintes, quando necessário; áreas com menos de {small} incidentes são contadas juntas.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>Incidentes: um resumo sem dados de identificação</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>Nenhum incidente neste período.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>Salvando o resumo…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>O resumo foi salvo. Ele não é criptografado.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>Exclua sua cópia assim que não precisar mais dela.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>Excluir este incidente?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Ele será removido do cofre para sempre, com as versões anteriores. Uma cópia que você já compartilhou continua com quem a recebeu. Não é possível desfazer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>Excluir este incidente?</numerusform>
            <numerusform>Excluir estes %n incidentes?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>Eles serão removidos do cofre para sempre, com as versões anteriores. As cópias que você já compartilhou continuam com quem as recebeu. Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Cada vez que este incidente foi salvo, o que ele dizia antes foi guardado. Escolha uma versão anterior para vê-la ao lado da atual; os campos diferentes são marcados como “alterado”.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>Não há versões anteriores: este incidente não foi alterado desde que foi salvo pela primeira vez.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>Quando foi percebido</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>De que tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>Em poucas palavras</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>Pessoas envolvidas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>Pessoas envolvidas, em poucas palavras</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>O impacto nas pessoas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>O impacto no trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>Medidas imediatas tomadas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>Comunicado a</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>Por exemplo: um homem nos seguiu até o ponto de ônibus</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Quando aconteceu?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>Que tipo de coisa aconteceu?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>Em &amp;poucas palavras:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>O que &amp;aconteceu:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>Onde, e quais pessoas estavam envolvidas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>Só de forma aproximada: nunca um endereço, nunca um nome. Pule o que você não sabe.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Um bairro ou uma região, nunca um endereço</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>Uma descrição, nunca um nome</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>Quando foi percebido, se foi depois</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>Tipo de local:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>Quais pessoas estavam envolvidas?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>Em poucas palavras:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>Quando foi percebido, se foi depois:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>O que causou, e o que foi feito</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>Por exemplo: quem é responsável pela segurança</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>As medidas imediatas já foram revisadas</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>O impacto nas pessoas:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>O impacto no trabalho:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>&amp;Medidas imediatas tomadas:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>Comunicado a:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>Vinculado a:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>Um incidente que você estava registrando não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>O FieldSafe guardou o texto de {time}. Restaure-o para continuar, ou descarte-o.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>Algo aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>&amp;Salvar o incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>Salvar o incidente</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>Todas as perguntas podem ser puladas. Salve o que você tem; dá para completar depois.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Recuperado do rascunho. Salve para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>Salvo. Colocando na pasta da equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>Não foi possível guardar o que você digitou. Salve, ou copie o texto antes de fechar.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>Um registro de abordagem que não está neste cofre</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>Registro de abordagem de {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>sem título</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>Um plano de encontro que não está neste cofre</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>Plano de encontro para {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>Uma avaliação de risco que não está mais aqui</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>Avaliação de risco: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>avaliação sem título</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>Do seu registro de abordagem de {time}: quando, tipo de local e área já estão preenchidos.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>Quem participou: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>Do seu plano de encontro para {time}: quando e tipo de local já estão preenchidos.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>Com {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>Ainda não se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>Registros vinculados</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>Remover o vínculo</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>Vincular uma avaliação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>Vincular uma avaliação de risco…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>Avaliação:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>Avaliação sem título</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>Assim que o incidente for salvo, ele é deixado na pasta da equipe para essas pessoas, criptografado para elas e para você.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>Enviar para quem é responsável pela segurança ({names})</numerusform>
            <numerusform>Enviar para as pessoas responsáveis pela segurança ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>O incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (vinculada a este incidente)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (o mesmo local)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>Revisar uma avaliação de risco?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>O incidente foi salvo. Depois de um incidente, ajuda olhar de novo a avaliação de risco relacionada a ele: o que mudou e o que fazer de outro jeito. Você pode fazer isso agora, ou mais tarde em Avaliações de risco.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>Avaliações de risco para revisar</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>Revisar esta</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>Uma semana</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>Um mês</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>Três meses</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>Cinco anos</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>Uma entrada do diário que você estava escrevendo não foi salva.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>O FieldSafe guardou o texto de {time}. Restaure-o para continuar escrevendo, ou descarte-o.</translation>
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
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>cansaço</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>ansiedade</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>raiva</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>entorpecimento</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>abalo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>sobrecarga</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>alívio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>esperança</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>orgulho</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>gratidão</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>O que deu certo?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>O que foi difícil?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>Alguma coisa trouxe de volta lembranças da minha própria história?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>Do que eu preciso agora?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>Com quem posso conversar sobre isso?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (muito difícil)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (difícil)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (bastante difícil)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (razoavelmente difícil)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (um pouco difícil)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (meio-termo)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (um pouco bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (razoavelmente bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (bastante bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (muito bom)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>Parece que foi difícil.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>Quer ver as pessoas e as coisas que ajudam você?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>Mostrar meu apoio</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>Revisado por uma pessoa falante nativa</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>Aguardando revisão de pessoas falantes nativas</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>Idioma: {language}, a língua em que o texto do FieldSafe é escrito primeiro.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>Se uma palavra parecer errada, confusa ou pouco gentil, avise-nos por meio da organização que entregou o FieldSafe a você.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>Idioma: {language}, revisado por uma pessoa falante nativa ({who}, {date}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>Idioma: {language}, aguardando revisão de pessoas falantes nativas: ninguém que tenha esse idioma como língua materna conferiu esta tradução ainda.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>O FieldSafe guarda suas anotações de abordagem em um único cofre criptografado neste computador. Nada do que você escreve é guardado no disco sem criptografia, e tudo funciona sem internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>Ele protege você quando o computador é perdido, roubado ou levado: sem sua frase-senha ou seu código de recuperação, os registros não podem ser lidos.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>Ele não pode proteger um computador que tenha malware ou um keylogger (programa que registra o que é digitado). Nenhum aplicativo que rode em um computador assim pode.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>Ele não substitui a criptografia do disco inteiro. Ative-a também, por favor, para que os arquivos temporários do próprio sistema e a área de troca (swap) também fiquem protegidos.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>A exclusão não alcança cópias feitas antes, como backups antigos ou imagens de disco, e um SSD pode guardar blocos antigos por um tempo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>Ele não pode esconder que o cofre existe. Se alguém forçar você a desbloqueá-lo, o FieldSafe não pode fingir que está vazio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>O que ele não pode fazer:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>Muito fácil de adivinhar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>Fácil de adivinhar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>Boa o suficiente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>Muito forte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Mostrar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>Mostrar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>Tudo o que foi digitado está em maiúsculas: o Caps Lock está ativado?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>Força: nada digitado ainda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>Força: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>Algumas palavras sem relação entre si formam uma frase-senha fácil de lembrar e difícil de adivinhar: por exemplo, quatro palavras que você consiga imaginar juntas.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>Esta seria fácil de adivinhar por outra pessoa. Acrescentar mais uma ou duas palavras sem relação costuma ajudar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>Boa. Agora digite-a mais uma vez no segundo campo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>As duas frases-senha ainda não são iguais.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>As duas frases-senha são iguais.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>alterado pela atualização</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(agora vazio)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>Plano de encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>Quando esperamos terminar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>Quando vamos confirmar que está tudo bem</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>Quem vai com você?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>Código de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>Onde é o encontro?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>Para onde vamos se o primeiro local não der certo?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>Nosso sinal de alerta discreto, e o que ele quer dizer</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>Onde se posicionar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>Quem faz o quê</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>O que vamos fazer se…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>Antes de ir</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>O que vamos fazer se… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>O registro escrito depois do encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>Como falar com a outra pessoa da dupla</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>Minutos de espera depois de uma confirmação que não veio</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>Volta em segurança registrada em</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>um registro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>uma avaliação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(você também alterou isto: você vai escolher qual manter)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>O que esta atualização muda</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>Importar a atualização</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>Cancelar: não importar nada</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>No plano {title}:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>nos atrasarmos?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>a pessoa se atrasar, ou não vier?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>aparecer alguém que não esperávamos?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>uma terceira pessoa interromper?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>nos entregarem documentos para levar de volta com segurança?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>alguém da dupla passar mal ou tiver um flashback?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>alguém se aproximar de nós de forma ameaçadora, ou ameaçar a pessoa?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>alguém da dupla não confirmar que está bem?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>Ainda sem colega</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>Ainda sem local alternativo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>Ainda sem sinal de alerta combinado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>Ainda sem horário de confirmação</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>Avaliação sem título</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>Uma avaliação que não está mais neste cofre</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>Não decidido</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>tipo não informado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>local não informado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>nada escrito</translation>
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
        <translation>Do seu cofre, para ajudar no planejamento. Nada disto é salvo no plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>A avaliação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>A avaliação de risco vinculada não está mais neste cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>Avaliações de risco deste local</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>Vincule uma na primeira página para vê-la aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>O que aconteceu ali antes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>Observações de segurança nos registros</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>Ainda não há nada registrado para este tipo de local, área ou código de pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>Colega vai junto</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>Um local alternativo foi combinado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>Um sinal de alerta foi combinado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>Um horário de confirmação foi combinado</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>Objetivo e pessoas</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>Nunca vá a um encontro sem companhia: colega com formação vai junto.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>Um código, nunca um nome, caso este plano seja encontrado.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>O que queremos alcançar?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>Um objetivo claro deixa o encontro curto e seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>Que avaliação de risco este encontro segue?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>As ameaças, capacidades e medidas dela aparecem ao lado das perguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>O tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>Que tipo de local?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>Cada tipo de local tem a própria dinâmica e os próprios riscos.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>Quem costuma estar por perto?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>Saber quem está lá ajuda você a entender a situação.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>Quem poderia ser uma ameaça?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>Pense em traficantes de pessoas, clientes, outras pessoas na região.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>Quem poderia ouvir a conversa?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>Para saber o que pode ser dito, e onde.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>Experiências e ameaças anteriores nesse local</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>O que aconteceu antes pode acontecer de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>Impacto psicológico em todas as pessoas que participam</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>Especialmente para sobreviventes: levem isso em conta no plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>O local</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>Um lugar que vocês conhecem, onde a pessoa se sinta à vontade.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>Quem mais vai estar lá? Dá para conversar sem que ninguém ouça? Está cheio de gente? Entrar ali pareceria suspeito?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>Isso define se o local é seguro o suficiente.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>O local alternativo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>Planos mudam; combinem a alternativa agora.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>Decidir com antecedência é mais fácil do que decidir sob estresse.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>Durante o encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>Ver a área, de costas para uma parede, perto de uma saída.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>Para que qualquer pessoa da dupla possa encerrar o encontro sem dizer nada.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>Como a pessoa recebe nossos contatos sem precisar anotá-los?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>Números anotados podem ser encontrados por quem explora a pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>Por exemplo: uma pessoa fala, a outra observa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>Depois do encontro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>Ficar um tempo e observar se alguém está seguindo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>Sair logo pode levar alguém até vocês.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>Anotações no cofre, papel destruído</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>Papel no bolso pode pôr a pessoa em perigo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>Com quem conversamos sobre o encontro depois, e quando?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>Conversar sobre o que aconteceu ajuda a carregar o que você ouviu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>Para que a dupla leve o mesmo plano.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>Um horário de término conhecido faz com que uma confirmação que não veio seja percebida.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>Se alguém da dupla não confirmar que está bem, a outra pessoa age.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Quanto tempo esperamos depois do horário de confirmação antes de agir?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>O FieldSafe mostra o que vocês combinaram assim que esse tempo passar.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Como vamos manter contato durante e depois do encontro?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Se uma confirmação não chegar, isto aparece junto com o que vocês combinaram fazer.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>O que você imprime ou salva como PDF não é criptografado.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>Qualquer pessoa que encontre o papel ou o arquivo pode lê-lo. Mantenha-o com você e destrua-o (ou exclua o arquivo) assim que não precisar mais dele. A impressora e a fila de impressão também podem guardar uma cópia.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>Omitir códigos de pessoa, locais e nomes de colegas</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>O texto que você escreveu (título, o que aconteceu, necessidades, segurança) é incluído como está: confira se há nomes nele antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>impressão</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>O PDF foi salvo. Ele não é criptografado.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>Exclua-o assim que não precisar mais dele.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>Documento</translation>
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
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, prazo: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>Destruição confirmada em {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>Destruição ainda não confirmada</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>Registro sem título</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>Quem participou</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>Códigos de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>Necessidades expressas</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>Informações e encaminhamentos dados</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>Observações de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>Anotações em papel</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>Revisar até</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (alterado)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
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
        <translation>Rua</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>Zona de prostituição</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>Bordel</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>Bar ou casa noturna</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>Folha de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>Esta folha contém seu código de recuperação: com ele e este computador, qualquer pessoa pode abrir seu cofre. Imprima-a, guarde o papel longe do computador e exclua o arquivo PDF depois de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>Salvar a folha de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>folha-de-recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>Este é o código de recuperação do seu cofre do FieldSafe. Se você esquecer sua frase-senha, digite este código no lugar dela; o FieldSafe então deixa você escolher uma nova.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>Com letras maiúsculas ou não, com traços ou não: tudo funciona.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Guarde esta folha em um lugar seguro, longe do seu computador (não na bolsa do computador). Qualquer pessoa que tenha o computador e este código pode abrir o cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>Se um dia o FieldSafe mostrar a você um novo código de recuperação (depois de trocar a frase-senha), esta folha não abre mais o cofre: destrua-a.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Se você salvou esta folha como arquivo, exclua o arquivo depois de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>Feita em {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>Salvar uma &amp;folha para imprimir (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>Salvar uma folha para imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>A folha de recuperação foi salva. Ela não é criptografada.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>Imprima-a, guarde o papel longe deste computador e depois exclua o arquivo.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>O backup agora é o seu cofre. Os registros escritos depois que o backup foi feito não estão nele. Os arquivos danificados não foram excluídos: foram movidos, ainda criptografados, para uma pasta ao lado da pasta do cofre, cujo nome termina em “damaged” e na data. Digite a frase-senha ou o código de recuperação que valia quando o backup foi feito.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>Escolher um backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>Backups do FieldSafe (*.fieldsafe-backup);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>O backup que você escolher toma o lugar do cofre danificado. O FieldSafe confere o backup inteiro primeiro; se houver algum problema nele, nada é alterado. Os arquivos danificados são guardados, nunca excluídos. Os registros escritos depois que o backup foi feito não estão nele.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>Arquivo de backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>Nenhum backup escolhido ainda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>Escolher um arquivo de backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Frase-senha do backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Arquivo de backup:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Frase-senha do backup:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>Conferindo e restaurando o backup…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>Compartilhar também os incidentes vinculados a esta avaliação?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n incidente está vinculado a esta avaliação. Com ele, colegas veem o que aconteceu ao lado da análise; sem ele, só a avaliação é compartilhada.</numerusform>
            <numerusform>%n incidentes estão vinculados a esta avaliação. Com eles, colegas veem o que aconteceu ao lado da análise; sem eles, só a avaliação é compartilhada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>Só a avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>Com os incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>Cada vez que esta avaliação foi salva ou revisada, o que ela dizia antes foi guardado. Escolha uma versão anterior para vê-la ao lado da atual; as partes diferentes são marcadas como “alterado”.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>Não há versões anteriores: esta avaliação não foi alterada desde que foi salva pela primeira vez.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (nível: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>Uma ameaça</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>Probabilidade: {likelihood}. Impacto: {impact}.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (quem: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>Revisão</translation>
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
        <translation>Antes de: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>O que mudou: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>Medidas antes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>Medidas durante</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>Medidas depois</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>Situação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>A atividade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>O objetivo dela</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>Ameaças</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>Gênero e interseccionalidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>Este objetivo vale este risco?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>Alternativas mais seguras que consideramos</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>Medidas sem fase</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>Atores de apoio</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Nível: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>Remover {item}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: nível</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>Revisar uma avaliação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>Por que esta revisão</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>Antes de qual atividade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>Por exemplo: a noite de abordagem de sexta-feira</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>O que mudamos na avaliação, e por quê</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>Manter a data na avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>As medidas imediatas do incidente foram revisadas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>Registrar a re&amp;visão</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>Registrar a revisão</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>Fechar sem registrar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>Esta revisão</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;Por quê:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>Antes de qual atividade:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>O que &amp;mudou:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>Próxima revisão:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>Não foi possível guardar suas alterações. Registre a revisão, ou copie as alterações antes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Salvar avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>Salvar avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>Excluir avaliação…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>Excluir avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>Copiada do modelo. Altere o que quiser e depois salve.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Recuperado do rascunho. Salve para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>Dê um nome à situação de risco e depois salve.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>Excluir esta avaliação de risco?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>Ela é removida do cofre para sempre, com as versões anteriores e o histórico de revisões. Os incidentes vinculados a ela mantêm o vínculo e informam que ela não existe mais.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>A avaliação foi excluída.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>A situação de risco</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>Por exemplo: abordagem de rua na região da estação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>Mais de um tipo de local</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Um bairro ou uma região, nunca um endereço</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>Situação de &amp;risco:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>Tipo de local:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>A atividade:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>O objetivo dela:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>Para cada ameaça: o que ela pode causar, qual a probabilidade e quanto dano causaria. O nível resulta dessas duas coisas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>Ameaça</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>O que ela pode causar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>Ameaça {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>Adicionar uma ameaça</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>Nível geral: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>Nível geral</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>Práticas ou situações que nos deixam vulneráveis.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>Vulnerabilidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>Como poderíamos transformá-la em capacidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>Se você vir um jeito; pode deixar isto em branco.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>Vulnerabilidade {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>Adicionar uma vulnerabilidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>O que nos protege: práticas, pessoas, habilidades.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>Como a mantemos forte</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>Capacidade {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>Adicionar uma capacidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>Quem somos pode mudar os riscos, para as pessoas que encontramos e para nós. Estas perguntas são opcionais; responda às que importam aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>Mostrar as perguntas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>Perguntas sobre gênero e interseccionalidade</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>Ocultar as perguntas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>Outra forma de alcançar o mesmo objetivo com menos risco</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>Nossa resposta:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>Alternativas mais seguras que consideramos:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>Antes, medida {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>Durante, medida {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>Depois, medida {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>Medida {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>Adicionar uma medida para antes</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>Adicionar uma medida para durante</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>Adicionar uma medida para depois</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>Adicionar uma medida</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>Quem faz</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>Organizações, pessoas ou redes que podem ajudar a nos proteger</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>Nenhuma revisão prevista</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>Pró&amp;xima revisão:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>Ainda não revisada.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>Revisão pendente desde {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>Revisão prevista para hoje</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>Próxima revisão: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>Avaliação sem título</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>Uma avaliação de risco que você estava escrevendo não foi salva.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>O FieldSafe guardou o texto de {time}. Restaure-o para continuar escrevendo, ou descarte-o.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nova avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>Começar &amp;de um modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>Começar de um modelo</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Avaliações de risco</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>Compartilhar…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>Compartilhar a avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>Enviar para a equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>Enviar a avaliação para a equipe</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>Versões anteriores…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>Versões anteriores da avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>Receber um pacote…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>Receber um pacote</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Pacote salvo com a avaliação e %n incidente vinculado: criptografado para as pessoas que você escolheu e para você.</numerusform>
            <numerusform>Pacote salvo com a avaliação e %n incidentes vinculados: criptografado para as pessoas que você escolheu e para você.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>Pacote salvo: criptografado para as pessoas que você escolheu e para você.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>Compartilhado com as pessoas que você escolheu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>Cada modelo é um ponto de partida escrito a partir da prática de campo. Tudo nele pode ser alterado; cabe a você avaliar a probabilidade e o dano de cada ameaça.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>Começar deste modelo</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>A atividade: {activity}

O objetivo dela: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>Encontrar uma pessoa em situação de exploração em um lugar público</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>Duas pessoas da equipe encontram uma pessoa que vive em situação de exploração, em um horário combinado, em um café, um parque ou outro lugar público.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>A pessoa recebe informação e apoio nos termos dela, e todo mundo sai do encontro em segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>Alguém que explora a pessoa, um cliente ou alguém enviado por eles observa, interrompe ou segue o encontro.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>Dano físico à pessoa ou a nós; a pessoa é punida por se encontrar conosco; alguém nos segue depois.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>Surgem na conversa perguntas difíceis ou que podem ser gatilhos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>Estresse e dano psicológico, para a pessoa e para colegas com experiência própria de exploração.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>Alguém se aproveita do encontro ou do que compartilhamos, sabendo ou não.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>Nossos dados de contato, nossos planos ou as palavras da pessoa chegam a quem faria mau uso deles.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>A pessoa se atrasa ou não vem, ou aparece outra pessoa que não esperávamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>Esperar em um lugar que outras pessoas conhecem; acabar em um encontro que não planejamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>Algumas pessoas da equipe vivem com trauma e podem ter gatilhos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>Combinar antes como qualquer pessoa da dupla pode fazer uma pausa ou sair, e com quem cada pessoa conversa depois.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>O local é escolhido às pressas, ou a pessoa não pode escolhê-lo livremente.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>Escolher em conjunto um lugar que conhecemos bem, e combinar um local alternativo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>É difícil pôr limites na hora.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>Praticar algumas frases calmas que encerram uma conversa ou mudam o rumo dela.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>Conhecemos formas de trabalho sensíveis ao trauma.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>Atualizar a formação todo ano e passar adiante o que aprendemos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>Trabalhamos em dupla, e cada pessoa cuida da outra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>Combinar os papéis antes de cada encontro: uma pessoa fala, a outra observa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>Temos acesso a apoio em saúde mental.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>Manter esses contatos atualizados e fáceis de encontrar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>Se o nosso gênero muda a forma como outras pessoas no local reagem ao encontro.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>Uma pessoa sem documentos regularizados pode ter medo de polícia ou de autoridades por perto: escolham o local levando isso em conta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>Consultar incidentes e observações anteriores de situações parecidas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>a dupla</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>Escolher um local de encontro e um local alternativo que a dupla conheça bem.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>Planejar o que fazer se alguém se atrasar, não vier, ou se chegar alguém inesperado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>Combinar um sinal de alerta discreto e um horário para a dupla confirmar que está tudo bem.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>Sentar onde dê para ver a área, de costas para uma parede e com uma saída por perto.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>as duas pessoas</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>Compartilhar como falar conosco de um jeito que não exija nada por escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>quem fala</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>Ficar um tempo e conferir se ninguém está nos seguindo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>Passar as anotações para o FieldSafe e depois destruir o papel e as fotos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>quem fez as anotações</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>Conversar sobre o encontro na dupla, com a pessoa responsável pela segurança, ou cada pessoa por conta própria.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>Organizações parceiras que oferecem abrigo, atendimento de saúde ou orientação jurídica; a pessoa responsável pela segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>Encontrar a pessoa no escritório de uma organização parceira; conversar primeiro por telefone; encontrar a pessoa onde ela já vai com segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>a pessoa responsável pela segurança</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>a equipe</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>quem observa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>Registrar como incidente, no mesmo dia, tudo o que pareceu ameaçador.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>quem escreve</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>quem fala e quem dá apoio</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>quem dá apoio</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>quem fala</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>A idade muda as ameaças, ou a forma como as pessoas reagem a nós?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>O gênero muda as ameaças, para as pessoas que encontramos ou para nós?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>A etnia ou o idioma mudam a forma como as pessoas nos veem?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>A religião ou as crenças têm algum papel aqui?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>Alguma deficiência, física ou psicológica, muda o que é seguro?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>A orientação sexual traz outras ameaças aqui?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>A situação migratória, ou não ter documentos, muda os riscos?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>Algo mais sobre quem somos muda o risco?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>Abordagem on-line</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>Contato com pessoas por meio de anúncios, redes sociais ou aplicativos de mensagens.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>Pessoas em situação de exploração conseguem entrar em contato conosco on-line, de forma privada e segura.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>A conta para a qual escrevemos é controlada por quem explora a pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>Nossas mensagens são lidas pela pessoa errada; a pessoa é punida; caímos em uma armadilha.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>Nossas contas ou dispositivos são vigiados, invadidos ou denunciados.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>Contatos e conversas se tornam conhecidos; contas são encerradas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>Assédio ou ameaças enviados a nós on-line.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>Estresse e medo; nossos dados pessoais expostos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>Contas de trabalho vinculadas a contas pessoais ou a números de telefone.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>Usar contas de trabalho separadas e, se possível, um dispositivo separado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>Conversas guardadas em celulares que não estão protegidos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>Guardar só o necessário, no FieldSafe, e excluir o resto.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>Trabalhar on-line sem companhia, tarde da noite.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>Combinar horários de trabalho, e com quem da equipe conversar depois.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>Sabemos reconhecer respostas escritas a partir de um roteiro ou sob controle de outra pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>Compartilhar exemplos na equipe, sem nomes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>Temos uma rotina de segurança digital.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>Revisá-la com a pessoa responsável pela segurança a cada poucos meses.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>Algumas contas podem pertencer a crianças ou adolescentes: saber que passos dar se for o caso.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>Ameaças adicionais para pessoas contatadas em aplicativos usados por minorias sexuais.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>Se o assédio on-line atinge algumas pessoas da equipe mais do que outras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>Preparar contas de trabalho separadas e um dispositivo com software atualizado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>Combinar o que dizemos primeiro, e o que nunca escrevemos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>Não compartilhar locais nem dados pessoais nas mensagens.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>Encerrar uma conversa que pareça seguir um roteiro ou que seja ameaçadora.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>Excluir o que não é mais necessário; registrar qualquer ameaça como incidente.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>Alguém que nos dá formação em segurança digital; os canais de denúncia das plataformas; linhas de apoio parceiras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>Indicar uma linha de apoio parceira; compartilhar informações que não exigem resposta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>Falar em público ou com a imprensa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>Falar em eventos, com jornalistas ou em ações de incidência política, especialmente quando uma pessoa sobrevivente conta parte da própria história.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>Mudar políticas e a opinião pública sem expor quem fala nem as pessoas que apoiamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>Pessoas que exploram, ou pessoas do passado de quem fala, reconhecem essa pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>Ameaças, assédio ou dano a quem fala ou à família dessa pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>Perguntas invasivas ou difíceis do público ou de jornalistas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>Feridas antigas reabertas; detalhes compartilhados que quem fala não queria compartilhar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>Grupos contrários ao nosso trabalho passam a mirar a organização quando ela fica mais visível.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>Ataques on-line, pressão jurídica, danos à reputação da organização.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>Palavras ou imagens são usadas fora de contexto.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>A história é distorcida e quem fala perde o controle sobre ela.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>Quem fala sente pressão para compartilhar mais do que quer.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>Combinar antes com quem vai falar o que nunca é compartilhado, e manter o combinado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>Fotos e gravações que não controlamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>Perguntar à organização do evento sobre fotos e gravações antes de aceitar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>Nenhum tempo reservado para descansar depois.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>Planejar uma conversa sobre a experiência e um tempo de sossego depois de cada participação.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>Quem fala decide o que compartilhar e pode parar a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>Praticar formas de recusar uma pergunta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>Conhecemos jornalistas e equipes de eventos em quem podemos confiar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>Manter uma lista curta desses contatos e compartilhá-la na equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>Se, dependendo do gênero, quem fala sofre mais abuso on-line depois de aparecer.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>Se pessoas de comunidades minoritárias que falam em público ficam mais expostas à hostilidade.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>Aparecer em público pode afetar um pedido de residência: verificar antes de aceitar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>Pessoas jovens que falam em público podem precisar de mais proteção para não serem reconhecidas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>Combinar com quem vai falar o que será e o que não será compartilhado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>Descobrir quem organiza, quem participa e como será gravado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>Uma pessoa de apoio fica por perto e pode intervir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>Recusar perguntas que vão longe demais; quem fala pode encerrar a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>Conversar sobre a experiência e tirar um tempo para descansar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>Acompanhar as reações on-line e registrar as ameaças como incidentes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>Jornalistas e equipes de eventos de confiança; assessoria jurídica; a pessoa responsável pela segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>Uma declaração escrita lida por outra pessoa; falar com outro nome, ou com voz e rosto alterados; falar em nome da organização, e não como pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>Abordagem de rua</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>Rondas de abordagem na rua ou em uma zona de prostituição, aproximando-se de pessoas que podem estar vivendo em situação de exploração.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>Pessoas em situação de exploração sabem onde há apoio e como chegar até ele, e conversar conosco não põe ninguém em risco.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>Ataques físicos de quem explora, de cafetões, clientes, grupos contrários ao nosso trabalho ou outras pessoas na região.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>Ferimentos em nós ou nas pessoas que abordamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>Alguém nos observa, fotografa ou segue depois da ronda.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>Nossos rostos, nossos trajetos ou nosso escritório passam a ser conhecidos por quem se opõe ao nosso trabalho.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>Assédio verbal ou intimidação.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>Medo e estresse na equipe; as pessoas evitam conversar conosco.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>As pessoas que abordamos são punidas por serem vistas conosco.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>Dano justamente às pessoas que queremos apoiar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>Passamos horas seguidas perto de pessoas e situações que podem nos fazer mal.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>Fazer rondas curtas, revezar-se e planejar pausas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>Ir sem companhia, ou com alguém que não conhece a região.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>Ir sempre em dupla, com pelo menos uma pessoa que conheça a região.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>Levar papéis com nomes ou anotações.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>Levar só o necessário e registrar tudo no FieldSafe depois.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>Conhecemos a região e os ritmos dela.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>Compartilhar o que percebemos depois de cada ronda, para que toda a equipe aprenda.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>Outras organizações trabalham na mesma região.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>Manter contato com elas sobre mudanças e incidentes.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>Se mulheres, homens e colegas trans recebem reações diferentes de clientes ou de quem explora, aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>Pessoas jovens na região podem estar sob vigilância mais próxima: abordá-las com cuidado redobrado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>Se o fato de colegas terem o mesmo idioma ou a mesma origem das pessoas daqui muda a forma como a equipe é vista, para melhor ou para pior.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>Decidir o trajeto, o horário e quem vai.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>Combinar um sinal para sair e um local para se reencontrar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>Ficar de olho em quem está por perto e em quem pode nos ouvir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>Quando alguém da dupla dá o sinal, as duas pessoas saem, sem discutir.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>Outras equipes de abordagem na região; serviços de saúde; pessoas da comunidade em quem confiamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>Sair junto com um serviço de saúde; rondas menos frequentes e mais curtas; deixar informações onde as pessoas possam pegá-las sem serem vistas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>Abordagem em apartamentos ou bordéis</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>Visitas a apartamentos, bordéis ou outros locais fechados onde pode haver pessoas vivendo em situação de exploração.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>Chegar até pessoas que não podem sair, e deixar informações com elas de forma segura.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>Alguém que controla o local está lá e reage com hostilidade.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>Dano físico; alguém impede a equipe de sair; as pessoas lá dentro são punidas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>Não conseguimos ver quem mais está lá dentro nem como sair.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>Alguém encurrala a equipe ou a tranca lá dentro.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>A visita é vista como uma ameaça ao negócio.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>Ameaças contra a equipe ou a organização mais tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>Uma batida policial ou uma fiscalização durante a visita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>A equipe, ou as pessoas lá dentro, acabam tendo problemas com a justiça.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>Espaços fechados com uma só entrada e saída.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>Combinar antes de entrar quem fica perto da porta e quando saímos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>Ninguém do lado de fora sabe onde estamos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>Alguém da equipe, do lado de fora, sabe aonde fomos e quando vamos confirmar que está tudo bem.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>É difícil encerrar uma visita com educação quando alguém insiste para ficarmos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>Combinar um motivo para sair antes de entrar.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>Algumas pessoas lá dentro nos conhecem e confiam em nós.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>Visitar com regularidade, em horários que sejam bons para elas e difíceis de prever para outras pessoas.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>Levamos um celular com um contato de emergência pronto.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>Verificar a bateria e o crédito antes de cada visita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>Se uma visita feita por um homem ou por uma mulher muda o risco dentro deste local.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>As pessoas lá dentro podem ter medo de qualquer pessoa com aparência oficial: dizer de forma simples quem somos.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>Se alguma pessoa da equipe precisa de uma saída mais fácil.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>Aprender o que pudermos sobre o local com visitas anteriores e com organizações parceiras.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>Avisar alguém da equipe aonde vamos e quando vamos confirmar que está tudo bem.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>Uma pessoa da dupla fica perto da porta e vigia.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>Fazer uma visita curta e sair se algo parecer errado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>Confirmar à pessoa da equipe que ficou do lado de fora que está tudo bem, como combinado.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>Serviços de saúde que fazem abordagem; assessoria jurídica; alguém da equipe de plantão durante a visita.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>Deixar informações por meio de serviços de saúde que visitam o local; encontrar as pessoas fora dali, em um horário que elas escolham.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>Físico</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>Vigilância ou perseguição</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>Jurídico ou administrativo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>Alguém empurrou, segurou, bateu em alguém ou machucou alguém.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>Ameaças, insultos ou gritos.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>Alguém nos observou, fotografou ou seguiu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>Mensagens, contas, fotos ou dados on-line.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>Verificações policiais, multas, documentos apreendidos, queixas.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>Qualquer coisa que não se encaixe acima.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>Alguém que explora pessoas, ou que trabalha para quem explora</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>Outra autoridade</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>Alguém da comunidade</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>Uma conta on-line</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>Alguém que não conhecemos</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>Aberto</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>Medidas revisadas</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>Muito improvável</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>Improvável</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>Possível</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>Provável</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>Muito provável</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>Muito pequeno</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>Muito grave</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>Baixo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>Muito alto</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>Religião</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>Deficiência</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>Orientação sexual</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>Situação migratória</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>Sim, com as medidas abaixo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>Ainda não se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>Não: buscamos uma forma mais segura</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>Revisão planejada</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>Depois de um incidente</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>Antes de uma atividade</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>Outro motivo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>Madrugada</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>Manhã</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>Noite</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>O FieldSafe já está aberto neste cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>A janela dele deve aparecer na frente agora. Só uma janela por vez pode mostrar um cofre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>Mude para a janela dele para continuar. Só uma janela por vez pode mostrar um cofre.</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Marque cada colega que pode abrir o pacote, ou uma equipe inteira: cada uma dessas pessoas pode abri-lo, e você também, mais ninguém. Só aparecem colegas cujo número de segurança vocês compararam.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>A equipe inteira: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>Marca todas as pessoas da equipe: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>A pasta da equipe chega até esta pessoa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>A pasta da equipe não chega até esta pessoa: só por arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>Como chega até essas pessoas:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>Colocar na pasta da &amp;equipe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>Colocar na pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>O programa de sincronização leva o pacote até cada pessoa, criptografado; o FieldSafe de cada uma o recebe quando lê a pasta.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>Salvar um &amp;arquivo para entregar por conta própria</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>Salvar um arquivo para entregar por conta própria</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>A pasta de {teams} não está lá agora: a unidade está conectada, ou a pasta foi movida?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>A pasta da equipe não chega até {names}: por esse caminho, nada chegaria. O FieldSafe oferece um arquivo para essas pessoas depois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n atualização de incidente</numerusform>
            <numerusform>%n atualizações de incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n atualização de plano</numerusform>
            <numerusform>%n atualizações de planos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plano</numerusform>
            <numerusform>%n planos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n atualização de avaliação de risco</numerusform>
            <numerusform>%n atualizações de avaliações de risco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n avaliação de risco</numerusform>
            <numerusform>%n avaliações de risco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n atualização de registro de abordagem</numerusform>
            <numerusform>%n atualizações de registros de abordagem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n registro de abordagem</numerusform>
            <numerusform>%n registros de abordagem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n atualização de registro</numerusform>
            <numerusform>%n atualizações de registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
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
            <numerusform>Mais %n registro</numerusform>
            <numerusform>Mais %n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>Chegou pela pasta da equipe: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>Da pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>Revisar as atualizações que aguardam sua escolha</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>Detalhes dos pacotes deixados de lado</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>Dispensar o aviso da pasta da equipe</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>A pasta da equipe {team} não está lá agora.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>As pastas destas equipes não estão lá agora: {teams}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>Importado depois da sua escolha: %n registro.</numerusform>
            <numerusform>Importados depois da sua escolha: %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n pacote deixado de lado e não importado.</numerusform>
            <numerusform>%n pacotes deixados de lado e não importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n atualização aguarda sua escolha.</numerusform>
            <numerusform>%n atualizações aguardam sua escolha.</numerusform>
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
        <translation>Pacotes deixados de lado</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>Nada destes pacotes foi importado. Eles foram movidos para a pasta de recusados (rejected) dentro da pasta da equipe, ainda criptografados.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} e {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>Colocando na pasta da equipe…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>Não enviado a {names} pela pasta de {teams}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>Não enviado a {names}: sem verificação no momento. Comparem os números de segurança de novo em Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>Não enviado a {names}: fora de qualquer equipe com pasta.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>Deixado na pasta da equipe para {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>Nada foi colocado na pasta da equipe.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>O FieldSafe dessas pessoas recebe o pacote na próxima vez que ler a pasta; até lá, o programa de sincronização o leva, criptografado.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>Em vez disso, você pode salvar um arquivo para as outras pessoas e entregá-lo como de costume.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>Em vez disso, você pode salvar um arquivo e entregá-lo como de costume.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>Salvar um arquivo para essas pessoas…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>Salvar um arquivo para quem ficou de fora</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>Enviar de novo…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>Enviar o incidente de novo</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>Abre a escolha de compartilhamento: a pasta da equipe, ou um arquivo para entregar.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>O incidente foi salvo e deixado na pasta da equipe para {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>O incidente foi salvo. Ele não foi enviado à pessoa responsável pela segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>O incidente foi salvo. O envio para a pessoa responsável pela segurança falhou: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>Enviar de novo… compartilha o incidente do jeito de sempre: pela pasta da equipe, ou como arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>O incidente foi salvo e compartilhado.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>Colegas ou equipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>&amp;Equipes</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>Ainda não há pasta da equipe. Nada é enviado nem recebido por esta equipe até que você escolha uma.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>Pasta da equipe: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>A pasta da equipe não está lá agora: {folder}. A unidade está conectada, ou a pasta foi movida? Nada se perdeu; se ela foi movida, escolha-a de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>a chave mudou</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>sem verificação</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>responsável pela segurança</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>A chave de {name} mudou. Nada é enviado a essa pessoa nem recebido dela até que vocês comparem o número de segurança de novo, na aba Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} está sem verificação agora. Nada é enviado a essa pessoa nem recebido dela até que vocês comparem o número de segurança, na aba Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>Não é possível adicionar {name}: a chave dessa pessoa mudou. Comparem os números de segurança de novo primeiro, pessoalmente, frente a frente, na aba Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>Ainda não é possível adicionar {name}: comparem primeiro os números de segurança, pessoalmente, frente a frente, na aba Colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>Outra equipe já tem esse nome. Escolha outro.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>Digite um nome para a equipe (no máximo 80 caracteres).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>Só colegas com verificação feita podem fazer parte de uma equipe: comparem primeiro os números de segurança.</translation>
    </message>
</context>
</TS>
