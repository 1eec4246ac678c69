<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="128"/>
        <source>Attachment</source>
        <extracomment>PDF pages are rendered at most this large; beyond it the page is stretched after zooming, wait this long for more key presses before re-rendering a page the preview area (an attribute named like QWidget.scroll(), kept for callers)</extracomment>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="134"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="168"/>
        <source>Opening the attachment…</source>
        <translation>Đang mở tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="173"/>
        <source>Attachment preview</source>
        <translation>Xem trước tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="184"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="185"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="189"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="190"/>
        <source>Fit to window</source>
        <translation>Vừa cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="193"/>
        <source>Zoom out (-)</source>
        <translation>Thu nhỏ (-)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="194"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="195"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Vừa cửa sổ (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="196"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="197"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="241"/>
        <source>PDF files are kept as they were, including any details stored inside them.</source>
        <translation>Tệp PDF được giữ nguyên như cũ, kể cả mọi thông tin lưu bên trong.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="244"/>
        <source>Location and camera data were removed.</source>
        <translation>Dữ liệu vị trí và máy ảnh đã được gỡ bỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="246"/>
        <source>This photo was kept as it was, including any location or camera details stored in it.</source>
        <translation>Ảnh này được giữ nguyên như cũ, kể cả mọi thông tin vị trí hoặc máy ảnh lưu bên trong.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="273"/>
        <source>This file cannot be shown.</source>
        <translation>Không thể hiển thị tệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachment_viewer.py" line="445"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page} / {pages}</translation>
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
        <translation>Cụm mật khẩu mới có hiệu lực ngay và cụm mật khẩu cũ không còn dùng được.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="68"/>
        <source>You opened FieldSafe with your recovery code. If you no longer know your passphrase, you can choose a new one now; the old one stops working. Type the recovery code from your paper once more to confirm it is you.</source>
        <translation>Bạn đã mở FieldSafe bằng mã khôi phục. Nếu bạn không còn nhớ cụm mật khẩu, bạn có thể chọn một cụm mật khẩu mới ngay bây giờ; cụm mật khẩu cũ sẽ không còn dùng được. Hãy gõ lại mã khôi phục trên tờ giấy của bạn một lần nữa để xác nhận đó là bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="73"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="74"/>
        <source>R&amp;ecovery code:</source>
        <translation>Mã khôi &amp;phục:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="77"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Cụm mật khẩu hiện &amp;tại:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="80"/>
        <source>&amp;New passphrase:</source>
        <translation>Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="81"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="82"/>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>&amp;Xác nhận cụm mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="83"/>
        <source>Confirm new passphrase</source>
        <translation>Xác nhận cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="88"/>
        <source>Also &amp;re-encrypt the vault under a new key (recommended). Copies of the old key file stop working, and you get a new recovery code to write down.</source>
        <translation>Đồng thời mã hóa &amp;lại kho bằng một khóa mới (nên làm). Các bản sao của tệp khóa cũ sẽ không còn dùng được, và bạn nhận một mã khôi phục mới để ghi lại.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="93"/>
        <source>Also re-encrypt the vault</source>
        <translation>Đồng thời mã hóa lại kho</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="102"/>
        <source>&amp;Change passphrase</source>
        <translation>Đổi &amp;cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="103"/>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="106"/>
        <source>No&amp;t now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="107"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="124"/>
        <source>Your new recovery code</source>
        <translation>Mã khôi phục mới của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="129"/>
        <source>New recovery code</source>
        <translation>Mã khôi phục mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="132"/>
        <source>The vault now has a new key. Write this new code on paper now and keep it apart from this laptop, then destroy the old one: it no longer opens the vault. Backups made earlier still open with the passphrase and recovery code that were valid when they were made.</source>
        <translation>Kho giờ đã có khóa mới. Hãy ghi mã mới này ra giấy ngay bây giờ và cất tờ giấy ở nơi khác, tách khỏi máy tính xách tay này, rồi hủy tờ giấy cũ: mã cũ không còn mở được kho. Các bản sao lưu tạo trước đây vẫn mở được bằng cụm mật khẩu và mã khôi phục còn hiệu lực vào lúc tạo chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="140"/>
        <source>I have &amp;written it down</source>
        <translation>Tôi đã &amp;ghi lại</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="141"/>
        <source>I have written it down</source>
        <translation>Tôi đã ghi lại</translation>
    </message>
    <message>
        <location filename="../../ui/shell/change_passphrase.py" line="171"/>
        <source>Changing the passphrase…</source>
        <translation>Đang đổi cụm mật khẩu…</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <location filename="../../ui/journal/chart.py" line="97"/>
        <source>Check-ins by week</source>
        <extracomment>Columns assumed by the size hints before any data is set. The fewest weeks drawn when the chart is narrow (its minimum width). a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>Cảm xúc theo tuần</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="102"/>
        <source>Average check-in per week (0 = very hard, 10 = very good)</source>
        <translation>Điểm cảm xúc trung bình mỗi tuần (0 = rất khó khăn, 10 = rất tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="103"/>
        <source>Debriefs / meetings</source>
        <translation>Lần nhìn lại / buổi gặp</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="107"/>
        <source>No check-ins yet.</source>
        <translation>Chưa có lần ghi cảm xúc nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="111"/>
        <source>{debriefed} of %Ln meeting(s) debriefed</source>
        <translation>
            <numerusform>Đã nhìn lại {debriefed} trên %Ln buổi gặp</numerusform>
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
            <numerusform>%Ln tuần, từ {first} đến {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="131"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln lần ghi cảm xúc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="134"/>
        <source>no check-ins in the most recent week</source>
        <translation>tuần gần nhất không có lần ghi cảm xúc nào</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="138"/>
        <source>the most recent week&apos;s average is {average}</source>
        <translation>điểm trung bình của tuần gần nhất là {average}</translation>
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
        <translation>Tuần bắt đầu {date}</translation>
    </message>
    <message>
        <location filename="../../ui/journal/chart.py" line="150"/>
        <source>No check-ins</source>
        <translation>Không có lần ghi cảm xúc nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/chart.py" line="154"/>
        <source>%Ln check-in(s), average {average}</source>
        <translation>
            <numerusform>%Ln lần ghi cảm xúc, trung bình {average}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBookDialog</name>
    <message>
        <location filename="../../ui/logs/code_book.py" line="46"/>
        <source>Code book</source>
        <translation>Sổ mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="49"/>
        <source>A person code lets you recognise the same person across logs without writing their name. Words to watch for (a name, a nickname) stay here: FieldSafe points them out if they appear in a log, so you can use the code instead.</source>
        <translation>Mã người giúp bạn nhận ra cùng một người qua các ghi chép mà không cần viết tên họ. Các từ cần để ý (tên, biệt danh) được giữ ở đây: FieldSafe sẽ chỉ ra nếu chúng xuất hiện trong một ghi chép, để bạn có thể dùng mã thay thế.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="73"/>
        <source>Codes</source>
        <translation>Các mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="76"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="78"/>
        <source>e.g. A12</source>
        <translation>ví dụ: A12</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="80"/>
        <source>Words to watch for</source>
        <translation>Từ cần để ý</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="81"/>
        <source>Names or nicknames, separated by commas</source>
        <translation>Tên hoặc biệt danh, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="83"/>
        <source>Private note</source>
        <translation>Ghi chú riêng</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="86"/>
        <source>Only what helps you recognise the person. Kept only in this vault.</source>
        <translation>Chỉ ghi những gì giúp bạn nhận ra người đó. Chỉ được lưu trong kho này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="93"/>
        <source>&amp;New code</source>
        <translation>&amp;Tạo mã mới</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="94"/>
        <source>New code</source>
        <translation>Tạo mã mới</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="95"/>
        <source>&amp;Save code</source>
        <translation>&amp;Lưu mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="96"/>
        <source>Save code</source>
        <translation>Lưu mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="97"/>
        <source>&amp;Delete code</source>
        <translation>&amp;Xóa mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="98"/>
        <source>Delete code</source>
        <translation>Xóa mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="107"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="108"/>
        <source>&amp;Words to watch for:</source>
        <translation>Từ &amp;cần để ý:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="109"/>
        <source>Private n&amp;ote:</source>
        <translation>Ghi chú &amp;riêng:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="197"/>
        <source>Close again to discard this edit.</source>
        <translation>Đóng lần nữa để bỏ thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="213"/>
        <source>Type a code first.</source>
        <translation>Hãy gõ một mã trước.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="229"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="238"/>
        <source>Delete this code from the code book?</source>
        <translation>Xóa mã này khỏi sổ mã?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="240"/>
        <source>Logs that use the code keep it; only the entry and its note are deleted.</source>
        <translation>Các ghi chép đang dùng mã này vẫn giữ mã; chỉ mục mã và ghi chú của nó bị xóa.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/code_book.py" line="242"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="69"/>
        <location filename="../../ui/plans/colleagues.py" line="149"/>
        <source>Colleagues</source>
        <translation>Đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="75"/>
        <source>To share plans without internet, give your colleague your card (the code or the file) and import theirs. Then compare the safety number together, in person: it must be the same on both screens.</source>
        <translation>Để chia sẻ kế hoạch mà không cần internet, hãy đưa thẻ của bạn (mã hoặc tệp) cho đồng nghiệp và nhập thẻ của họ. Sau đó cùng nhau so sánh số an toàn, gặp trực tiếp: số đó phải giống nhau trên cả hai màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="126"/>
        <source>Your card shows your name: {name}</source>
        <translation>Thẻ của bạn hiện tên: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="132"/>
        <source>That is the name every new card has, so colleagues cannot tell you apart from others. Choose your name or a nickname in Preferences; colleagues can also give you a name on their side.</source>
        <translation>Đó là tên mà mọi thẻ mới đều có, nên đồng nghiệp không thể phân biệt bạn với người khác. Hãy chọn tên hoặc biệt danh của bạn trong Tùy chọn; đồng nghiệp cũng có thể tự đặt tên cho bạn ở phía họ.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="141"/>
        <source>My card as a code</source>
        <translation>Thẻ của tôi dưới dạng mã</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="143"/>
        <source>Save my card as a file…</source>
        <translation>Lưu thẻ của tôi thành tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="144"/>
        <source>Save my card as a file</source>
        <translation>Lưu thẻ của tôi thành tệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="153"/>
        <source>Import a card file…</source>
        <translation>Nhập tệp thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="154"/>
        <source>Import a card file</source>
        <translation>Nhập tệp thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="156"/>
        <location filename="../../ui/plans/colleagues.py" line="157"/>
        <source>Or paste a card here</source>
        <translation>Hoặc dán một thẻ vào đây</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="160"/>
        <location filename="../../ui/plans/colleagues.py" line="161"/>
        <source>Add the pasted card</source>
        <translation>Thêm thẻ đã dán</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="167"/>
        <source>Name shown for this colleague</source>
        <translation>Tên hiển thị cho đồng nghiệp này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="169"/>
        <source>Shown &amp;as:</source>
        <translation>&amp;Hiển thị là:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="171"/>
        <source>Save name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="172"/>
        <source>Save the name shown for this colleague</source>
        <translation>Lưu tên hiển thị cho đồng nghiệp này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="175"/>
        <source>Only you see this name: it is shown for this colleague everywhere in FieldSafe.</source>
        <translation>Chỉ bạn thấy tên này: nó được hiển thị cho đồng nghiệp này ở mọi nơi trong FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="182"/>
        <source>The numbers match: mark as verified</source>
        <translation>Các số khớp nhau: đánh dấu là đã xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="183"/>
        <source>Mark as verified</source>
        <translation>Đánh dấu là đã xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="184"/>
        <source>Remove this colleague…</source>
        <translation>Xóa đồng nghiệp này…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="185"/>
        <source>Remove colleague</source>
        <translation>Xóa đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="190"/>
        <source>My card</source>
        <translation>Thẻ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="196"/>
        <source>A colleague&apos;s card</source>
        <translation>Thẻ của một đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="271"/>
        <source>verified</source>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="273"/>
        <source>key changed: compare again</source>
        <translation>khóa đã đổi: hãy so sánh lại</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="275"/>
        <source>not verified yet</source>
        <translation>chưa xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="297"/>
        <source>Verified. Plans can be shared with this colleague.</source>
        <translation>Đã xác minh. Có thể chia sẻ kế hoạch với đồng nghiệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="301"/>
        <source>This colleague&apos;s key changed. Nothing is shared or received until you compare the number again.</source>
        <translation>Khóa của đồng nghiệp này đã thay đổi. Không có gì được chia sẻ hay nhận cho đến khi bạn so sánh lại số an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="305"/>
        <source>Not verified yet. Compare the number together, in person.</source>
        <translation>Chưa xác minh. Hãy cùng nhau so sánh số an toàn, gặp trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="328"/>
        <source>“{name}” is already shown for someone else, or looks like it. Choose a name that cannot be mistaken for it.</source>
        <translation>“{name}” đã được dùng cho người khác, hoặc trông giống như vậy. Hãy chọn một tên không thể bị nhầm.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="333"/>
        <source>Type a name or a nickname for this colleague.</source>
        <translation>Hãy gõ tên hoặc biệt danh cho đồng nghiệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="341"/>
        <source>This colleague is now shown as “{name}”.</source>
        <translation>Đồng nghiệp này giờ được hiển thị là “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="349"/>
        <source>Save my card</source>
        <translation>Lưu thẻ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="350"/>
        <source>FieldSafe cards (*.fieldsafe-card)</source>
        <translation>Thẻ FieldSafe (*.fieldsafe-card)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="361"/>
        <source>Card saved. It holds only public keys.</source>
        <translation>Đã lưu thẻ. Thẻ chỉ chứa khóa công khai.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="367"/>
        <source>Import a card</source>
        <translation>Nhập một thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="368"/>
        <source>FieldSafe cards (*.fieldsafe-card);;All files (*)</source>
        <translation>Thẻ FieldSafe (*.fieldsafe-card);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="389"/>
        <source>Card added. Now compare the safety number in person.</source>
        <translation>Đã thêm thẻ. Giờ hãy so sánh số an toàn, gặp trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="417"/>
        <source>Remove {name} from your colleagues?</source>
        <translation>Xóa {name} khỏi danh sách đồng nghiệp?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="421"/>
        <source>Their card is deleted from the vault. Plans they already sent stay until you delete them. Bundles from them are refused until you add their card and compare the safety number again.</source>
        <translation>Thẻ của người này sẽ bị xóa khỏi kho. Các kế hoạch họ đã gửi vẫn còn cho đến khi bạn xóa. Các gói từ họ sẽ bị từ chối cho đến khi bạn thêm lại thẻ của họ và so sánh lại số an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="425"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="434"/>
        <source>Colleague removed.</source>
        <translation>Đã xóa đồng nghiệp.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="243"/>
        <source>Check your recovery code</source>
        <translation>Kiểm tra mã khôi phục của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="246"/>
        <source>Recovery code group</source>
        <translation>Nhóm ký tự của mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="261"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Mở kho của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="268"/>
        <source>To be sure it was written down correctly, please type group {number} of the code from your paper (groups are separated by dashes). You can go back to see the code again.</source>
        <translation>Để chắc chắn mã đã được ghi đúng, hãy gõ nhóm {number} của mã theo tờ giấy của bạn (các nhóm cách nhau bằng dấu gạch ngang). Bạn có thể quay lại để xem mã lần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="274"/>
        <source>&amp;Group {number}:</source>
        <translation>N&amp;hóm {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="285"/>
        <source>That matches. Keep the paper somewhere safe.</source>
        <translation>Đã khớp. Hãy cất tờ giấy ở nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="288"/>
        <source>That is not the same yet. Please compare it with the code.</source>
        <translation>Chưa giống nhau. Hãy so lại với mã.</translation>
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
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="136"/>
        <source>The meeting it follows</source>
        <translation>Buổi gặp trước đó</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="138"/>
        <source>How I feel, from 0 (very hard) to 10 (very good)</source>
        <translation>Tôi cảm thấy thế nào, từ 0 (rất khó khăn) đến 10 (rất tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="139"/>
        <source>No check-in this time</source>
        <translation>Lần này không ghi cảm xúc</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>In a few words</source>
        <translation>Vài chữ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>In a few words, if you like</source>
        <translation>Vài chữ, nếu bạn muốn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="165"/>
        <source>My notes</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="169"/>
        <source>Anything else, as long or as short as you want.</source>
        <translation>Bất cứ điều gì khác, dài hay ngắn tùy bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="171"/>
        <location filename="../../ui/journal/editor.py" line="172"/>
        <source>I talked with someone about it</source>
        <translation>Tôi đã nói chuyện với ai đó về việc này</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="178"/>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <source>Save entry</source>
        <translation>Lưu bài</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="180"/>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Delete entry</source>
        <translation>Xóa bài</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="189"/>
        <source>When:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="190"/>
        <source>After:</source>
        <translation>Sau:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="191"/>
        <source>How I feel:</source>
        <translation>Tôi cảm thấy:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="202"/>
        <source>My notes:</source>
        <translation>Ghi chú của tôi:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="211"/>
        <source>Journal entry</source>
        <translation>Bài nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="268"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Đã khôi phục từ bản nháp. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="276"/>
        <source>No particular meeting</source>
        <translation>Không gắn với buổi gặp nào</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="277"/>
        <source>Untitled</source>
        <translation>Chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="414"/>
        <source>Saved in your journal.</source>
        <translation>Đã lưu vào nhật ký của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="423"/>
        <source>Delete this journal entry?</source>
        <translation>Xóa bài nhật ký này?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="424"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Mục này sẽ bị xóa vĩnh viễn khỏi kho.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="425"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>DeleteOriginals</name>
    <message numerus="yes">
        <location filename="../../ui/common/dialogs.py" line="273"/>
        <source>%n file(s) now in the vault. Delete the original(s)?</source>
        <translation>
            <numerusform>%n tệp giờ đã ở trong kho. Xóa (các) tệp gốc?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../../ui/teams/layout.py" line="68"/>
        <source>A team folder is a folder that a sync engine such as Syncthing carries between your team&apos;s devices. FieldSafe writes only encrypted bundles and public cards there; the sync engine never sees names or what records say.</source>
        <extracomment>the longest team name (vault.teams.MAX_TEAM_NAME)</extracomment>
        <translation>Thư mục nhóm là một thư mục được phần mềm đồng bộ như Syncthing chuyển giữa các thiết bị của nhóm bạn. FieldSafe chỉ ghi vào đó các gói đã mã hóa và thẻ công khai; phần mềm đồng bộ không bao giờ thấy tên hay nội dung của các bản ghi.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="80"/>
        <location filename="../../ui/teams/layout.py" line="145"/>
        <source>Teams</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="82"/>
        <source>Name of a new team</source>
        <translation>Tên của nhóm mới</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="84"/>
        <source>&amp;New team:</source>
        <translation>Nhóm &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="86"/>
        <source>Create the team</source>
        <translation>Tạo nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="90"/>
        <source>Name of this team</source>
        <translation>Tên của nhóm này</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="94"/>
        <source>Save the team&apos;s name</source>
        <translation>Lưu tên nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder…</source>
        <translation>Chọn thư mục nhóm…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="97"/>
        <source>Choose the team folder</source>
        <translation>Chọn thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>No team folder</source>
        <translation>Không có thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="100"/>
        <source>Stop using a team folder</source>
        <translation>Ngừng dùng thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="104"/>
        <source>Only verified colleagues can join. A safety lead receives what is sent to the safety lead, such as a new incident.</source>
        <translation>Chỉ đồng nghiệp đã xác minh mới có thể tham gia. Người phụ trách an toàn nhận những gì được gửi cho người phụ trách an toàn, chẳng hạn một sự cố mới.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="110"/>
        <source>Members of this team</source>
        <translation>Thành viên của nhóm này</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="111"/>
        <source>Safety lead</source>
        <translation>Người phụ trách an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="112"/>
        <source>The chosen member is a safety lead</source>
        <translation>Thành viên được chọn là người phụ trách an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove from the team</source>
        <translation>Xóa khỏi nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="114"/>
        <source>Remove the chosen member from the team</source>
        <translation>Xóa thành viên được chọn khỏi nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="117"/>
        <source>Colleagues not in this team</source>
        <translation>Đồng nghiệp chưa ở trong nhóm này</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add to the team</source>
        <translation>Thêm vào nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="120"/>
        <source>Add the chosen colleague to the team</source>
        <translation>Thêm đồng nghiệp được chọn vào nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="124"/>
        <source>Leave your card in the folder so the team can find it. Cards there are copies, never trusted until the safety number is compared in person.</source>
        <translation>Để thẻ của bạn trong thư mục để nhóm có thể tìm thấy. Thẻ ở đó là bản sao, không bao giờ được tin cậy cho đến khi số an toàn được so sánh trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="131"/>
        <location filename="../../ui/teams/layout.py" line="132"/>
        <source>Leave my card in the team folder</source>
        <translation>Để thẻ của tôi trong thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder…</source>
        <translation>Thẻ trong thư mục nhóm…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="136"/>
        <source>Cards in the team folder</source>
        <translation>Thẻ trong thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team…</source>
        <translation>Xóa nhóm này…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="139"/>
        <source>Delete this team</source>
        <translation>Xóa nhóm này</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="150"/>
        <source>Team folder</source>
        <translation>Thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="160"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/teams/layout.py" line="165"/>
        <source>Add a colleague</source>
        <translation>Thêm đồng nghiệp</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="33"/>
        <source>No outreach logs yet</source>
        <translation>Chưa có ghi chép tiếp cận nào</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="35"/>
        <source>After a meeting, write down what happened, what was agreed and what to follow up. Use person codes, not names. Press {shortcut} to start a log at any time.</source>
        <translation>Sau một buổi gặp, hãy ghi lại những gì đã diễn ra, những gì đã thỏa thuận và việc cần làm tiếp. Dùng mã người, không dùng tên. Nhấn {shortcut} để bắt đầu một ghi chép bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="38"/>
        <location filename="../../ui/shell/empty_states.py" line="39"/>
        <source>Write the first log</source>
        <translation>Viết ghi chép đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="51"/>
        <source>No meeting plans yet</source>
        <translation>Chưa có kế hoạch gặp nào</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="53"/>
        <source>Before you meet someone with a colleague, plan it together: where and when, the signal that means “leave now”, and who checks in with whom afterwards. A plan can go in your pocket as a card, or to your colleague.</source>
        <translation>Trước khi cùng một đồng nghiệp gặp ai đó, hãy lập kế hoạch với nhau: ở đâu và khi nào, tín hiệu có nghĩa là “rời đi ngay”, và ai báo an toàn cho ai sau đó. Kế hoạch có thể nằm trong túi bạn dưới dạng thẻ, hoặc được gửi cho đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_states.py" line="57"/>
        <location filename="../../ui/shell/empty_states.py" line="58"/>
        <source>Plan a meeting</source>
        <translation>Lập kế hoạch gặp</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/shell/today.py" line="282"/>
        <source>Filter by setting</source>
        <translation>Lọc theo loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="283"/>
        <source>Any setting</source>
        <translation>Mọi loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="287"/>
        <source>Filter by person code</source>
        <translation>Lọc theo mã người</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="288"/>
        <source>Person code</source>
        <translation>Mã người</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="292"/>
        <location filename="../../ui/shell/today.py" line="296"/>
        <source>Filter by tag</source>
        <translation>Lọc theo nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="295"/>
        <source>Tag</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="297"/>
        <source>From any date</source>
        <translation>Từ mọi ngày</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="298"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="299"/>
        <source>To any date</source>
        <translation>Đến mọi ngày</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="300"/>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="301"/>
        <source>Follow-up due</source>
        <translation>Có việc đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="302"/>
        <source>Only logs with a follow-up due</source>
        <translation>Chỉ các ghi chép có việc cần làm tiếp đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="303"/>
        <location filename="../../ui/shell/today.py" line="304"/>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
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
        <translation>Thẻ trong thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="69"/>
        <source>Cards left in the folder of the team “{team}” that you do not have yet.</source>
        <translation>Những thẻ được để lại trong thư mục của nhóm “{team}” mà bạn chưa có.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="76"/>
        <source>Anyone who can write to the folder could have left a card here. A card added from here is never trusted: nothing is shared with that colleague, or taken from them, until you compare the safety number together, in person.</source>
        <translation>Bất kỳ ai có thể ghi vào thư mục đều có thể đã để lại một thẻ ở đây. Thẻ được thêm từ đây không bao giờ được tin cậy: không có gì được chia sẻ với đồng nghiệp đó, hay nhận từ họ, cho đến khi các bạn cùng nhau so sánh số an toàn, gặp trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="90"/>
        <source>Add as a colleague (not verified)</source>
        <translation>Thêm làm đồng nghiệp (chưa xác minh)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="91"/>
        <source>Add this card as a colleague, not verified</source>
        <translation>Thêm thẻ này làm đồng nghiệp, chưa xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="142"/>
        <source>No cards left to add.</source>
        <translation>Không còn thẻ nào để thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="146"/>
        <source>The name on this card looks like {name}, a name you already have. Adding it could block that colleague until you compare the safety number again. Add it only if that colleague told you, in person, that their card changed.</source>
        <translation>Tên trên thẻ này trông giống {name}, một tên bạn đã có. Thêm thẻ này có thể chặn đồng nghiệp đó cho đến khi bạn so sánh lại số an toàn. Chỉ thêm nếu chính đồng nghiệp đó đã trực tiếp báo với bạn rằng thẻ của họ đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="154"/>
        <source>After adding it, compare the safety number with {name} in person, in the Colleagues tab. Only then can they join a team.</source>
        <translation>Sau khi thêm, hãy so sánh số an toàn với {name}, gặp trực tiếp, trong mục Đồng nghiệp. Chỉ khi đó người này mới có thể tham gia một nhóm.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/folder_cards.py" line="176"/>
        <source>Added as {name}, not verified. Compare the safety number together, in person, in the Colleagues tab.</source>
        <translation>Đã thêm với tên {name}, chưa xác minh. Hãy cùng nhau so sánh số an toàn, gặp trực tiếp, trong mục Đồng nghiệp.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="58"/>
        <location filename="../../ui/logs/fields.py" line="59"/>
        <source>Add a follow-up</source>
        <translation>Thêm việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="69"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="72"/>
        <source>What, and who does it</source>
        <translation>Việc gì, và ai làm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="74"/>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="77"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="103"/>
        <source>Follow-up {n} done</source>
        <translation>Đã xong việc cần làm tiếp {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="104"/>
        <source>Follow-up {n}</source>
        <translation>Việc cần làm tiếp {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="105"/>
        <source>Follow-up {n} due date</source>
        <translation>Hạn của việc cần làm tiếp {n}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="106"/>
        <source>Remove follow-up {n}</source>
        <translation>Xóa việc cần làm tiếp {n}</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="194"/>
        <source>B</source>
        <translation>Đ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="199"/>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="202"/>
        <source>• List</source>
        <translation>• Danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <location filename="../../ui/logs/fields.py" line="205"/>
        <source>1. List</source>
        <translation>1. Danh sách</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/logs/history.py" line="94"/>
        <source>Each time this log was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Mỗi lần ghi chép này được lưu, nội dung trước đó đều được giữ lại. Hãy chọn một phiên bản cũ để xem cạnh phiên bản hiện tại; các trường khác nhau được đánh dấu “đã đổi”.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="98"/>
        <source>No earlier versions: this log has not been edited since it was first saved.</source>
        <translation>Không có phiên bản cũ: ghi chép này chưa được sửa từ lần lưu đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="141"/>
        <location filename="../../ui/logs/history.py" line="145"/>
        <source>Earlier versions</source>
        <extracomment>a version&apos;s fields as (translated label, plain value), the same labels in the same order for every version (see ``record_text.field_rows``)</extracomment>
        <translation>Phiên bản cũ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="147"/>
        <source>&amp;Saved versions, newest first:</source>
        <translation>Các phiên bản đã &amp;lưu, mới nhất trước:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="151"/>
        <source>Earlier version</source>
        <translation>Phiên bản cũ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="152"/>
        <source>&amp;Earlier version</source>
        <translation>Phiên bản &amp;cũ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="155"/>
        <source>Current version</source>
        <translation>Phiên bản hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="156"/>
        <location filename="../../ui/logs/history.py" line="320"/>
        <source>C&amp;urrent version</source>
        <translation>Phiên bản &amp;hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="180"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="185"/>
        <source>Delete earlier versions…</source>
        <translation>Xóa các phiên bản cũ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="187"/>
        <location filename="../../ui/logs/history.py" line="267"/>
        <source>Delete earlier versions</source>
        <translation>Xóa các phiên bản cũ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="232"/>
        <source>C&amp;urrent version, saved {time}</source>
        <translation>Phiên bản &amp;hiện tại, lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="237"/>
        <source>Saved {time}</source>
        <translation>Lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="261"/>
        <source>Delete the earlier versions of this log?</source>
        <translation>Xóa các phiên bản cũ của ghi chép này?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="263"/>
        <source>Only the current version is kept. Do this when an earlier version holds something that should not be kept, such as a name you replaced with a person code. This cannot be undone.</source>
        <translation>Chỉ phiên bản hiện tại được giữ lại. Hãy làm việc này khi một phiên bản cũ chứa điều không nên giữ, chẳng hạn một cái tên bạn đã thay bằng mã người. Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="276"/>
        <source>The earlier versions were deleted.</source>
        <translation>Đã xóa các phiên bản cũ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/history.py" line="291"/>
        <source>%n field(s) differ from the current version.</source>
        <translation>
            <numerusform>%n trường khác với phiên bản hiện tại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/logs/history.py" line="294"/>
        <source>This version is the same as the current one.</source>
        <translation>Phiên bản này giống với phiên bản hiện tại.</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <location filename="../../ui/incidents/filters.py" line="138"/>
        <source>Type</source>
        <extracomment>the filters, in the order they are shown</extracomment>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="139"/>
        <source>Setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="140"/>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="141"/>
        <source>Who was involved</source>
        <translation>Những ai liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="142"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="150"/>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="151"/>
        <source>Show all incidents</source>
        <translation>Hiện tất cả sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="157"/>
        <source>Any type</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="158"/>
        <source>Any setting</source>
        <translation>Mọi loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="159"/>
        <source>Any area</source>
        <translation>Mọi khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="160"/>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filters.py" line="161"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="62"/>
        <source>(no title)</source>
        <extracomment>an incident was opened (Enter, a double click): its id the current row changed: the id of its incident the Delete key was pressed with rows chosen</extracomment>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="63"/>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="89"/>
        <source>{setting}, {area}</source>
        <translation>{setting}, {area}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="146"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="149"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="150"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="151"/>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="152"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_list.py" line="153"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
</context>
<context>
    <name>IncidentPatterns</name>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="92"/>
        <source>Incidents by month and type</source>
        <translation>Sự cố theo tháng và loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="93"/>
        <source>Incidents by setting</source>
        <translation>Sự cố theo loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="94"/>
        <source>Incidents by who was involved</source>
        <translation>Sự cố theo những ai liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="95"/>
        <source>Incidents by time of day</source>
        <translation>Sự cố theo thời điểm trong ngày</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="103"/>
        <source>Patterns</source>
        <translation>Quy luật</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="107"/>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="111"/>
        <source>No incidents to count.</source>
        <translation>Không có sự cố nào để đếm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns.py" line="115"/>
        <source>%n incident(s) counted. An incident with several kinds of people involved counts once under each.</source>
        <translation>
            <numerusform>Đã đếm %n sự cố. Một sự cố có nhiều kiểu người liên quan được đếm một lần cho mỗi kiểu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="130"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/patterns.py" line="156"/>
        <source>{part} ({start} to {end})</source>
        <translation>{part} ({start} đến {end})</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="30"/>
        <source>Incidents on a timeline</source>
        <translation>Sự cố trên dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="36"/>
        <source>Type not given</source>
        <translation>Chưa ghi loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="40"/>
        <source>Measures reviewed</source>
        <translation>Đã xem lại biện pháp</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="44"/>
        <source>No incidents to show.</source>
        <translation>Không có sự cố nào để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="48"/>
        <source>{start} to {end}</source>
        <translation>{start} đến {end}</translation>
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
            <numerusform>%n sự cố từ {first} đến {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="90"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/timeline_words.py" line="91"/>
        <source>showing {zoom}, {window}: %n incident(s)</source>
        <translation>
            <numerusform>đang hiển thị {zoom}, {window}: %n sự cố</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="94"/>
        <source>by type: {types}</source>
        <translation>theo loại: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_words.py" line="97"/>
        <source>chosen: {incident}</source>
        <translation>đã chọn: {incident}</translation>
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
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="200"/>
        <source>Threats and incidents over time, and the patterns in them: where, what kind, who was involved, what time of day.</source>
        <translation>Các mối đe dọa và sự cố theo thời gian, và các quy luật trong đó: ở đâu, loại gì, những ai liên quan, vào lúc nào trong ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="204"/>
        <source>Something happened…</source>
        <translation>Có chuyện đã xảy ra…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="205"/>
        <source>Register an incident</source>
        <translation>Ghi nhận một sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="206"/>
        <source>Save summary for the organisation…</source>
        <translation>Lưu bản tóm tắt cho tổ chức…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="207"/>
        <source>Save summary for the organisation</source>
        <translation>Lưu bản tóm tắt cho tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="208"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="209"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="210"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="211"/>
        <source>Zoom out (-)</source>
        <translation>Thu nhỏ (-)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="214"/>
        <source>On the timeline: the arrow keys move between incidents, + and - zoom, Page Up and Page Down move in time, Enter opens.</source>
        <translation>Trên dòng thời gian: các phím mũi tên di chuyển giữa các sự cố, + và - để phóng to, thu nhỏ, Page Up và Page Down di chuyển theo thời gian, Enter để mở.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="218"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="219"/>
        <source>Patterns</source>
        <translation>Quy luật</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="220"/>
        <source>Timeline and patterns</source>
        <translation>Dòng thời gian và quy luật</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="221"/>
        <source>Share…</source>
        <translation>Chia sẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="222"/>
        <source>Share the incidents chosen</source>
        <translation>Chia sẻ các sự cố đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="224"/>
        <source>One bundle for the colleagues you choose. Shift or Ctrl chooses several.</source>
        <translation>Một gói cho những đồng nghiệp bạn chọn. Giữ Shift hoặc Ctrl để chọn nhiều.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="226"/>
        <source>Earlier versions…</source>
        <translation>Phiên bản cũ…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="227"/>
        <source>Earlier versions of the incident</source>
        <translation>Các phiên bản cũ của sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="228"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="229"/>
        <source>Delete the incidents chosen</source>
        <translation>Xóa các sự cố đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="230"/>
        <source>Receive a bundle…</source>
        <translation>Nhận một gói…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="231"/>
        <source>Receive a bundle</source>
        <translation>Nhận một gói</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="240"/>
        <source>Showing: {span}</source>
        <translation>Đang hiển thị: {span}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="319"/>
        <source>No incidents registered yet. When something happens, register it here or with Ctrl+I from anywhere: every question can be skipped.</source>
        <translation>Chưa ghi nhận sự cố nào. Khi có chuyện xảy ra, hãy ghi nhận tại đây hoặc bằng Ctrl+I từ bất cứ đâu: câu hỏi nào cũng có thể bỏ qua.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="324"/>
        <source>%n of the incidents match the filters.</source>
        <translation>
            <numerusform>%n sự cố khớp với bộ lọc.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/section.py" line="326"/>
        <source>No incidents match these filters.</source>
        <translation>Không có sự cố nào khớp với bộ lọc này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="358"/>
        <source>Bundle saved with %n incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Đã lưu gói gồm %n sự cố: được mã hóa cho những đồng nghiệp bạn đã chọn và cho bạn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/section.py" line="382"/>
        <source>%n incident(s) deleted.</source>
        <translation>
            <numerusform>Đã xóa %n sự cố.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsDialog</name>
    <message>
        <location filename="../../ui/journal/settings.py" line="28"/>
        <source>Journal settings</source>
        <translation>Cài đặt nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="29"/>
        <location filename="../../ui/journal/settings.py" line="30"/>
        <source>Show the prompts in new entries</source>
        <translation>Hiện các câu gợi ý trong bài mới</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="33"/>
        <source>Prompts, one per line</source>
        <translation>Câu gợi ý, mỗi dòng một câu</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="37"/>
        <location filename="../../ui/journal/settings.py" line="38"/>
        <source>Ask for my passphrase before the journal opens</source>
        <translation>Hỏi cụm mật khẩu của tôi trước khi mở nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="41"/>
        <location filename="../../ui/journal/settings.py" line="44"/>
        <source>Gently mention it when several recent check-ins felt hard</source>
        <translation>Nhẹ nhàng nhắc đến khi nhiều lần ghi cảm xúc gần đây đều thấy khó khăn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/settings.py" line="52"/>
        <source>Prompts (one per line; write your own if you like):</source>
        <translation>Câu gợi ý (mỗi dòng một câu; bạn có thể tự viết):</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/journal/gate.py" line="30"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Nhật ký của bạn đang khóa. Hãy nhập cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="35"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/journal/gate.py" line="36"/>
        <location filename="../../ui/journal/gate.py" line="37"/>
        <source>Open my journal</source>
        <translation>Mở nhật ký của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="87"/>
        <source>Journal entries</source>
        <extracomment>a meeting to debrief, or an entry to show, once the journal is open (&quot;Debrief now&quot;, a search result, while the journal was locked)</extracomment>
        <translation>Các bài nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="97"/>
        <source>Your journal is empty</source>
        <translation>Nhật ký của bạn còn trống</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="99"/>
        <source>This space is yours: a few words after a hard day, or only a check-in. Nothing here is shared, searched or exported unless you choose it, each time.</source>
        <translation>Khoảng không gian này là của bạn: vài dòng sau một ngày vất vả, hoặc chỉ một lần ghi cảm xúc. Không có gì ở đây được chia sẻ, tìm kiếm hay xuất ra, trừ khi bạn chọn như vậy, mỗi lần.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="102"/>
        <location filename="../../ui/journal/view.py" line="103"/>
        <source>Write the first entry</source>
        <translation>Viết bài đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="126"/>
        <source>New entry</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="127"/>
        <source>New journal entry</source>
        <translation>Bài nhật ký mới</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="128"/>
        <location filename="../../ui/journal/view.py" line="129"/>
        <location filename="../../ui/journal/view.py" line="145"/>
        <source>My support</source>
        <translation>Chỗ dựa của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="130"/>
        <source>Journal settings…</source>
        <translation>Cài đặt nhật ký…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="131"/>
        <source>Journal settings</source>
        <translation>Cài đặt nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="139"/>
        <source>Things have felt hard in several of your recent check-ins. That happens in this work. Your support list, or some rest, may help.</source>
        <translation>Trong một vài lần ghi cảm xúc gần đây, mọi thứ có vẻ khó khăn. Điều đó vẫn xảy ra trong công việc này. Danh sách chỗ dựa của bạn, hoặc nghỉ ngơi một chút, có thể giúp ích.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="146"/>
        <source>Open my support list</source>
        <translation>Mở danh sách chỗ dựa của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="147"/>
        <source>Hide this</source>
        <translation>Ẩn đi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="148"/>
        <source>Hide this note</source>
        <translation>Ẩn ghi chú này</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="248"/>
        <source>That passphrase did not open your journal. Your vault stays open.</source>
        <translation>Cụm mật khẩu đó không mở được nhật ký của bạn. Kho của bạn vẫn đang mở.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="266"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/view.py" line="392"/>
        <source>Check-in: {feeling}</source>
        <translation>Cảm xúc: {feeling}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/common/language_choice.py" line="138"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/common/language_choice.py" line="141"/>
        <source>Same as this computer</source>
        <translation>Giống máy tính này</translation>
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
        <translation>FieldSafe đang khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="72"/>
        <source>Your records are encrypted. Type your passphrase to open them.</source>
        <translation>Các bản ghi của bạn đã được mã hóa. Hãy gõ cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="85"/>
        <source>Forgot it? You can type your recovery code here instead.</source>
        <translation>Quên cụm mật khẩu? Bạn có thể gõ mã khôi phục vào đây thay thế.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="93"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="99"/>
        <source>Unlocking</source>
        <translation>Đang mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="104"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="105"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="106"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="173"/>
        <source>Please type your passphrase or recovery code.</source>
        <translation>Hãy gõ cụm mật khẩu hoặc mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="97"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="108"/>
        <source>Attach photos or PDFs…</source>
        <translation>Đính kèm ảnh hoặc PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="109"/>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="111"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="112"/>
        <source>View attachment</source>
        <translation>Xem tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="114"/>
        <location filename="../../ui/logs/attachments_panel.py" line="306"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="115"/>
        <source>Remove attachment</source>
        <translation>Xóa tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="118"/>
        <source>Remove location and camera details from photos</source>
        <translation>Gỡ thông tin vị trí và máy ảnh khỏi ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="241"/>
        <source>Encrypting the attachments…</source>
        <translation>Đang mã hóa các tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="304"/>
        <source>Remove this attachment?</source>
        <translation>Xóa tệp đính kèm này?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="305"/>
        <source>It will be removed from the vault for good.</source>
        <translation>Mục này sẽ bị xóa vĩnh viễn khỏi kho.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/attachments_panel.py" line="315"/>
        <source>The attachment was removed.</source>
        <translation>Đã xóa tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="113"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="117"/>
        <source>A few words; use person codes, not names</source>
        <translation>Vài chữ; dùng mã người, không dùng tên</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="118"/>
        <location filename="../../ui/logs/form.py" line="119"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="121"/>
        <source>How long (minutes)</source>
        <translation>Bao lâu (phút)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="124"/>
        <location filename="../../ui/logs/form.py" line="128"/>
        <source>Not recorded</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="125"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="127"/>
        <source>Setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="132"/>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="134"/>
        <source>A district or part of town, never an exact address</source>
        <translation>Một quận hoặc một phần thành phố, không bao giờ là địa chỉ cụ thể</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="136"/>
        <source>Who went</source>
        <translation>Ai đã đi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="137"/>
        <source>Me and colleagues, separated by commas</source>
        <translation>Tôi và đồng nghiệp, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="139"/>
        <location filename="../../ui/logs/privacy_bar.py" line="143"/>
        <source>Person codes</source>
        <translation>Mã người</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="140"/>
        <source>Codes, not names, e.g. A12, B7</source>
        <translation>Mã, không dùng tên, ví dụ: A12, B7</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="141"/>
        <source>Code book…</source>
        <translation>Sổ mã…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="142"/>
        <source>Code book</source>
        <translation>Sổ mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="146"/>
        <source>What happened</source>
        <translation>Những gì đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="153"/>
        <source>What happened, what was agreed, what to follow up. Codes instead of names.</source>
        <translation>Những gì đã diễn ra, những gì đã thỏa thuận, việc cần làm tiếp. Dùng mã thay cho tên.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="158"/>
        <source>Needs expressed</source>
        <translation>Nhu cầu được nêu ra</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="161"/>
        <source>Information and referrals given</source>
        <translation>Thông tin đã cung cấp và chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="165"/>
        <source>Safety observations</source>
        <translation>Quan sát về an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="166"/>
        <source>Was anyone watching or following? Any threat?</source>
        <translation>Có ai theo dõi hoặc đi theo không? Có mối đe dọa nào không?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="169"/>
        <source>Register as an incident…</source>
        <translation>Ghi nhận thành sự cố…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="170"/>
        <source>Register as an incident</source>
        <translation>Ghi nhận thành sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="172"/>
        <source>Open the incident form with this log and its safety observations (Ctrl+I)</source>
        <translation>Mở biểu mẫu sự cố với ghi chép này và các quan sát về an toàn của nó (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="175"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="176"/>
        <source>e.g. health, housing</source>
        <translation>ví dụ: sức khỏe, nhà ở</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="179"/>
        <source>There are paper notes of this meeting</source>
        <translation>Có ghi chú trên giấy về buổi gặp này</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="183"/>
        <location filename="../../ui/logs/form.py" line="378"/>
        <source>I have destroyed them</source>
        <translation>Tôi đã hủy chúng</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="184"/>
        <source>Paper notes destroyed</source>
        <translation>Đã hủy ghi chú giấy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="186"/>
        <source>No review date</source>
        <translation>Không có ngày xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="187"/>
        <source>Review by</source>
        <translation>Xem lại trước</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="189"/>
        <source>On this date the Today view asks whether to keep or delete this log.</source>
        <translation>Vào ngày này, màn hình Hôm nay sẽ hỏi nên giữ hay xóa ghi chép này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="208"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="209"/>
        <source>&amp;When:</source>
        <translation>Thời &amp;gian:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="210"/>
        <source>How &amp;long:</source>
        <translation>&amp;Bao lâu:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="211"/>
        <source>Se&amp;tting:</source>
        <translation>L&amp;oại địa điểm:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="212"/>
        <source>Area:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="213"/>
        <source>Who went:</source>
        <translation>Ai đã đi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="217"/>
        <source>&amp;Person codes:</source>
        <translation>Mã &amp;người:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="223"/>
        <source>Wh&amp;at happened:</source>
        <translation>Những gì đã &amp;diễn ra:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="231"/>
        <source>Outreach log</source>
        <translation>Ghi chép tiếp cận</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="289"/>
        <source>&amp;Needs the person expressed:</source>
        <translation>Nh&amp;u cầu người đó nêu ra:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="291"/>
        <source>Information and &amp;referrals given:</source>
        <translation>Thông tin đã cung cấp và chu&amp;yển gửi:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="293"/>
        <source>Follow-&amp;ups:</source>
        <translation>&amp;Việc cần làm tiếp:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="297"/>
        <source>Safet&amp;y observations:</source>
        <translation>&amp;Quan sát về an toàn:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="298"/>
        <source>Tags:</source>
        <translation>Nhãn:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="305"/>
        <source>Paper notes:</source>
        <translation>Ghi chú giấy:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="307"/>
        <source>Attach&amp;ments:</source>
        <translation>Tệ&amp;p đính kèm:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="309"/>
        <source>Review &amp;by:</source>
        <translation>Hạn x&amp;em lại:</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="377"/>
        <source>Not yet confirmed destroyed.</source>
        <translation>Chưa xác nhận đã hủy.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="382"/>
        <source>Destroyed, confirmed {time}.</source>
        <translation>Đã hủy, xác nhận lúc {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="386"/>
        <source>Not destroyed after all</source>
        <translation>Thực ra chưa hủy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/form.py" line="456"/>
        <source>me</source>
        <translation>tôi</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="62"/>
        <location filename="../../ui/logs/privacy_bar.py" line="115"/>
        <location filename="../../ui/logs/privacy_bar.py" line="122"/>
        <source>Replace with a code…</source>
        <translation>Thay bằng một mã…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="63"/>
        <source>Replace with a person code</source>
        <translation>Thay bằng một mã người</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="65"/>
        <source>Keep it</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="66"/>
        <source>Keep this text</source>
        <translation>Giữ đoạn chữ này</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="100"/>
        <source>“{text}” looks like a phone number.</source>
        <translation>“{text}” trông giống một số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="102"/>
        <source>“{text}” looks like an e-mail address.</source>
        <translation>“{text}” trông giống một địa chỉ e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="104"/>
        <source>“{text}” is a name you listed for {code} in the code book.</source>
        <translation>“{text}” là một tên bạn đã ghi cho {code} trong sổ mã.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="108"/>
        <source>If this laptop is lost, a person code keeps the person safer.</source>
        <translation>Nếu máy tính xách tay này bị mất, mã người giúp giữ người đó an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="112"/>
        <source>Replace with {code}</source>
        <translation>Thay bằng {code}</translation>
    </message>
    <message>
        <location filename="../../ui/logs/privacy_bar.py" line="148"/>
        <source>No codes yet: add one in the code book</source>
        <translation>Chưa có mã nào: hãy thêm một mã trong sổ mã</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions…</source>
        <extracomment>the editor&apos;s draft slot in the vault (kept by ui.common.drafting) how long after typing the privacy hints are looked for a message about something no longer on screen (for the status bar) a new log was saved for the first time (the window offers a debrief)</extracomment>
        <translation>Phiên bản cũ…</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="136"/>
        <source>Earlier versions</source>
        <translation>Phiên bản cũ</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="138"/>
        <location filename="../../ui/logs/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="139"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="140"/>
        <source>Change this saved log (Ctrl+E)</source>
        <translation>Sửa ghi chép đã lưu này (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="142"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="189"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Đã khôi phục từ bản nháp. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="197"/>
        <source>Saved. Press Edit to change it.</source>
        <translation>Đã lưu. Nhấn Sửa để thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="264"/>
        <source>Filled in from the meeting plan.</source>
        <translation>Đã điền từ kế hoạch gặp.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="316"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="328"/>
        <source>Delete this outreach log?</source>
        <translation>Xóa ghi chép tiếp cận này?</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="330"/>
        <source>It will be removed from the vault for good, with its earlier versions and attachments. This cannot be undone.</source>
        <translation>Ghi chép sẽ bị xóa vĩnh viễn khỏi kho, cùng các phiên bản cũ và tệp đính kèm của nó. Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/editor.py" line="345"/>
        <source>The log was deleted.</source>
        <translation>Đã xóa ghi chép.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="386"/>
        <source>%n file(s) added to the vault.</source>
        <translation>
            <numerusform>Đã thêm %n tệp vào kho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="391"/>
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n tệp chưa được thêm:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="405"/>
        <source>%n original(s) deleted.</source>
        <translation>
            <numerusform>Đã xóa %n tệp gốc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="408"/>
        <source>%n of them could only be deleted, not overwritten first.</source>
        <translation>
            <numerusform>Có %n tệp trong số đó chỉ xóa được, không ghi đè trước được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="411"/>
        <source>%n original(s) were already gone.</source>
        <translation>
            <numerusform>%n tệp gốc đã không còn từ trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logs/editor.py" line="415"/>
        <source>%n original(s) could not be deleted (the file or its folder is read-only, or it is a link). Delete them another way.</source>
        <translation>
            <numerusform>%n tệp gốc không xóa được (tệp hoặc thư mục của nó chỉ cho phép đọc, hoặc đó là một liên kết). Hãy xóa chúng bằng cách khác.</numerusform>
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
            <numerusform>Các kết quả khớp nhất trong %n bản ghi gần đây nhất có khớp. Thêm một từ để tìm các bản ghi cũ hơn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="27"/>
        <source>The log is saved. Would you like to write a few lines for yourself about how it went?</source>
        <translation>Ghi chép đã được lưu. Bạn có muốn viết vài dòng cho chính mình về buổi gặp đã diễn ra thế nào không?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="32"/>
        <location filename="../../ui/shell/debrief_bar.py" line="33"/>
        <source>Debrief now</source>
        <translation>Nhìn lại ngay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="34"/>
        <location filename="../../ui/shell/debrief_bar.py" line="35"/>
        <source>Remind me later</source>
        <translation>Nhắc tôi sau</translation>
    </message>
    <message>
        <location filename="../../ui/shell/debrief_bar.py" line="36"/>
        <location filename="../../ui/shell/debrief_bar.py" line="37"/>
        <source>Not this time</source>
        <translation>Lần này thì không</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_actions.py" line="55"/>
        <source>Choose one or more logs to print first.</source>
        <translation>Hãy chọn một hoặc nhiều ghi chép để in trước.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="103"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="104"/>
        <source>Search all records</source>
        <translation>Tìm trong tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="106"/>
        <source>Sear&amp;ch:</source>
        <translation>Tì&amp;m kiếm:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="118"/>
        <location filename="../../ui/shell/window_layout.py" line="34"/>
        <source>Outreach logs</source>
        <extracomment>the rows of the sidebar, in order (the window&apos;s _SECTION_* numbers)</extracomment>
        <translation>Ghi chép tiếp cận</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="142"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="152"/>
        <source>&amp;Filters</source>
        <translation>Bộ lọ&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="153"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="160"/>
        <source>Include my journal</source>
        <translation>Tìm cả trong nhật ký của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="161"/>
        <source>Include my journal in this search</source>
        <translation>Tìm cả trong nhật ký của tôi ở lần tìm này</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="302"/>
        <source>No logs match these filters.</source>
        <translation>Không có ghi chép nào khớp với bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="403"/>
        <source>Your journal is locked: open it first to include it in a search.</source>
        <translation>Nhật ký của bạn đang khóa: hãy mở nhật ký trước để tìm cả trong đó.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="431"/>
        <source>The best matches first; more appear as you scroll.</source>
        <translation>Các kết quả khớp nhất hiện trước; cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/log_list.py" line="435"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Không tìm thấy gì. Hãy thử ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="59"/>
        <source>&amp;New log</source>
        <translation>Ghi chép &amp;mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Earlier versions…</source>
        <translation>&amp;Phiên bản cũ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu dạng P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="71"/>
        <source>&amp;Code book…</source>
        <translation>&amp;Sổ mã…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="72"/>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="73"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="75"/>
        <source>&amp;Change passphrase…</source>
        <translation>Đổi cụm &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Hide everything now</source>
        <translation>Ẩn mọi thứ &amp;ngay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="85"/>
        <source>What FieldSafe &amp;protects</source>
        <translation>Những gì FieldSafe &amp;bảo vệ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="86"/>
        <source>&amp;Erase this vault…</source>
        <translation>&amp;Xóa sạch kho này…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="92"/>
        <source>&amp;Vault</source>
        <translation>&amp;Kho</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>P&amp;references…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="107"/>
        <source>L&amp;og</source>
        <translation>G&amp;hi chép</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="120"/>
        <source>&amp;Go</source>
        <translation>Đi &amp;tới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="123"/>
        <source>&amp;About FieldSafe</source>
        <translation>&amp;Giới thiệu FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="136"/>
        <source>New log</source>
        <translation>Ghi chép mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="137"/>
        <source>Show today</source>
        <translation>Hiện hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="138"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="152"/>
        <source>&amp;Edit this log</source>
        <translation>&amp;Chỉnh sửa ghi chép này</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="160"/>
        <source>Something &amp;happened…</source>
        <translation>Có chuyện đã &amp;xảy ra…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="181"/>
        <source>Section {number}</source>
        <translation>Mục {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="188"/>
        <source>Close the bar</source>
        <translation>Đóng thanh này</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="35"/>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="44"/>
        <source>Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code.</source>
        <translation>Đã ghi bản sao lưu. Hãy cất nó ở nơi khác, tách khỏi máy tính xách tay này; nó mở được bằng cụm mật khẩu hoặc mã khôi phục của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/vault_actions.py" line="65"/>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
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
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="377"/>
        <source>A reminder to debrief is on the Today view.</source>
        <translation>Lời nhắc nhìn lại đang ở màn hình Hôm nay.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="494"/>
        <source>Your edit could not be saved (see the message below it). Close again to discard it.</source>
        <translation>Không lưu được thay đổi của bạn (xem thông báo bên dưới). Đóng lần nữa để bỏ thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="35"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="36"/>
        <source>My journal</source>
        <translation>Nhật ký của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="37"/>
        <source>Meeting plans</source>
        <translation>Kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="39"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="43"/>
        <source>Risk assessments</source>
        <translation>Đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_layout.py" line="49"/>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
</context>
<context>
    <name>MonthTypeGrid</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/patterns_paint.py" line="340"/>
        <source>%n month(s) from {first} to {last}</source>
        <extracomment>a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)</extracomment>
        <translation>
            <numerusform>%n tháng, từ {first} đến {last}</numerusform>
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
        <translation>Tên của bạn với đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="51"/>
        <source>When you share meeting plans, colleagues see this name on your card and above your half of the safety number, so they can tell you apart. A first name or a nickname they know you by is enough.</source>
        <translation>Khi bạn chia sẻ kế hoạch gặp, đồng nghiệp sẽ thấy tên này trên thẻ của bạn và phía trên nửa số an toàn của bạn, để họ phân biệt được bạn. Một cái tên hoặc biệt danh mà họ biết là đủ.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="59"/>
        <source>Your name or nickname</source>
        <translation>Tên hoặc biệt danh của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="61"/>
        <source>Your &amp;name or nickname:</source>
        <translation>&amp;Tên hoặc biệt danh của bạn:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="66"/>
        <source>Your card is not secret: anyone who sees it can read this name. You can change it later in Preferences.</source>
        <translation>Thẻ của bạn không phải là bí mật: ai nhìn thấy thẻ cũng đọc được tên này. Bạn có thể đổi tên sau trong Tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="80"/>
        <source>&amp;Open my vault</source>
        <translation>&amp;Mở kho của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="97"/>
        <source>Colleagues will see: {name}</source>
        <translation>Đồng nghiệp sẽ thấy: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_name.py" line="101"/>
        <source>If you leave this empty, colleagues will see {name}, the name every new card has, and cannot tell you apart from others until they give you a name themselves.</source>
        <translation>Nếu bạn để trống, đồng nghiệp sẽ thấy {name}, tên mà mọi thẻ mới đều có, và không phân biệt được bạn với người khác cho đến khi chính họ đặt tên cho bạn.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message numerus="yes">
        <location filename="../../ui/shell/passphrase.py" line="243"/>
        <source>Please use at least %n character(s) ({count} so far). Adding another word is the easiest way.</source>
        <translation>
            <numerusform>Hãy dùng ít nhất %n ký tự (hiện có {count}). Thêm một từ nữa là cách dễ nhất.</numerusform>
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
        <translation>Chọn trên lịch…</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="111"/>
        <source>Tomorrow</source>
        <translation>Ngày mai</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="113"/>
        <source>In a week</source>
        <translation>Sau một tuần</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="115"/>
        <source>In a month</source>
        <translation>Sau một tháng</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="118"/>
        <source>No date</source>
        <translation>Không có ngày</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="185"/>
        <source>{name}: calendar and quick picks</source>
        <translation>{name}: lịch và chọn nhanh</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="187"/>
        <source>{name}: calendar</source>
        <translation>{name}: lịch</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="188"/>
        <source>{name}: note</source>
        <translation>{name}: ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="204"/>
        <source>Not a date yet: {kept} stays until you type one like {example}.</source>
        <translation>Chưa phải là ngày: {kept} được giữ cho đến khi bạn gõ một ngày như {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/optional_date.py" line="212"/>
        <source>Not a date yet, so it is not kept. Type it like {example}.</source>
        <translation>Chưa phải là ngày nên không được giữ lại. Hãy gõ theo dạng {example}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/common/date_time.py" line="92"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="177"/>
        <source>{name}: time</source>
        <translation>{name}: giờ</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="178"/>
        <source>{name}: time note</source>
        <translation>{name}: ghi chú về giờ</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="195"/>
        <source>Not a time yet. Type it like {example}.</source>
        <translation>Chưa phải là giờ. Hãy gõ theo dạng {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="198"/>
        <source>Add a time too, like {example}; without one it is not kept.</source>
        <translation>Hãy thêm cả giờ, như {example}; nếu không có giờ thì không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="210"/>
        <source>FieldSafe keeps times from the year 1900 to 9998.</source>
        <translation>FieldSafe lưu thời gian từ năm 1900 đến năm 9998.</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_time.py" line="213"/>
        <source>Until then {kept} stays.</source>
        <translation>Cho đến lúc đó, {kept} được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>OutreachLogModel</name>
    <message>
        <location filename="../../ui/logs/model.py" line="56"/>
        <source>Untitled</source>
        <translation>Chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/logs/model.py" line="65"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="111"/>
        <source>Choose a passphrase</source>
        <translation>Chọn cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="116"/>
        <source>Only you will know it; FieldSafe cannot reset it. You will also get a recovery code in the next step.</source>
        <translation>Chỉ bạn biết cụm mật khẩu này; FieldSafe không thể đặt lại nó. Ở bước tiếp theo, bạn cũng sẽ nhận một mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Tạo kho</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="123"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="124"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="125"/>
        <source>C&amp;onfirm passphrase:</source>
        <translation>&amp;Xác nhận cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="126"/>
        <source>Confirm passphrase</source>
        <translation>Xác nhận cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="132"/>
        <source>Creating the vault</source>
        <translation>Đang tạo kho</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="164"/>
        <source>Creating your vault… This takes a moment on purpose: it makes guessing the passphrase very slow for anyone else.</source>
        <translation>Đang tạo kho của bạn… Việc này cố ý mất một lúc: nó khiến bất kỳ ai khác đoán cụm mật khẩu rất chậm.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="67"/>
        <source>Meeting plan</source>
        <extracomment>the grace a plan that says nothing has, in minutes the &quot;What will we do if…&quot; answers: one text box per scenario key</extracomment>
        <translation>Kế hoạch gặp</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/view.py" line="87"/>
        <source>Meeting plans</source>
        <extracomment>&quot;Something happened at this meeting&quot;: register an incident from the plan (its id)</extracomment>
        <translation>Kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="88"/>
        <source>New plan…</source>
        <translation>Kế hoạch mới…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="89"/>
        <source>New meeting plan</source>
        <translation>Kế hoạch gặp mới</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="90"/>
        <source>Edit plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="91"/>
        <source>Edit meeting plan</source>
        <translation>Sửa kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="92"/>
        <source>Delete plan…</source>
        <translation>Xóa kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="93"/>
        <source>Delete meeting plan</source>
        <translation>Xóa kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>Plan status</source>
        <translation>Trạng thái kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Meeting done: write the log</source>
        <translation>Đã gặp xong: viết ghi chép</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>Meeting done</source>
        <translation>Đã gặp xong</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Something happened at this meeting…</source>
        <translation>Có chuyện đã xảy ra ở buổi gặp này…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="101"/>
        <source>Register an incident from this meeting</source>
        <translation>Ghi nhận một sự cố từ buổi gặp này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="115"/>
        <source>Colleagues…</source>
        <translation>Đồng nghiệp…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116"/>
        <source>Colleagues</source>
        <translation>Đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="117"/>
        <source>Share with a colleague…</source>
        <translation>Chia sẻ với một đồng nghiệp…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Share this plan with a colleague</source>
        <translation>Chia sẻ kế hoạch này với một đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="119"/>
        <source>Receive a bundle…</source>
        <translation>Nhận một gói…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="120"/>
        <source>Receive a bundle</source>
        <translation>Nhận một gói</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Pocket card as PDF…</source>
        <translation>Thẻ bỏ túi dạng PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122"/>
        <source>Pocket card as PDF</source>
        <translation>Thẻ bỏ túi dạng PDF</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126"/>
        <source>Checklist</source>
        <translation>Danh sách kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="214"/>
        <source>Meeting plan</source>
        <translation>Kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="217"/>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="285"/>
        <source>{name}&apos;s update changed: {fields}. Each is marked below.</source>
        <translation>Bản cập nhật của {name} đã thay đổi: {fields}. Mỗi mục được đánh dấu bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="289"/>
        <source>A received update changed: {fields}. Each is marked below.</source>
        <translation>Một bản cập nhật nhận được đã thay đổi: {fields}. Mỗi mục được đánh dấu bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="314"/>
        <source>Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in.</source>
        <translation>Lập kế hoạch gặp theo cặp: ở đâu, một nơi dự phòng, các bạn sẽ làm gì nếu…, tín hiệu cảnh báo, và khi nào báo an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="322"/>
        <source>{when}, at {place}, with {colleague}.</source>
        <translation>{when}, tại {place}, cùng {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="324"/>
        <source>a place not chosen yet</source>
        <translation>một nơi chưa được chọn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="325"/>
        <source>a colleague not chosen yet</source>
        <translation>một đồng nghiệp chưa được chọn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="330"/>
        <source>Still open: {items}.</source>
        <translation>Còn thiếu: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="334"/>
        <source>Nothing open: the plan looks ready.</source>
        <translation>Không còn gì thiếu: kế hoạch có vẻ đã sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="381"/>
        <source>Plan saved.</source>
        <translation>Đã lưu kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Delete this meeting plan?</source>
        <translation>Xóa kế hoạch gặp này?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="393"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Mục này sẽ bị xóa vĩnh viễn khỏi kho, cùng các phiên bản cũ của nó. Bản sao bạn đã chia sẻ vẫn còn ở chỗ đồng nghiệp. Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="396"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="406"/>
        <source>Plan deleted.</source>
        <translation>Đã xóa kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="442"/>
        <source>Bundle saved: encrypted for your colleague and for you.</source>
        <translation>Đã lưu gói: được mã hóa cho đồng nghiệp của bạn và cho bạn.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/shell/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="97"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="99"/>
        <source>A name or nickname</source>
        <translation>Một tên hoặc biệt danh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="103"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="111"/>
        <source>min</source>
        <comment>minutes, after a number</comment>
        <translation>phút</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="112"/>
        <source>Minutes idle before locking</source>
        <translation>Số phút không dùng trước khi khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="114"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="118"/>
        <source>Show a system notice when a check-in time passes</source>
        <translation>Hiện thông báo hệ thống khi đã qua giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="119"/>
        <source>System notice when a check-in time passes</source>
        <translation>Thông báo hệ thống khi đã qua giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="138"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="139"/>
        <source>Colleagues see this name on your card.</source>
        <translation>Đồng nghiệp thấy tên này trên thẻ của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="142"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="144"/>
        <source>Language and text size change the next time FieldSafe starts.</source>
        <translation>Ngôn ngữ và cỡ chữ sẽ thay đổi vào lần tới FieldSafe khởi động.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="146"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Khóa khi &amp;không dùng trong:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="147"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Giao diện:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="150"/>
        <source>It says only that a check-in time has passed, never which meeting.</source>
        <translation>Thông báo chỉ nói rằng đã qua một giờ báo an toàn, không bao giờ nói là buổi gặp nào.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preferences.py" line="169"/>
        <source>Unlock the vault to change your name</source>
        <translation>Hãy mở khóa kho để đổi tên của bạn</translation>
    </message>
</context>
<context>
    <name>PrintWarning</name>
    <message numerus="yes">
        <location filename="../../ui/logs/printing.py" line="82"/>
        <source>%n log(s) will be included.</source>
        <extracomment>page margins, millimetres</extracomment>
        <translation>
            <numerusform>%n ghi chép sẽ được đưa vào.</numerusform>
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
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="201"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Nếu có lúc bạn quên cụm mật khẩu, mã này sẽ mở kho của bạn. Mã chỉ được hiển thị lần này thôi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="205"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="214"/>
        <source>Write it down on paper now, and keep the paper apart from this laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Hãy ghi mã ra giấy ngay bây giờ, và cất tờ giấy ở nơi khác, tách khỏi máy tính xách tay này (không để trong túi đựng máy). Bất kỳ ai có cả máy tính này và mã này đều có thể mở kho.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="223"/>
        <source>FieldSafe does not copy it for you, so it never lands in a clipboard history. Capital letters or not, dashes or not: both work.</source>
        <translation>FieldSafe không sao chép mã giúp bạn, để mã không bao giờ nằm trong lịch sử bộ nhớ tạm. Viết hoa hay không, có dấu gạch ngang hay không: đều được.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackup</name>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="75"/>
        <source>The backup folder is not there: is the drive plugged in, or was the folder moved? Nothing was lost; FieldSafe tries again later.</source>
        <translation>Không thấy thư mục sao lưu: ổ đĩa đã được cắm vào chưa, hay thư mục đã bị di chuyển? Không có gì bị mất; FieldSafe sẽ thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="196"/>
        <source>Encrypted backup written to your backup folder.</source>
        <translation>Đã ghi bản sao lưu được mã hóa vào thư mục sao lưu của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_runner.py" line="198"/>
        <source>The backup worked this time. It is in your backup folder.</source>
        <translation>Lần này sao lưu đã thành công. Bản sao lưu nằm trong thư mục sao lưu của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="74"/>
        <source>Off: no backup is written on a schedule.</source>
        <translation>Tắt: không có bản sao lưu nào được ghi theo lịch.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="76"/>
        <source>No backup has been written there yet.</source>
        <translation>Chưa có bản sao lưu nào được ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="78"/>
        <source>Last backup: {time}.</source>
        <translation>Lần sao lưu gần nhất: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="81"/>
        <source>The last try, {time}, did not work.</source>
        <translation>Lần thử gần nhất, lúc {time}, không thành công.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="85"/>
        <source>It worked.</source>
        <translation>Đã thành công.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="112"/>
        <source>Back up on a schedule</source>
        <translation>Sao lưu theo lịch</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="116"/>
        <source>An encrypted copy of your whole vault, written into the folder you choose. Only your passphrase or recovery code opens it: your organisation can keep it but never read it, and your journal stays private inside it.</source>
        <translation>Một bản sao được mã hóa của toàn bộ kho, được ghi vào thư mục bạn chọn. Chỉ cụm mật khẩu hoặc mã khôi phục của bạn mở được nó: tổ chức của bạn có thể giữ nó nhưng không bao giờ đọc được, và nhật ký của bạn vẫn riêng tư bên trong.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <source>Choose &amp;folder…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="125"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="262"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="296"/>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <location filename="../../ui/shell/scheduled_backup.py" line="250"/>
        <source>&amp;Use the team folder</source>
        <translation>&amp;Dùng thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="127"/>
        <source>Use the team folder</source>
        <translation>Dùng thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="131"/>
        <source>How often to back up</source>
        <translation>Bao lâu sao lưu một lần</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="133"/>
        <source>Every day</source>
        <translation>Mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="134"/>
        <source>Every week</source>
        <translation>Mỗi tuần</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="135"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="140"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="145"/>
        <source>How the last backup went</source>
        <translation>Kết quả lần sao lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="151"/>
        <source>Unlock the vault to back up on a schedule.</source>
        <translation>Hãy mở khóa kho để sao lưu theo lịch.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="166"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="171"/>
        <source>How &amp;often:</source>
        <translation>Bao &amp;lâu một lần:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="206"/>
        <source>No folder chosen.</source>
        <translation>Chưa chọn thư mục.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/scheduled_backup.py" line="243"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Mỗi %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="252"/>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Dùng một thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="277"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="310"/>
        <source>That folder is not there now: is the drive plugged in? Nothing was changed.</source>
        <translation>Hiện không thấy thư mục đó: ổ đĩa đã được cắm vào chưa? Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scheduled_backup.py" line="322"/>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search_results.py" line="66"/>
        <source>Untitled</source>
        <translation>Chưa có tiêu đề</translation>
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
        <translation>FieldSafe không ghi được tệp ghi sự kiện của mình, nên lần này chạy mà không có tệp đó. Các bản ghi của bạn không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="263"/>
        <source>Read only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="354"/>
        <source>Not locked. The note&apos;s text is on the clipboard for 30 seconds, and is cleared when FieldSafe locks.</source>
        <translation>Chưa khóa. Nội dung ghi chú nằm trong bộ nhớ tạm trong 30 giây, và bị xóa khi FieldSafe khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="358"/>
        <source>Not locked. Your note is still here; try to save it again.</source>
        <translation>Chưa khóa. Ghi chú của bạn vẫn còn đây; hãy thử lưu lại.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/session.py" line="443"/>
        <source>The vault is locked. The edit that was open could not be saved, so it was not kept.</source>
        <translation>Kho đã khóa. Phần đang sửa dở không lưu được, nên đã không được giữ lại.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="79"/>
        <source>%n log(s) with a follow-up due</source>
        <translation>
            <numerusform>%n ghi chép có việc cần làm tiếp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="81"/>
        <source>%n plan(s) today</source>
        <translation>
            <numerusform>%n kế hoạch hôm nay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="83"/>
        <source>%n open incident(s) with measures not yet reviewed</source>
        <translation>
            <numerusform>%n sự cố đang mở có biện pháp chưa được xem lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="85"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n lần xem lại đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/sidebar.py" line="86"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
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
        <translation>Chỗ dựa của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="64"/>
        <source>People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere.</source>
        <translation>Những người bạn có thể liên hệ, và những gì giúp bạn. Chỉ được lưu trong kho này; không có gì được gửi đi đâu cả.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="88"/>
        <location filename="../../ui/journal/support.py" line="155"/>
        <source>People I can reach</source>
        <translation>Những người tôi có thể liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="91"/>
        <location filename="../../ui/journal/support.py" line="92"/>
        <source>Name or organisation</source>
        <translation>Tên hoặc tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="94"/>
        <location filename="../../ui/journal/support.py" line="95"/>
        <source>How to reach them</source>
        <translation>Cách liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="97"/>
        <location filename="../../ui/journal/support.py" line="98"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="99"/>
        <location filename="../../ui/journal/support.py" line="100"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="101"/>
        <location filename="../../ui/journal/support.py" line="102"/>
        <source>Remove person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="106"/>
        <location filename="../../ui/journal/support.py" line="165"/>
        <source>What helps me</source>
        <translation>Những gì giúp tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="109"/>
        <source>Something that helps</source>
        <translation>Một điều giúp ích</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="110"/>
        <source>e.g. a walk, music, calling my sister</source>
        <translation>ví dụ: đi dạo, nghe nhạc, gọi cho chị gái</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="112"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="113"/>
        <source>Add what helps</source>
        <translation>Thêm điều giúp ích</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="114"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="115"/>
        <source>Remove what helps</source>
        <translation>Xóa điều giúp ích</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="125"/>
        <location filename="../../ui/journal/support.py" line="126"/>
        <source>Add someone I can reach</source>
        <translation>Thêm người tôi có thể liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="139"/>
        <source>Your support list is empty for now. Some things that often help:</source>
        <translation>Danh sách chỗ dựa của bạn hiện còn trống. Một số điều thường giúp ích:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="140"/>
        <source>someone you trust</source>
        <translation>một người bạn tin tưởng</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="141"/>
        <source>a colleague or your supervisor</source>
        <translation>một đồng nghiệp hoặc người giám sát của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="142"/>
        <source>a helpline of your organisation</source>
        <translation>một đường dây hỗ trợ của tổ chức bạn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="143"/>
        <source>rest</source>
        <translation>nghỉ ngơi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="144"/>
        <source>something that grounds you, like a walk or slow breaths</source>
        <translation>điều gì đó giúp bạn bình tâm lại, như đi dạo hoặc thở chậm</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="204"/>
        <source>Write a name or an organisation first.</source>
        <translation>Hãy viết tên một người hoặc một tổ chức trước.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/teams/editor.py" line="193"/>
        <source>Choose a team, or create one.</source>
        <extracomment>a team&apos;s name field is never narrower than its name, up to this many &quot;M&quot;s</extracomment>
        <translation>Chọn một nhóm, hoặc tạo nhóm mới.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="195"/>
        <source>No teams yet. Type a name for your first team.</source>
        <translation>Chưa có nhóm nào. Hãy gõ tên cho nhóm đầu tiên của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="251"/>
        <source>No members yet.</source>
        <translation>Chưa có thành viên nào.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="261"/>
        <source>All your colleagues are in this team.</source>
        <translation>Tất cả đồng nghiệp của bạn đều ở trong nhóm này.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="263"/>
        <source>No colleagues yet: add their cards in the Colleagues tab.</source>
        <translation>Chưa có đồng nghiệp nào: hãy thêm thẻ của họ trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="279"/>
        <source>Team “{name}” created. Choose its team folder and add verified colleagues.</source>
        <translation>Đã tạo nhóm “{name}”. Hãy chọn thư mục nhóm và thêm các đồng nghiệp đã xác minh.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="295"/>
        <source>The team is now called “{name}”.</source>
        <translation>Nhóm giờ có tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="306"/>
        <source>Choose the team folder</source>
        <translation>Chọn thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="321"/>
        <source>The team has no folder now. The folder and the files in it stay where they are.</source>
        <translation>Nhóm hiện không có thư mục. Thư mục và các tệp trong đó vẫn ở nguyên chỗ cũ.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="324"/>
        <source>The team folder is set. Leave your card there so the team can find it.</source>
        <translation>Đã đặt thư mục nhóm. Hãy để thẻ của bạn ở đó để nhóm có thể tìm thấy.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="345"/>
        <source>{name} is now a member of this team.</source>
        <translation>{name} giờ là thành viên của nhóm này.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="356"/>
        <source>{name} is now a safety lead of this team.</source>
        <translation>{name} giờ là người phụ trách an toàn của nhóm này.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="358"/>
        <source>{name} is now a member of this team, not a safety lead.</source>
        <translation>{name} giờ là thành viên của nhóm này, không còn là người phụ trách an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="377"/>
        <source>{name} is no longer in this team. They stay among your colleagues.</source>
        <translation>{name} không còn ở trong nhóm này. Người này vẫn nằm trong danh sách đồng nghiệp của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="390"/>
        <source>Delete the team “{name}”?</source>
        <translation>Xóa nhóm “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="392"/>
        <source>The team is removed from this vault, with who was in it and their roles. Your colleagues stay. The team folder and every file in it stay where they are: FieldSafe does not delete them.</source>
        <translation>Nhóm sẽ bị xóa khỏi kho này, cùng thông tin ai đã ở trong nhóm và vai trò của họ. Các đồng nghiệp của bạn vẫn còn. Thư mục nhóm và mọi tệp trong đó vẫn ở nguyên chỗ cũ: FieldSafe không xóa chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="396"/>
        <source>Delete the team</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="405"/>
        <source>Team deleted. Its folder and the files in it stay.</source>
        <translation>Đã xóa nhóm. Thư mục của nhóm và các tệp trong đó vẫn còn.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="420"/>
        <source>Your card is in the team folder. It holds only public keys; colleagues still compare the safety number with you in person.</source>
        <translation>Thẻ của bạn đã ở trong thư mục nhóm. Thẻ chỉ chứa khóa công khai; đồng nghiệp vẫn cần so sánh số an toàn với bạn, gặp trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/editor.py" line="436"/>
        <source>No new cards in the team folder.</source>
        <translation>Không có thẻ mới nào trong thư mục nhóm.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="232"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="233"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="234"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../ui/common/theme.py" line="235"/>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/shell/today.py" line="86"/>
        <source>Today</source>
        <extracomment>what each row role asks to open (the view&apos;s signals, by name) a postponed debrief was chosen (the log&apos;s id) a meeting coming up was chosen (the plan&apos;s id) an open incident was chosen (its id) a risk assessment whose review is due was chosen (its id)</extracomment>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="120"/>
        <source>Nothing needs attention today: no meetings coming up, no follow-ups due, no paper notes waiting to be destroyed, no logs to review, no incidents or risk assessments waiting for a review.</source>
        <translation>Hôm nay không có gì cần chú ý: không có buổi gặp sắp tới, không có việc cần làm tiếp đến hạn, không có ghi chú giấy chờ hủy, không có ghi chép cần xem lại, không có sự cố hay đánh giá rủi ro nào chờ xem lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="129"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Việc cần làm tiếp đến hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="130"/>
        <source>due {date}</source>
        <translation>hạn {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="134"/>
        <source>Paper notes not yet confirmed destroyed (%n)</source>
        <translation>
            <numerusform>Ghi chú giấy chưa xác nhận đã hủy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="139"/>
        <source>Past the review date: delete or keep (%n)</source>
        <translation>
            <numerusform>Đã qua ngày xem lại: xóa hoặc giữ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="141"/>
        <source>review by {date}</source>
        <translation>xem lại trước {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="149"/>
        <source>Debriefs saved for later (%n)</source>
        <translation>
            <numerusform>Lần nhìn lại để dành cho sau (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="159"/>
        <location filename="../../ui/shell/today.py" line="228"/>
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(liệt kê %n mục đầu tiên)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="172"/>
        <source>Meetings and check-ins coming up (%n)</source>
        <translation>
            <numerusform>Buổi gặp và giờ báo an toàn sắp tới (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="177"/>
        <source>Meeting plan</source>
        <translation>Kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="179"/>
        <source>no check-in time agreed</source>
        <translation>chưa thỏa thuận giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="181"/>
        <source>check in by {time}</source>
        <translation>báo an toàn trước {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="191"/>
        <source>Incidents whose measures are not yet reviewed (%n)</source>
        <translation>
            <numerusform>Sự cố có biện pháp chưa được xem lại (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="200"/>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/today.py" line="207"/>
        <source>Risk assessment reviews due (%n)</source>
        <translation>
            <numerusform>Đánh giá rủi ro đến hạn xem lại (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="212"/>
        <source>Untitled assessment</source>
        <translation>Đánh giá chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="213"/>
        <source>review due {date}</source>
        <translation>hạn xem lại {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/today.py" line="235"/>
        <source>Untitled</source>
        <translation>Chưa có tiêu đề</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="70"/>
        <source>Welcome to FieldSafe</source>
        <translation>Chào mừng bạn đến với FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run.py" line="90"/>
        <source>Next, you will choose a passphrase. This takes a few minutes.</source>
        <translation>Tiếp theo, bạn sẽ chọn một cụm mật khẩu. Việc này mất vài phút.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/about.py" line="45"/>
        <source>Source code: shipped with this program, in {folder}</source>
        <translation>Mã nguồn: đi kèm chương trình này, trong {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="48"/>
        <source>Source code: not included in this copy. Ask whoever gave it to you.</source>
        <translation>Mã nguồn: không có trong bản này. Hãy hỏi người đã đưa bản này cho bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="50"/>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>Licence: {name} ({spdx})</source>
        <translation>Giấy phép: {name} ({spdx})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="54"/>
        <source>GNU Affero General Public License, version 3 or later</source>
        <translation>GNU Affero General Public License, phiên bản 3 hoặc mới hơn</translation>
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
        <translation>Chế độ di động: mọi thứ được lưu trong {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="78"/>
        <source>About FieldSafe</source>
        <translation>Giới thiệu FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="79"/>
        <source>FieldSafe</source>
        <translation>FieldSafe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="86"/>
        <source>Encrypted field records that stay on this computer and work without internet.</source>
        <translation>Các bản ghi thực địa được mã hóa, lưu lại trên máy tính này và hoạt động không cần internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="98"/>
        <source>About this copy of FieldSafe</source>
        <translation>Về bản FieldSafe này</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="102"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="135"/>
        <source>FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode.</source>
        <translation>FieldSafe không ghi được vào thư mục {folder} của mình, nên không thể khởi động ở chế độ di động.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="140"/>
        <source>Copy the FieldSafe folder to a place you can write to (a USB stick that is not write-protected, or your own folder), or start FieldSafe without portable mode.</source>
        <translation>Hãy sao chép thư mục FieldSafe đến một nơi bạn có quyền ghi (một USB không bị khóa ghi, hoặc thư mục riêng của bạn), hoặc khởi động FieldSafe không dùng chế độ di động.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="82"/>
        <source>You are back safely</source>
        <translation>Bạn đã về an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="87"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="88"/>
        <source>Close the notice</source>
        <translation>Đóng thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="130"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the plan, now marked back safely, in the team folder for {name}.</source>
        <translation>Đã đánh dấu lúc {time}. {name} có thể đang chờ tin này. FieldSafe có thể để kế hoạch, giờ đã được đánh dấu là đã về an toàn, trong thư mục nhóm cho {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="135"/>
        <source>Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing by itself: it can save the plan, now marked back safely, as a small bundle for {name}.</source>
        <translation>Đã đánh dấu lúc {time}. {name} có thể đang chờ tin này. FieldSafe không tự gửi gì cả: nó có thể lưu kế hoạch, giờ đã được đánh dấu là đã về an toàn, thành một gói nhỏ cho {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <source>Tell {name}</source>
        <translation>Báo cho {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="143"/>
        <location filename="../../ui/checkins/back_safely.py" line="222"/>
        <source>Tell {name}…</source>
        <translation>Báo cho {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="146"/>
        <source>Tell {name} you are back safely</source>
        <translation>Báo cho {name} rằng bạn đã về an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="180"/>
        <source>Bundle saved for {name}. Pass it on as you usually exchange bundles: once {name} receives it, their FieldSafe shows you are back safely.</source>
        <translation>Đã lưu gói cho {name}. Hãy chuyển gói như cách các bạn vẫn trao đổi gói: khi {name} nhận được, FieldSafe của người đó sẽ hiện rằng bạn đã về an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="197"/>
        <source>Left in the team folder for {name}. Once their FieldSafe reads the folder, it shows you are back safely.</source>
        <translation>Đã để trong thư mục nhóm cho {name}. Khi FieldSafe của người đó đọc thư mục, nó sẽ hiện rằng bạn đã về an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/back_safely.py" line="216"/>
        <source>You can save a small bundle for {name} instead.</source>
        <translation>Thay vào đó, bạn có thể lưu một gói nhỏ cho {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="148"/>
        <location filename="../../ui/checkins/notice.py" line="149"/>
        <source>A check-in time has passed</source>
        <translation>Đã qua một giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="150"/>
        <source>What you agreed to do if one of you does not check in:</source>
        <translation>Những gì các bạn đã thỏa thuận sẽ làm nếu một trong hai người không báo an toàn:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="151"/>
        <location filename="../../ui/checkins/notice.py" line="152"/>
        <source>I&apos;m back safely</source>
        <translation>Tôi đã về an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="153"/>
        <location filename="../../ui/checkins/notice.py" line="154"/>
        <source>Open the plan</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="155"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="156"/>
        <source>The next check-in that has passed</source>
        <translation>Giờ báo an toàn tiếp theo đã qua</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="207"/>
        <source>Nothing is written in the plan for this. Open the plan to see what you agreed.</source>
        <translation>Kế hoạch không ghi gì về việc này. Hãy mở kế hoạch để xem các bạn đã thỏa thuận gì.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="211"/>
        <source>%n more check-in(s) have passed.</source>
        <translation>
            <numerusform>Còn %n giờ báo an toàn khác đã qua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>%n minute(s) after it</source>
        <translation>
            <numerusform>%n phút sau giờ đó</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="231"/>
        <source>at that time</source>
        <translation>ngay vào giờ đó</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="235"/>
        <source>{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>{title}, buổi gặp lúc {start}: các bạn đã thỏa thuận báo an toàn trước {time}, và hành động {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="243"/>
        <source>The meeting at {start}: you agreed to check in by {time}, and to act {grace}.</source>
        <translation>Buổi gặp lúc {start}: các bạn đã thỏa thuận báo an toàn trước {time}, và hành động {grace}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="253"/>
        <source>How to reach {colleague}: {contact}</source>
        <translation>Cách liên hệ {colleague}: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="259"/>
        <source>How to reach your colleague: {contact}</source>
        <translation>Cách liên hệ đồng nghiệp của bạn: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="263"/>
        <source>The plan holds no contact details for {colleague}.</source>
        <translation>Kế hoạch không có thông tin liên hệ của {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/notice.py" line="266"/>
        <source>The plan holds no contact details.</source>
        <translation>Kế hoạch không có thông tin liên hệ.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="30"/>
        <source>one of us does not check in?</source>
        <translation>một trong hai chúng ta không báo an toàn?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="36"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Chúng ta liên lạc với nhau thế nào trong và sau buổi gặp?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="37"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Nếu không nhận được tin báo an toàn, thông tin này sẽ hiện ra cùng những gì các bạn đã thỏa thuận sẽ làm.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="44"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Sau giờ báo an toàn, chúng ta chờ bao lâu rồi mới hành động?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="45"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe hiện những gì các bạn đã thỏa thuận khi đã qua khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/plan_fields.py" line="51"/>
        <source>Act at the check-in time</source>
        <translation>Hành động ngay vào giờ báo an toàn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkins/plan_fields.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
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
        <translation>Đã qua một giờ báo an toàn.</translation>
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
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/plans/colleagues.py" line="376"/>
        <location filename="../../ui/plans/sharing.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="80"/>
        <source>Share with</source>
        <translation>Chia sẻ với</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="95"/>
        <source>Tick each colleague who may open the bundle: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Đánh dấu từng đồng nghiệp được phép mở gói: mỗi người trong số họ đều mở được, bạn cũng vậy, ngoài ra không ai khác. Chỉ những đồng nghiệp mà bạn đã so sánh số an toàn mới được liệt kê.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="100"/>
        <source>No colleague is verified yet. Compare safety numbers in Colleagues first, or protect the bundle with a passphrase you tell your colleague in person.</source>
        <translation>Chưa có đồng nghiệp nào được xác minh. Hãy so sánh số an toàn trong mục Đồng nghiệp trước, hoặc bảo vệ gói bằng một cụm mật khẩu mà bạn nói trực tiếp với đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="105"/>
        <source>Verified colleagues</source>
        <translation>Đồng nghiệp đã xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="106"/>
        <source>Space ticks or unticks a colleague.</source>
        <translation>Phím cách để đánh dấu hoặc bỏ đánh dấu một đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="115"/>
        <location filename="../../ui/plans/recipients.py" line="272"/>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="116"/>
        <source>Share with the colleagues ticked</source>
        <translation>Chia sẻ với các đồng nghiệp đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="118"/>
        <source>Protect with a &amp;passphrase instead…</source>
        <translation>Thay &amp;vào đó, bảo vệ bằng cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="119"/>
        <source>Protect with a passphrase instead</source>
        <translation>Thay vào đó, bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="122"/>
        <source>Cancel: share nothing</source>
        <translation>Hủy: không chia sẻ gì</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/recipients.py" line="270"/>
        <source>Share with %n colleague(s)</source>
        <extracomment>a row&apos;s place: a colleague&apos;s position in ``names`` (&gt;= 0), or -1 - a team&apos;s</extracomment>
        <translation>
            <numerusform>Chia sẻ với %n đồng nghiệp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="40"/>
        <source>Safety number</source>
        <translation>Số an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="89"/>
        <source>You ({name})</source>
        <translation>Bạn ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="90"/>
        <source>Your half of the safety number</source>
        <translation>Nửa số an toàn của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="94"/>
        <source>{name}&apos;s half of the safety number</source>
        <translation>Nửa số an toàn của {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/safety_number.py" line="106"/>
        <source>Half of the safety number</source>
        <translation>Nửa số an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Save the bundle</source>
        <translation>Lưu gói</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="125"/>
        <source>Share bundles (*.age)</source>
        <translation>Gói chia sẻ (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Receive a bundle</source>
        <translation>Nhận một gói</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="148"/>
        <source>Share bundles (*.age);;All files (*)</source>
        <translation>Gói chia sẻ (*.age);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="177"/>
        <source>{added} added, {updated} updated.</source>
        <translation>Đã thêm {added}, đã cập nhật {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="188"/>
        <source>From {name} (verified): {new} new, {changed} to update. Import?</source>
        <translation>Từ {name} (đã xác minh): {new} mới, {changed} cần cập nhật. Có nhập không?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/sharing.py" line="194"/>
        <source>%n you already have as sent, or later, stay as they are.</source>
        <translation>
            <numerusform>%n bản ghi bạn đã có, giống như bản được gửi hoặc mới hơn, được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="200"/>
        <source>From a sender who is NOT verified (a passphrase bundle): {new} new, {changed} to update. Import only if you expected it.</source>
        <translation>Từ một người gửi CHƯA được xác minh (gói dùng cụm mật khẩu): {new} mới, {changed} cần cập nhật. Chỉ nhập nếu bạn đang chờ gói này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="205"/>
        <source>This bundle was not addressed to you: it names no recipient, so anyone who has its passphrase could open it.</source>
        <translation>Gói này không được gửi riêng cho bạn: gói không ghi tên người nhận nào, nên bất kỳ ai có cụm mật khẩu của gói đều có thể mở.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="229"/>
        <source>Both of you changed this plan</source>
        <translation>Cả hai bạn đều đã sửa kế hoạch này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="230"/>
        <source>Both of you changed this incident</source>
        <translation>Cả hai bạn đều đã sửa sự cố này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="231"/>
        <source>Both of you changed this risk assessment</source>
        <translation>Cả hai bạn đều đã sửa đánh giá rủi ro này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="233"/>
        <source>Both of you changed this record</source>
        <translation>Cả hai bạn đều đã sửa bản ghi này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>{name}&apos;s: {value}</source>
        <translation>Của {name}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="244"/>
        <source>Theirs: {value}</source>
        <translation>Của họ: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Mine: {value}</source>
        <translation>Của tôi: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="248"/>
        <source>Keep mine: {field}</source>
        <translation>Giữ của tôi: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="249"/>
        <source>Take theirs: {field}</source>
        <translation>Lấy của họ: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="285"/>
        <source>You and {name} changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Bạn và {name} đã sửa cùng những phần giống nhau kể từ lần trao đổi gần nhất. Hãy chọn giữ bản nào cho từng phần.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="290"/>
        <source>You and your colleague changed the same parts since you last exchanged it. Choose which to keep for each.</source>
        <translation>Bạn và đồng nghiệp đã sửa cùng những phần giống nhau kể từ lần trao đổi gần nhất. Hãy chọn giữ bản nào cho từng phần.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="336"/>
        <location filename="../../ui/plans/sharing.py" line="346"/>
        <location filename="../../ui/plans/sharing.py" line="362"/>
        <source>Bundle passphrase</source>
        <translation>Cụm mật khẩu của gói</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="338"/>
        <source>A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:</source>
        <translation>Một cụm mật khẩu có ít nhất 10 ký tự. Hãy nói trực tiếp với đồng nghiệp, không bao giờ gửi kèm tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="347"/>
        <source>The same passphrase again:</source>
        <translation>Nhập lại cụm mật khẩu đó:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/sharing.py" line="363"/>
        <source>This bundle is protected by a passphrase. Enter it:</source>
        <translation>Gói này được bảo vệ bằng cụm mật khẩu. Hãy nhập cụm mật khẩu:</translation>
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
        <translation>Một ghi chép bạn đang viết chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe đã giữ nó từ lúc {time}. Hãy khôi phục để viết tiếp, hoặc bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="100"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="115"/>
        <source>erase</source>
        <translation>xoa</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>Erasing destroys the vault&apos;s key and then its records. Afterwards no passphrase or recovery code can open them. It cannot reach backups or copies made earlier, or blocks an SSD has already moved aside.</source>
        <translation>Xóa sạch sẽ hủy khóa của kho rồi đến các bản ghi của kho. Sau đó, không cụm mật khẩu hay mã khôi phục nào mở được chúng nữa. Việc này không chạm tới được các bản sao lưu hay bản sao tạo trước đó, hoặc các khối dữ liệu mà ổ SSD đã chuyển sang chỗ khác.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="127"/>
        <source>To erase, type the word “{word}”:</source>
        <translation>Để xóa sạch, hãy gõ chữ “{word}”:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Confirmation word</source>
        <translation>Chữ xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="133"/>
        <source>Erase the vault</source>
        <translation>Xóa sạch kho</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="238"/>
        <source>Back up the vault</source>
        <translation>Sao lưu kho</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="241"/>
        <source>FieldSafe backups (*.fieldsafe-backup)</source>
        <translation>Bản sao lưu FieldSafe (*.fieldsafe-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="255"/>
        <source>Attach photos, scans or PDFs</source>
        <translation>Đính kèm ảnh, bản quét hoặc PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="260"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Ảnh, bản quét và PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="261"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="281"/>
        <source>FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone or a synced folder, copies may remain that no program can reach; a camera or scanner may also keep its own copy. The encrypted copy in the vault is not affected.</source>
        <translation>FieldSafe ghi đè từng tệp, rồi xóa tệp đó. Trên ổ SSD, thẻ nhớ, điện thoại hoặc thư mục đồng bộ, có thể vẫn còn các bản sao mà không chương trình nào chạm tới được; máy ảnh hoặc máy quét cũng có thể giữ bản sao riêng. Bản sao được mã hóa trong kho không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="286"/>
        <source>Delete the originals</source>
        <translation>Xóa các tệp gốc</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="287"/>
        <source>Keep them</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="315"/>
        <source>If FieldSafe locks now, the note is lost. You can copy its text first (it is cleared from the clipboard after 30 seconds and when FieldSafe locks), keep the window open and try to save again, or lock anyway.</source>
        <translation>Nếu FieldSafe khóa bây giờ, ghi chú sẽ bị mất. Bạn có thể sao chép nội dung của nó trước (nội dung sẽ bị xóa khỏi bộ nhớ tạm sau 30 giây và khi FieldSafe khóa), giữ cửa sổ mở và thử lưu lại, hoặc vẫn khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="321"/>
        <source>FieldSafe was about to lock because it was not used for a while.</source>
        <translation>FieldSafe sắp khóa vì không được dùng trong một lúc.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="325"/>
        <source>If nobody answers, FieldSafe locks after the same time again.</source>
        <translation>Nếu không ai trả lời, FieldSafe sẽ khóa sau một khoảng thời gian như vậy nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="329"/>
        <source>Your note could not be saved, and it could not be kept as a draft either.</source>
        <translation>Không lưu được ghi chú của bạn, và cũng không giữ được thành bản nháp.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="333"/>
        <source>Copy the text</source>
        <translation>Sao chép nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="334"/>
        <source>Keep the window open</source>
        <translation>Giữ cửa sổ mở</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="336"/>
        <source>Lock anyway (the note is lost)</source>
        <translation>Vẫn khóa (ghi chú sẽ bị mất)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Đã có lỗi. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="140"/>
        <source>That file cannot be attached. Nothing was stored.</source>
        <translation>Không thể đính kèm tệp đó. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again.</source>
        <translation>Ổ đĩa đã đầy, nên các bản ghi của bạn chỉ mở được ở chế độ chỉ đọc và không thể thực hiện việc này. Không có gì bị thay đổi; hãy giải phóng một ít dung lượng, rồi mở lại kho.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="167"/>
        <source>FieldSafe may not write in that place. Nothing was changed; choose another place.</source>
        <translation>FieldSafe không được phép ghi vào chỗ đó. Không có gì bị thay đổi; hãy chọn chỗ khác.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>Writing to the disk failed. Nothing was changed; please try again.</source>
        <translation>Ghi vào ổ đĩa không thành công. Không có gì bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed.</source>
        <translation>Cụm mật khẩu hoặc mã khôi phục đó không mở được bản sao lưu này. Hãy thử cụm mật khẩu hoặc mã còn hiệu lực vào lúc tạo bản sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="180"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="187"/>
        <source>The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again.</source>
        <translation>Ổ đĩa đã đầy, nên các bản ghi của bạn chỉ mở được ở chế độ chỉ đọc. Không lưu được gì cho đến khi giải phóng được một ít dung lượng và mở lại kho.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy, nên không mở được kho. Không có gì bị thay đổi; hãy giải phóng một ít dung lượng và thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>FieldSafe may not use the vault&apos;s folder, so the vault cannot be opened. Nothing has been changed.</source>
        <translation>FieldSafe không được phép dùng thư mục của kho, nên không mở được kho. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="201"/>
        <source>The vault&apos;s folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again.</source>
        <translation>Hiện không dùng được thư mục của kho (ổ đĩa gặp sự cố), nên không mở được kho. Không có gì bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place.</source>
        <translation>Tên thư mục hoặc tên tệp đó quá dài đối với máy tính này. Không có gì bị thay đổi; hãy chọn tên hoặc chỗ ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again.</source>
        <translation>Ổ đĩa đã đầy, nên các bản ghi của bạn chỉ mở được ở chế độ chỉ đọc. Chưa có gì được lưu; nội dung bạn viết vẫn còn đây. Hãy giải phóng một ít dung lượng, rồi mở lại kho.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>The disk is full. Nothing was saved; your text is still here. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Chưa có gì được lưu; nội dung bạn viết vẫn còn đây. Hãy giải phóng một ít dung lượng và thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>FieldSafe may not write in that place. Nothing was saved; your text is still here.</source>
        <translation>FieldSafe không được phép ghi vào chỗ đó. Chưa có gì được lưu; nội dung bạn viết vẫn còn đây.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="225"/>
        <source>Writing to the disk failed. Nothing was saved; your text is still here. Please try again.</source>
        <translation>Ghi vào ổ đĩa không thành công. Chưa có gì được lưu; nội dung bạn viết vẫn còn đây. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="262"/>
        <source>is not valid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="264"/>
        <source>Record {number}: the field “{field}” {reason}. Nothing was imported.</source>
        <translation>Bản ghi {number}: trường “{field}” {reason}. Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="267"/>
        <source>The field “{field}” {reason}.</source>
        <translation>Trường “{field}” {reason}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="368"/>
        <source>The file is not in the expected format.</source>
        <translation>Tệp không đúng định dạng mong đợi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="370"/>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation>Dòng {line}: {problem} Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>That passphrase or recovery code did not open this vault. Please try again.</source>
        <extracomment>errors worded by their class alone</extracomment>
        <translation>Cụm mật khẩu hoặc mã khôi phục đó không mở được kho này. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The vault&apos;s key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.</source>
        <translation>Thiếu tệp khóa của kho (vault.key), nên không mở được các bản ghi. Hãy khôi phục tệp này từ một bản sao lưu; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>The vault&apos;s key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.</source>
        <translation>Tệp khóa của kho (vault.key) bị hỏng hoặc không phải tệp khóa của FieldSafe. Hãy khôi phục tệp này từ một bản sao lưu; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="77"/>
        <source>The vault&apos;s database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.</source>
        <translation>Cơ sở dữ liệu của kho bị hỏng hoặc không đầy đủ. Không có gì bị thay đổi; hãy khôi phục từ một bản sao lưu nếu bạn có.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>There is no FieldSafe vault in that place.</source>
        <translation>Không có kho FieldSafe nào ở chỗ đó.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>A vault (or other files) is already there. FieldSafe never overwrites it.</source>
        <translation>Đã có một kho (hoặc các tệp khác) ở đó. FieldSafe không bao giờ ghi đè lên.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.</source>
        <translation>Kho này được tạo bằng một phiên bản FieldSafe mới hơn. Hãy cập nhật FieldSafe để mở kho.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.</source>
        <translation>Cập nhật kho này lên phiên bản FieldSafe mới không thành công. Kho được để nguyên như cũ; một bản sao đã được giữ lại trước khi thử.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.</source>
        <translation>Một cửa sổ hoặc lệnh FieldSafe khác đang dùng kho này. Không có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Kho đang khóa. Hãy mở khóa để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>That record no longer exists.</source>
        <translation>Bản ghi đó không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.</source>
        <translation>Không thấy thư mục: ổ đĩa đã được cắm vào chưa, hay thư mục đã bị di chuyển? Chưa có gì được ghi; nếu thư mục đã bị di chuyển, hãy chọn lại trong Đồng nghiệp › Nhóm.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>A file is already there. Choose another name; FieldSafe never overwrites it.</source>
        <translation>Đã có một tệp ở đó. Hãy chọn tên khác; FieldSafe không bao giờ ghi đè lên.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.</source>
        <extracomment>a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)</extracomment>
        <translation>Ổ đĩa đã đầy, nên không thể thực hiện việc này. Không có gì bị thay đổi; hãy giải phóng một ít dung lượng (hoặc chọn chỗ khác, chẳng hạn một USB) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="230"/>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="231"/>
        <source>is not a valid date and time</source>
        <translation>không phải là ngày giờ hợp lệ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>is too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>contains a character that is not allowed</source>
        <translation>chứa một ký tự không được phép</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>is not a field of this kind of record</source>
        <translation>không phải là một trường của loại bản ghi này</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>is not a kind of record FieldSafe knows</source>
        <translation>không phải là loại bản ghi mà FieldSafe biết</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>is not a valid record id</source>
        <translation>không phải là mã định danh bản ghi hợp lệ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>repeats an id used earlier in the file</source>
        <translation>lặp lại một mã định danh đã dùng trước đó trong tệp</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>is out of range</source>
        <translation>nằm ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="241"/>
        <source>contains text that is not valid Unicode</source>
        <translation>chứa văn bản không phải Unicode hợp lệ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="242"/>
        <source>is not a valid date (year-month-day)</source>
        <translation>không phải là ngày hợp lệ (năm-tháng-ngày)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="244"/>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="245"/>
        <source>is not one of the allowed values</source>
        <translation>không thuộc các giá trị được phép</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="247"/>
        <source>has too many entries</source>
        <translation>có quá nhiều mục</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="248"/>
        <source>is not valid base64</source>
        <translation>không phải base64 hợp lệ</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="249"/>
        <source>does not match the attachment&apos;s content</source>
        <translation>không khớp với nội dung của tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="250"/>
        <source>has an entry with a comma or semicolon, which separate entries</source>
        <translation>có một mục chứa dấu phẩy hoặc dấu chấm phẩy, là các dấu dùng để ngăn cách các mục</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="253"/>
        <source>refers to a record that is not in this vault</source>
        <translation>trỏ đến một bản ghi không có trong kho này</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>is already in the code book</source>
        <translation>đã có trong sổ mã</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="255"/>
        <source>is already used by a different kind of record in this vault</source>
        <translation>đã được dùng cho một loại bản ghi khác trong kho này</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="271"/>
        <source>The file is not valid JSON.</source>
        <translation>Tệp không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="272"/>
        <source>The file is not a FieldSafe interchange file.</source>
        <translation>Tệp không phải là tệp trao đổi của FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>The file was made by a newer version of FieldSafe.</source>
        <translation>Tệp được tạo bằng một phiên bản FieldSafe mới hơn.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="276"/>
        <source>The file is not a FieldSafe backup.</source>
        <translation>Tệp không phải là bản sao lưu của FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The file is incomplete (it may have been cut off while copying).</source>
        <translation>Tệp không đầy đủ (có thể đã bị cắt ngang khi sao chép).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The file is damaged.</source>
        <translation>Tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="281"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="282"/>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The file is too large.</source>
        <translation>Tệp quá lớn.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="284"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Tệp không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="285"/>
        <source>The file repeats a name inside one object, so its meaning is unclear.</source>
        <translation>Tệp lặp lại một tên bên trong cùng một đối tượng, nên ý nghĩa không rõ ràng.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="288"/>
        <source>This is not a FieldSafe card.</source>
        <translation>Đây không phải là thẻ FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The file is not a FieldSafe share bundle.</source>
        <translation>Tệp không phải là gói chia sẻ của FieldSafe.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="290"/>
        <source>This bundle was encrypted for someone else; this vault cannot open it.</source>
        <translation>Gói này được mã hóa cho người khác; kho này không mở được gói.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="293"/>
        <source>This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.</source>
        <translation>Gói này đòi hỏi khối lượng tính toán để mở lớn hơn rất nhiều so với mức FieldSafe từng dùng, nên đã không được mở.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="297"/>
        <source>This bundle is protected by a passphrase. Ask the sender for it.</source>
        <translation>Gói này được bảo vệ bằng cụm mật khẩu. Hãy hỏi người gửi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="300"/>
        <source>That passphrase did not open the bundle, or the file is damaged.</source>
        <translation>Cụm mật khẩu đó không mở được gói, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="303"/>
        <source>The bundle is not signed by a FieldSafe colleague, so it was not opened.</source>
        <translation>Gói không được ký bởi một đồng nghiệp dùng FieldSafe, nên đã không được mở.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="306"/>
        <source>The bundle&apos;s signature does not match its content: it may have been changed.</source>
        <translation>Chữ ký của gói không khớp với nội dung: gói có thể đã bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="309"/>
        <source>The sender is not verified yet. Compare your safety numbers in person first.</source>
        <translation>Người gửi chưa được xác minh. Hãy so sánh số an toàn của các bạn, gặp trực tiếp, trước đã.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="312"/>
        <source>The sender is not one of your colleagues. Import and verify their card first.</source>
        <translation>Người gửi không phải là đồng nghiệp của bạn. Hãy nhập và xác minh thẻ của người đó trước.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="315"/>
        <source>This colleague&apos;s key has changed. Nothing is shared or received until you verify them again.</source>
        <translation>Khóa của đồng nghiệp này đã thay đổi. Không có gì được chia sẻ hay nhận cho đến khi bạn xác minh lại người này.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="319"/>
        <source>You already have this version of the bundle, or a newer one. Nothing was changed.</source>
        <translation>Bạn đã có phiên bản này của gói, hoặc một phiên bản mới hơn. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="323"/>
        <source>This is an earlier version of a plan you already have. Nothing was changed.</source>
        <translation>Đây là phiên bản cũ hơn của một kế hoạch bạn đã có. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="327"/>
        <source>This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.</source>
        <translation>Gói này được tạo bằng một phiên bản FieldSafe cũ hơn và không thể đối chiếu với các kế hoạch bạn đang có. Hãy nhờ người gửi cập nhật FieldSafe và chia sẻ lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This bundle was addressed to someone else, not to you. Nothing was imported.</source>
        <translation>Gói này được gửi cho người khác, không phải cho bạn. Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="335"/>
        <source>The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.</source>
        <translation>Người gửi là đồng nghiệp đã xác minh nhưng không phải thành viên của nhóm có thư mục mà gói này đi qua. Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="339"/>
        <source>These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.</source>
        <translation>Các bản ghi này liên tục thay đổi trong kho trong lúc nhập gói. Không có gì được nhập. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>The file is empty. Nothing was stored.</source>
        <translation>Tệp trống. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="348"/>
        <source>The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored.</source>
        <translation>Tệp lớn hơn 25 MB, mức tối đa FieldSafe có thể đính kèm. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="351"/>
        <source>FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored.</source>
        <translation>FieldSafe chỉ đính kèm ảnh JPEG, PNG và tệp PDF. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="354"/>
        <source>The file is damaged or incomplete. Nothing was stored.</source>
        <translation>Tệp bị hỏng hoặc không đầy đủ. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="357"/>
        <source>The image is too large to open safely (over 80 megapixels). Nothing was stored.</source>
        <translation>Ảnh quá lớn để mở một cách an toàn (trên 80 megapixel). Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="360"/>
        <source>The file cannot be read (it may be gone, or not a regular file). Nothing was stored.</source>
        <translation>Không đọc được tệp (có thể tệp không còn, hoặc không phải tệp thông thường). Không có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>incident_summary</name>
    <message>
        <location filename="../../ui/incidents/summary.py" line="79"/>
        <source>Summary for the organisation</source>
        <translation>Bản tóm tắt cho tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="80"/>
        <source>The summary is saved as a file that is not encrypted.</source>
        <translation>Bản tóm tắt được lưu thành một tệp không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="85"/>
        <source>It holds counts only: incidents by month, type, setting and area. It holds no person codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed, so a hidden count cannot be worked out; areas with fewer than {small} incidents are counted together. Anyone who has the file can read it: share it only with whom it is meant for, and delete your copy when you no longer need it.</source>
        <translation>Bản tóm tắt chỉ chứa các con số: số sự cố theo tháng, loại, loại địa điểm và khu vực. Nó không chứa mã người, tên hay nội dung đã viết. Các số nhỏ hơn {small} được ẩn đi, và khi cần, cả các số nhỏ kế tiếp cũng được ẩn, để không thể suy ra một số đã ẩn; các khu vực có ít hơn {small} sự cố được gộp chung. Bất kỳ ai có tệp này đều đọc được nó: chỉ chia sẻ với đúng người cần nhận, và xóa bản của bạn khi không còn cần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="95"/>
        <source>From the first incident</source>
        <translation>Từ sự cố đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="96"/>
        <location filename="../../ui/incidents/summary.py" line="106"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="97"/>
        <source>Up to today</source>
        <translation>Đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="98"/>
        <location filename="../../ui/incidents/summary.py" line="107"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="99"/>
        <location filename="../../ui/incidents/summary.py" line="100"/>
        <source>A spreadsheet (CSV)</source>
        <translation>Bảng tính (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="101"/>
        <location filename="../../ui/incidents/summary.py" line="102"/>
        <source>A PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="111"/>
        <source>Save as</source>
        <translation>Lưu dạng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="114"/>
        <source>Choose where to save…</source>
        <translation>Chọn nơi lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="116"/>
        <source>Choose where to save</source>
        <translation>Chọn nơi lưu</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="118"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="153"/>
        <source>incident-summary</source>
        <translation>tom-tat-su-co</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="156"/>
        <source>Save the summary</source>
        <translation>Lưu bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="164"/>
        <source>In all</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="165"/>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="166"/>
        <source>By type</source>
        <translation>Theo loại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="167"/>
        <source>By setting</source>
        <translation>Theo loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="168"/>
        <source>By area</source>
        <translation>Theo khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="175"/>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="177"/>
        <source>All incidents</source>
        <translation>Tất cả sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="185"/>
        <source>Other areas (each with fewer than {small} incidents)</source>
        <translation>Các khu vực khác (mỗi khu vực có ít hơn {small} sự cố)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="198"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="203"/>
        <source>fewer than {small}</source>
        <translation>ít hơn {small}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="212"/>
        <source>Incidents from {first} to {last}</source>
        <translation>Sự cố từ {first} đến {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="217"/>
        <source>Incidents from {first} on</source>
        <translation>Sự cố từ {first} trở đi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="220"/>
        <source>Incidents up to {last}</source>
        <translation>Sự cố đến {last}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="223"/>
        <source>Every incident registered</source>
        <translation>Mọi sự cố đã ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="225"/>
        <source>Counts only, with no codes, names or written text. Counts under {small} are hidden, and so are the next smallest where needed; areas with fewer than {small} incidents are counted together.</source>
        <translation>Chỉ có các con số, không có mã, tên hay nội dung đã viết. Các số nhỏ hơn {small} được ẩn đi, và khi cần, cả các số nhỏ kế tiếp; các khu vực có ít hơn {small} sự cố được gộp chung.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="230"/>
        <source>Incidents: a de-identified summary</source>
        <translation>Sự cố: bản tóm tắt đã ẩn danh</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="235"/>
        <source>No incidents in this period.</source>
        <translation>Không có sự cố nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="290"/>
        <source>Saving the summary…</source>
        <translation>Đang lưu bản tóm tắt…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="321"/>
        <source>The summary was saved. It is not encrypted.</source>
        <translation>Đã lưu bản tóm tắt. Tệp không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/summary.py" line="322"/>
        <source>Delete your copy as soon as you no longer need it.</source>
        <translation>Hãy xóa bản của bạn ngay khi không còn cần nữa.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/incidents/actions.py" line="67"/>
        <source>Delete this incident?</source>
        <translation>Xóa sự cố này?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="69"/>
        <source>It will be removed from the vault for good, with its earlier versions. A copy you already shared stays with your colleague. This cannot be undone.</source>
        <translation>Mục này sẽ bị xóa vĩnh viễn khỏi kho, cùng các phiên bản cũ của nó. Bản sao bạn đã chia sẻ vẫn còn ở chỗ đồng nghiệp. Không thể hoàn tác việc này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/actions.py" line="73"/>
        <source>Delete these %n incidents?</source>
        <translation>
            <numerusform>Xóa %n sự cố này?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="75"/>
        <source>They will be removed from the vault for good, with their earlier versions. Copies you already shared stay with your colleagues. This cannot be undone.</source>
        <translation>Các sự cố sẽ bị xóa vĩnh viễn khỏi kho, cùng các phiên bản cũ của chúng. Các bản sao bạn đã chia sẻ vẫn còn ở chỗ đồng nghiệp. Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="78"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="113"/>
        <source>Each time this incident was saved, what it said before was kept. Choose an earlier version to see it beside the current one; fields that differ are marked “changed”.</source>
        <translation>Mỗi lần sự cố này được lưu, nội dung trước đó đều được giữ lại. Hãy chọn một phiên bản cũ để xem cạnh phiên bản hiện tại; các trường khác nhau được đánh dấu “đã đổi”.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="118"/>
        <source>No earlier versions: this incident has not been changed since it was first saved.</source>
        <translation>Không có phiên bản cũ: sự cố này chưa được thay đổi từ lần lưu đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="167"/>
        <location filename="../../ui/incidents/incident_form.py" line="113"/>
        <location filename="../../ui/incidents/review_incident.py" line="27"/>
        <source>When it happened</source>
        <translation>Khi nào xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="168"/>
        <location filename="../../ui/incidents/review_incident.py" line="28"/>
        <source>When it was noticed</source>
        <translation>Khi nào được nhận ra</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="169"/>
        <location filename="../../ui/incidents/review_incident.py" line="29"/>
        <source>What kind</source>
        <translation>Loại gì</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="170"/>
        <location filename="../../ui/incidents/incident_form.py" line="116"/>
        <location filename="../../ui/incidents/review_incident.py" line="30"/>
        <location filename="../../ui/incidents/review_incident.py" line="34"/>
        <source>In a few words</source>
        <translation>Vài chữ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="171"/>
        <location filename="../../ui/incidents/incident_form.py" line="136"/>
        <location filename="../../ui/incidents/review_incident.py" line="31"/>
        <source>Setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="172"/>
        <location filename="../../ui/incidents/incident_form.py" line="141"/>
        <location filename="../../ui/incidents/review_incident.py" line="32"/>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="173"/>
        <location filename="../../ui/incidents/review_incident.py" line="33"/>
        <source>Who was involved</source>
        <translation>Những ai liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="174"/>
        <location filename="../../ui/incidents/incident_form.py" line="148"/>
        <source>Who was involved, in a few words</source>
        <translation>Những ai liên quan, vài chữ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="175"/>
        <location filename="../../ui/incidents/incident_form.py" line="118"/>
        <location filename="../../ui/incidents/review_incident.py" line="35"/>
        <source>What happened</source>
        <translation>Những gì đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="176"/>
        <location filename="../../ui/incidents/incident_form.py" line="161"/>
        <location filename="../../ui/incidents/review_incident.py" line="36"/>
        <source>The impact on people</source>
        <translation>Tác động đến con người</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="177"/>
        <location filename="../../ui/incidents/incident_form.py" line="162"/>
        <location filename="../../ui/incidents/review_incident.py" line="37"/>
        <source>The impact on the work</source>
        <translation>Tác động đến công việc</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="178"/>
        <location filename="../../ui/incidents/incident_form.py" line="163"/>
        <location filename="../../ui/incidents/review_incident.py" line="38"/>
        <source>Immediate measures taken</source>
        <translation>Biện pháp tức thời đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="179"/>
        <location filename="../../ui/incidents/incident_form.py" line="165"/>
        <location filename="../../ui/incidents/review_incident.py" line="39"/>
        <source>Reported to</source>
        <translation>Đã báo cho</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="180"/>
        <source>Linked to</source>
        <translation>Liên kết với</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/actions.py" line="181"/>
        <location filename="../../ui/incidents/review_incident.py" line="40"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="117"/>
        <source>For example: a man followed us to the tram stop</source>
        <translation>Ví dụ: một người đàn ông đi theo chúng tôi đến trạm xe điện</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="120"/>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Xảy ra khi nào?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="121"/>
        <source>What kind of thing happened?</source>
        <translation>Chuyện gì đã xảy ra?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="124"/>
        <source>In a &amp;few words:</source>
        <translation>&amp;Vài chữ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="125"/>
        <source>What &amp;happened:</source>
        <translation>Những gì đã &amp;diễn ra:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="128"/>
        <source>Where, and who was involved</source>
        <translation>Ở đâu, và những ai liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="130"/>
        <source>Only coarsely: never an address, never a name. Skip what you do not know.</source>
        <translation>Chỉ ghi chung chung: không bao giờ ghi địa chỉ, không bao giờ ghi tên. Bỏ qua những gì bạn không biết.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="137"/>
        <source>Not said</source>
        <translation>Không nói</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="142"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Một quận hoặc khu phố, không bao giờ là địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="149"/>
        <source>A description, never a name</source>
        <translation>Một mô tả, không bao giờ là tên</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="150"/>
        <source>When it was noticed, if later</source>
        <translation>Khi nào được nhận ra, nếu muộn hơn</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="152"/>
        <source>Setting:</source>
        <translation>Loại địa điểm:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="153"/>
        <source>&amp;Area:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="154"/>
        <source>Who was involved?</source>
        <translation>Những ai liên quan?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="156"/>
        <source>In a few words:</source>
        <translation>Vài chữ:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="157"/>
        <source>When it was noticed, if later:</source>
        <translation>Khi nào được nhận ra, nếu muộn hơn:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="160"/>
        <source>What it did, and what was done</source>
        <translation>Tác động của nó, và những gì đã làm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="166"/>
        <source>For example: our safety lead</source>
        <translation>Ví dụ: người phụ trách an toàn của chúng tôi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="168"/>
        <source>Its immediate measures have been reviewed</source>
        <translation>Các biện pháp tức thời của sự cố đã được xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="170"/>
        <source>The impact on people:</source>
        <translation>Tác động đến con người:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="171"/>
        <source>The impact on the work:</source>
        <translation>Tác động đến công việc:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="172"/>
        <source>Immediate &amp;measures taken:</source>
        <translation>&amp;Biện pháp tức thời đã thực hiện:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="173"/>
        <source>Reported to:</source>
        <translation>Đã báo cho:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form.py" line="174"/>
        <source>Linked to:</source>
        <translation>Liên kết với:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="85"/>
        <source>An incident you were registering was not saved.</source>
        <translation>Một sự cố bạn đang ghi nhận chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="87"/>
        <source>FieldSafe kept it from {time}. Restore it to go on, or discard it.</source>
        <translation>FieldSafe đã giữ nó từ lúc {time}. Hãy khôi phục để tiếp tục, hoặc bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="91"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="92"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="110"/>
        <source>Something happened</source>
        <translation>Có chuyện đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="150"/>
        <source>&amp;Save the incident</source>
        <translation>&amp;Lưu sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="151"/>
        <source>Save the incident</source>
        <translation>Lưu sự cố</translation>
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
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="166"/>
        <source>Every question can be skipped. Save what you have; you can add to it later.</source>
        <translation>Câu hỏi nào cũng có thể bỏ qua. Hãy lưu những gì bạn có; bạn có thể bổ sung sau.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="303"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Đã khôi phục từ bản nháp. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="314"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="324"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="332"/>
        <source>Saved. Putting it in the team folder…</source>
        <translation>Đã lưu. Đang đưa vào thư mục nhóm…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_dialog.py" line="398"/>
        <source>What you typed could not be kept. Save it, or copy it before closing.</source>
        <translation>Không giữ được những gì bạn đã gõ. Hãy lưu lại, hoặc sao chép trước khi đóng.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="40"/>
        <source>An outreach log that is not in this vault</source>
        <translation>Một ghi chép tiếp cận không có trong kho này</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="45"/>
        <source>Outreach log of {time}: {title}</source>
        <translation>Ghi chép tiếp cận lúc {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="47"/>
        <location filename="../../ui/incidents/incident_form_links.py" line="64"/>
        <source>untitled</source>
        <translation>chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="57"/>
        <source>A meeting plan that is not in this vault</source>
        <translation>Một kế hoạch gặp không có trong kho này</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="62"/>
        <source>Meeting plan for {time}: {title}</source>
        <translation>Kế hoạch gặp cho {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="74"/>
        <source>A risk assessment that is no longer here</source>
        <translation>Một đánh giá rủi ro không còn ở đây</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="186"/>
        <source>Risk assessment: {title}</source>
        <translation>Đánh giá rủi ro: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="79"/>
        <source>untitled assessment</source>
        <translation>đánh giá chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="96"/>
        <source>From your outreach log of {time}: when, setting and area are filled in.</source>
        <translation>Từ ghi chép tiếp cận của bạn lúc {time}: thời gian, loại địa điểm và khu vực đã được điền sẵn.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="100"/>
        <source>Who went: {people}.</source>
        <translation>Ai đã đi: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="114"/>
        <source>From your meeting plan for {time}: when and setting are filled in.</source>
        <translation>Từ kế hoạch gặp của bạn cho {time}: thời gian và loại địa điểm đã được điền sẵn.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_links.py" line="118"/>
        <source>With {colleague}.</source>
        <translation>Cùng {colleague}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="57"/>
        <source>Not sure yet</source>
        <translation>Chưa chắc chắn</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="146"/>
        <source>Linked records</source>
        <translation>Bản ghi liên kết</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="148"/>
        <location filename="../../ui/incidents/incident_form_parts.py" line="150"/>
        <source>Remove the link</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="152"/>
        <source>Link a risk assessment</source>
        <translation>Liên kết một đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="153"/>
        <source>Link a risk assessment…</source>
        <translation>Liên kết một đánh giá rủi ro…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="155"/>
        <source>Assessment:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="179"/>
        <location filename="../../ui/incidents/review_offer.py" line="59"/>
        <source>Untitled assessment</source>
        <translation>Đánh giá chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_form_parts.py" line="238"/>
        <source>Once the incident is saved, it is left in the team folder for them, encrypted for them and for you.</source>
        <translation>Khi sự cố được lưu, nó sẽ được để trong thư mục nhóm cho họ, được mã hóa cho họ và cho bạn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_form_parts.py" line="249"/>
        <source>Send to the safety lead(s) ({names})</source>
        <translation>
            <numerusform>Gửi cho người phụ trách an toàn ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_incident.py" line="50"/>
        <source>The incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="51"/>
        <source>{title} (linked to this incident)</source>
        <translation>{title} (liên kết với sự cố này)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="52"/>
        <source>{title} (the same place)</source>
        <translation>{title} (cùng địa điểm)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="69"/>
        <source>Review a risk assessment?</source>
        <translation>Xem lại một đánh giá rủi ro?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="72"/>
        <source>The incident is saved. After an incident it helps to look again at the risk assessment it concerns: what changed, and what to do differently. You can do it now, or later from Risk assessments.</source>
        <translation>Sự cố đã được lưu. Sau một sự cố, việc xem lại đánh giá rủi ro liên quan sẽ có ích: điều gì đã thay đổi, và cần làm gì khác đi. Bạn có thể làm ngay bây giờ, hoặc sau này trong mục Đánh giá rủi ro.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="80"/>
        <source>Risk assessments to review</source>
        <translation>Đánh giá rủi ro cần xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="87"/>
        <location filename="../../ui/incidents/review_offer.py" line="89"/>
        <source>Review this one</source>
        <translation>Xem lại đánh giá này</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/review_offer.py" line="91"/>
        <location filename="../../ui/incidents/review_offer.py" line="92"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="36"/>
        <source>A week</source>
        <translation>Một tuần</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="37"/>
        <source>A month</source>
        <translation>Một tháng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="38"/>
        <source>Three months</source>
        <translation>Ba tháng</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="39"/>
        <source>A year</source>
        <translation>Một năm</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/timeline_axis.py" line="40"/>
        <source>Five years</source>
        <translation>Năm năm</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="76"/>
        <source>A journal entry you were writing was not saved.</source>
        <translation>Một bài nhật ký bạn đang viết chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="78"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe đã giữ nó từ lúc {time}. Hãy khôi phục để viết tiếp, hoặc bỏ đi.</translation>
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
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="84"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="21"/>
        <source>calm</source>
        <translation>bình tĩnh</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="22"/>
        <source>tired</source>
        <translation>mệt mỏi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="23"/>
        <source>sad</source>
        <translation>buồn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="24"/>
        <source>anxious</source>
        <translation>lo lắng</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="25"/>
        <source>angry</source>
        <translation>tức giận</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="26"/>
        <source>numb</source>
        <translation>tê dại</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="27"/>
        <source>shaken</source>
        <translation>bàng hoàng</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="28"/>
        <source>overwhelmed</source>
        <translation>quá tải</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="29"/>
        <source>relieved</source>
        <translation>nhẹ nhõm</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="30"/>
        <source>hopeful</source>
        <translation>có hy vọng</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="31"/>
        <source>proud</source>
        <translation>tự hào</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="32"/>
        <source>grateful</source>
        <translation>biết ơn</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="39"/>
        <source>What went well?</source>
        <translation>Điều gì đã diễn ra tốt đẹp?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="40"/>
        <source>What was hard?</source>
        <translation>Điều gì thấy khó khăn?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="41"/>
        <source>Did anything bring back memories of my own?</source>
        <translation>Có điều gì gợi lại ký ức của chính tôi không?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="42"/>
        <source>What do I need now?</source>
        <translation>Bây giờ tôi cần gì?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="43"/>
        <source>Who can I talk to about it?</source>
        <translation>Tôi có thể nói chuyện với ai về việc này?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="52"/>
        <source>{n} (very hard)</source>
        <translation>{n} (rất khó khăn)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="53"/>
        <source>{n} (hard)</source>
        <translation>{n} (khó khăn)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="54"/>
        <source>{n} (quite hard)</source>
        <translation>{n} (khá khó khăn)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="55"/>
        <source>{n} (fairly hard)</source>
        <translation>{n} (tương đối khó khăn)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="56"/>
        <source>{n} (a little hard)</source>
        <translation>{n} (hơi khó khăn)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="57"/>
        <source>{n} (in between)</source>
        <translation>{n} (lưng chừng)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="58"/>
        <source>{n} (a little good)</source>
        <translation>{n} (hơi tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="59"/>
        <source>{n} (fairly good)</source>
        <translation>{n} (tương đối tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="60"/>
        <source>{n} (quite good)</source>
        <translation>{n} (khá tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="61"/>
        <source>{n} (good)</source>
        <translation>{n} (tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/shared.py" line="62"/>
        <source>{n} (very good)</source>
        <translation>{n} (rất tốt)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="43"/>
        <source>That sounds like it was hard.</source>
        <translation>Nghe có vẻ đó là một lúc khó khăn.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="44"/>
        <source>Would you like to see the people and things that help you?</source>
        <translation>Bạn có muốn xem những người và những điều giúp đỡ bạn không?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="48"/>
        <source>Show my support</source>
        <translation>Xem chỗ dựa của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/journal/support.py" line="49"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="174"/>
        <source>Original text</source>
        <translation>Văn bản gốc</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="176"/>
        <source>Reviewed by a native speaker</source>
        <translation>Đã được người bản ngữ xem xét</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="177"/>
        <source>Awaiting review by native speakers</source>
        <translation>Đang chờ người bản ngữ xem xét</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="188"/>
        <source>Language: {language}, the text FieldSafe is written in first.</source>
        <translation>Ngôn ngữ: {language}, ngôn ngữ đầu tiên mà FieldSafe được viết.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="192"/>
        <source>If a word reads wrong, unclear or unkind, tell us through the organisation that gave you FieldSafe.</source>
        <translation>Nếu có từ nào đọc thấy sai, khó hiểu hoặc thiếu tế nhị, hãy cho chúng tôi biết qua tổ chức đã đưa FieldSafe cho bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="200"/>
        <source>Language: {language}, reviewed by a native speaker ({who}, {date}).</source>
        <translation>Ngôn ngữ: {language}, đã được người bản ngữ xem xét ({who}, {date}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="208"/>
        <source>Language: {language}, awaiting review by native speakers: no one whose language it is has checked this translation yet.</source>
        <translation>Ngôn ngữ: {language}, đang chờ người bản ngữ xem xét: chưa có người nói ngôn ngữ này kiểm tra bản dịch.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../ui/shell/limits.py" line="17"/>
        <source>FieldSafe keeps your outreach notes in one encrypted vault on this computer. Nothing you write is stored on the disk unencrypted, and everything works without internet.</source>
        <translation>FieldSafe giữ các ghi chép tiếp cận của bạn trong một kho duy nhất được mã hóa trên máy tính này. Không có gì bạn viết được lưu trên ổ đĩa mà không được mã hóa, và mọi thứ đều hoạt động không cần internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="25"/>
        <source>It protects you when the laptop is lost, stolen or taken: without your passphrase or recovery code, the records cannot be read.</source>
        <translation>FieldSafe bảo vệ bạn khi máy tính xách tay bị mất, bị đánh cắp hoặc bị lấy đi: không có cụm mật khẩu hoặc mã khôi phục của bạn thì không thể đọc được các bản ghi.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="33"/>
        <source>It cannot protect a computer that has malware or a keylogger on it. No app running on such a computer can.</source>
        <translation>FieldSafe không thể bảo vệ một máy tính đã bị cài phần mềm độc hại hoặc phần mềm ghi lại thao tác bàn phím. Không ứng dụng nào chạy trên một máy tính như vậy làm được điều đó.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="37"/>
        <source>It does not replace full-disk encryption. Please turn that on too, so the system&apos;s own temporary files and swap are protected as well.</source>
        <translation>FieldSafe không thay thế cho việc mã hóa toàn bộ ổ đĩa. Hãy bật cả tính năng đó, để các tệp tạm và vùng hoán đổi (swap) của chính hệ thống cũng được bảo vệ.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="41"/>
        <source>Deleting cannot reach copies made earlier, such as old backups or disk images, and an SSD may keep old blocks for a while.</source>
        <translation>Việc xóa không chạm tới được các bản sao tạo trước đó, chẳng hạn các bản sao lưu cũ hoặc ảnh đĩa, và ổ SSD có thể còn giữ các khối dữ liệu cũ trong một thời gian.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="45"/>
        <source>It cannot hide that the vault exists. If someone forces you to unlock it, FieldSafe cannot pretend to be empty.</source>
        <translation>FieldSafe không thể che giấu việc kho tồn tại. Nếu có người ép bạn mở khóa kho, FieldSafe không thể giả vờ là kho trống.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/limits.py" line="54"/>
        <source>What it cannot do:</source>
        <translation>Những gì FieldSafe không làm được:</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="67"/>
        <source>Very easy to guess</source>
        <translation>Rất dễ đoán</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="68"/>
        <source>Easy to guess</source>
        <translation>Dễ đoán</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="69"/>
        <source>Good enough</source>
        <translation>Đủ tốt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="70"/>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="71"/>
        <source>Very strong</source>
        <translation>Rất mạnh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="103"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Hiện cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="104"/>
        <source>Show passphrase</source>
        <translation>Hiện cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="118"/>
        <source>Everything typed is in capitals: is Caps Lock on?</source>
        <translation>Mọi chữ được gõ đều là chữ in hoa: phím Caps Lock có đang bật không?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="140"/>
        <source>Passphrase strength</source>
        <translation>Độ mạnh của cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="152"/>
        <source>Strength: nothing typed yet</source>
        <translation>Độ mạnh: chưa gõ gì</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="158"/>
        <source>Strength: {words}</source>
        <translation>Độ mạnh: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="238"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess: for example, four words you can picture together.</source>
        <translation>Vài từ không liên quan đến nhau tạo thành một cụm mật khẩu dễ nhớ mà khó đoán: ví dụ, bốn từ mà bạn có thể hình dung cùng nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="250"/>
        <source>This one would be easy for someone else to guess. Adding another unrelated word or two usually helps.</source>
        <translation>Cụm mật khẩu này người khác sẽ dễ đoán ra. Thêm một hai từ không liên quan nữa thường sẽ giúp ích.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="254"/>
        <source>Good. Now type it once more in the second field.</source>
        <translation>Tốt. Giờ hãy gõ lại một lần nữa vào ô thứ hai.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="256"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Hai cụm mật khẩu chưa giống nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase.py" line="258"/>
        <source>The two passphrases match.</source>
        <translation>Hai cụm mật khẩu đã khớp.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/card.py" line="34"/>
        <location filename="../../ui/plans/card.py" line="92"/>
        <source>changed by the update</source>
        <translation>đã thay đổi theo bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="35"/>
        <source>(now empty)</source>
        <translation>(giờ đã trống)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="52"/>
        <location filename="../../ui/plans/changes.py" line="172"/>
        <source>Meeting plan</source>
        <translation>Kế hoạch gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="53"/>
        <location filename="../../ui/plans/strings.py" line="126"/>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="54"/>
        <location filename="../../ui/plans/strings.py" line="128"/>
        <source>When we expect to be done</source>
        <translation>Khi nào chúng ta dự kiến xong</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="55"/>
        <location filename="../../ui/plans/strings.py" line="130"/>
        <source>When we check in with each other</source>
        <translation>Khi nào chúng ta báo an toàn cho nhau</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="66"/>
        <location filename="../../ui/plans/strings.py" line="70"/>
        <source>Who goes with you?</source>
        <translation>Ai đi cùng bạn?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="67"/>
        <location filename="../../ui/plans/strings.py" line="72"/>
        <source>Person code</source>
        <translation>Mã người</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="68"/>
        <location filename="../../ui/plans/strings.py" line="94"/>
        <source>Where do we meet?</source>
        <translation>Chúng ta gặp ở đâu?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="69"/>
        <location filename="../../ui/plans/strings.py" line="102"/>
        <source>Where do we go if the first place does not work?</source>
        <translation>Chúng ta sẽ đi đâu nếu nơi thứ nhất không được?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="74"/>
        <location filename="../../ui/plans/strings.py" line="110"/>
        <source>Our subtle alert signal, and what it means</source>
        <translation>Tín hiệu cảnh báo kín đáo của chúng ta, và ý nghĩa của nó</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="79"/>
        <location filename="../../ui/plans/strings.py" line="108"/>
        <source>Where to sit or stand</source>
        <translation>Ngồi hoặc đứng ở đâu</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="80"/>
        <location filename="../../ui/plans/strings.py" line="116"/>
        <source>Who does what</source>
        <translation>Ai làm gì</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="90"/>
        <location filename="../../ui/plans/strings.py" line="105"/>
        <source>What will we do if…</source>
        <translation>Chúng ta sẽ làm gì nếu…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/card.py" line="99"/>
        <source>Before we go</source>
        <translation>Trước khi đi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="45"/>
        <source>What will we do if… {scenario}</source>
        <translation>Chúng ta sẽ làm gì nếu… {scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="51"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="52"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="53"/>
        <source>The log written after the meeting</source>
        <translation>Ghi chép viết sau buổi gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="54"/>
        <source>How to reach the colleague</source>
        <translation>Cách liên hệ đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="55"/>
        <source>Minutes to wait after a missed check-in</source>
        <translation>Số phút chờ sau khi lỡ giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="56"/>
        <source>Back safely at</source>
        <translation>Đã về an toàn lúc</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="64"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="75"/>
        <source>a log</source>
        <translation>một ghi chép</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="77"/>
        <source>a risk assessment</source>
        <translation>một đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="93"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="100"/>
        <source>(you changed this too: you will choose which to keep)</source>
        <translation>(bạn cũng đã sửa mục này: bạn sẽ chọn giữ bản nào)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="126"/>
        <location filename="../../ui/plans/changes.py" line="135"/>
        <source>What this update changes</source>
        <translation>Những gì bản cập nhật này thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="139"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="140"/>
        <source>Import the update</source>
        <translation>Nhập bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="144"/>
        <source>Cancel: import nothing</source>
        <translation>Hủy: không nhập gì</translation>
    </message>
    <message>
        <location filename="../../ui/plans/changes.py" line="173"/>
        <source>In the plan {title}:</source>
        <translation>Trong kế hoạch {title}:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="20"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="21"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="22"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="23"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="29"/>
        <source>we are late?</source>
        <translation>chúng ta bị muộn?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="30"/>
        <source>they are late, or do not come?</source>
        <translation>người chúng ta gặp bị muộn, hoặc không đến?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="31"/>
        <source>someone we did not expect comes?</source>
        <translation>có người chúng ta không ngờ tới xuất hiện?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="32"/>
        <source>a third party interrupts?</source>
        <translation>có người thứ ba làm gián đoạn?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="33"/>
        <source>we are given documents to carry back safely?</source>
        <translation>chúng ta được đưa giấy tờ để mang về an toàn?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="34"/>
        <source>one of us feels unwell or has a flashback?</source>
        <translation>một trong hai chúng ta thấy không khỏe hoặc bị ký ức cũ ùa về?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="35"/>
        <source>someone approaches us threateningly, or threatens the person?</source>
        <translation>có người tiếp cận chúng ta với thái độ đe dọa, hoặc đe dọa người chúng ta gặp?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="36"/>
        <source>one of us does not check in?</source>
        <translation>một trong hai chúng ta không báo an toàn?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="43"/>
        <source>No colleague yet</source>
        <translation>Chưa có đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="44"/>
        <source>No backup location yet</source>
        <translation>Chưa có nơi dự phòng</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="45"/>
        <source>No alert signal agreed yet</source>
        <translation>Chưa thỏa thuận tín hiệu cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="46"/>
        <source>No check-in time yet</source>
        <translation>Chưa có giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="202"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="208"/>
        <location filename="../../ui/plans/wizard_context.py" line="270"/>
        <source>Untitled assessment</source>
        <translation>Đánh giá chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>An assessment no longer in this vault</source>
        <translation>Một đánh giá không còn trong kho này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="241"/>
        <location filename="../../ui/plans/wizard.py" line="251"/>
        <source>Not decided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="113"/>
        <source>{when}, {type}, {place}: {what}</source>
        <translation>{when}, {type}, {place}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="115"/>
        <source>type not given</source>
        <translation>chưa ghi loại</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="116"/>
        <source>place not given</source>
        <translation>chưa ghi địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="117"/>
        <source>nothing written</source>
        <translation>chưa viết gì</translation>
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
        <translation>Lấy từ kho của bạn, để giúp bạn lập kế hoạch. Không có phần nào trong đây được lưu vào kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="154"/>
        <source>The risk assessment</source>
        <translation>Đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="156"/>
        <source>The linked risk assessment is no longer in this vault.</source>
        <translation>Đánh giá rủi ro được liên kết không còn trong kho này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="157"/>
        <source>Risk assessments for this place</source>
        <translation>Đánh giá rủi ro cho địa điểm này</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="159"/>
        <source>Link one on the first page to see it here.</source>
        <translation>Hãy liên kết một đánh giá ở trang đầu tiên để xem ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="160"/>
        <source>What happened there before</source>
        <translation>Những gì đã xảy ra ở đó trước đây</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="161"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="163"/>
        <source>Safety observations in logs</source>
        <translation>Quan sát về an toàn trong các ghi chép</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard_context.py" line="192"/>
        <source>Nothing registered yet for this setting, area or person code.</source>
        <translation>Chưa có gì được ghi nhận cho loại địa điểm, khu vực hoặc mã người này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="62"/>
        <source>A colleague comes along</source>
        <translation>Có một đồng nghiệp đi cùng</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="63"/>
        <source>A backup location is agreed</source>
        <translation>Đã thỏa thuận nơi dự phòng</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="64"/>
        <source>An alert signal is agreed</source>
        <translation>Đã thỏa thuận tín hiệu cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="65"/>
        <source>A check-in time is agreed</source>
        <translation>Đã thỏa thuận giờ báo an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="69"/>
        <source>Purpose and people</source>
        <translation>Mục đích và con người</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="71"/>
        <source>Never meet alone: a trained colleague comes along.</source>
        <translation>Không bao giờ gặp một mình: có một đồng nghiệp đã được tập huấn đi cùng.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="73"/>
        <source>A code, never a name, in case this plan is found.</source>
        <translation>Một mã, không bao giờ là tên, phòng khi kế hoạch này bị người khác tìm thấy.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="74"/>
        <source>What do we want to achieve?</source>
        <translation>Chúng ta muốn đạt được điều gì?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="75"/>
        <source>A clear aim keeps the meeting short and safe.</source>
        <translation>Mục tiêu rõ ràng giúp buổi gặp ngắn gọn và an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="76"/>
        <source>Which risk assessment does this meeting follow?</source>
        <translation>Buổi gặp này dựa theo đánh giá rủi ro nào?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="77"/>
        <source>Its threats, capacities and measures are shown beside the questions.</source>
        <translation>Các mối đe dọa, năng lực và biện pháp của đánh giá đó được hiển thị bên cạnh các câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="80"/>
        <source>The setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="81"/>
        <source>What kind of place?</source>
        <translation>Đó là loại địa điểm nào?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="82"/>
        <source>Each setting has its own dynamics and risks.</source>
        <translation>Mỗi loại địa điểm có diễn biến và rủi ro riêng.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="83"/>
        <source>Who is usually around?</source>
        <translation>Thường có những ai ở quanh đó?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="84"/>
        <source>Knowing who is there helps you read the situation.</source>
        <translation>Biết ai có mặt ở đó giúp bạn hiểu tình hình.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="85"/>
        <source>Who could be a threat?</source>
        <translation>Ai có thể là mối đe dọa?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="86"/>
        <source>Think of traffickers, buyers, others in the area.</source>
        <translation>Hãy nghĩ đến kẻ buôn người, người mua dâm, và những người khác trong khu vực.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="87"/>
        <source>Who could overhear?</source>
        <translation>Ai có thể nghe lén?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="88"/>
        <source>So you know what can be said, and where.</source>
        <translation>Để biết điều gì có thể nói, và nói ở đâu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="89"/>
        <source>Earlier experiences and threats there</source>
        <translation>Những trải nghiệm trước đây và các mối đe dọa ở đó</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="90"/>
        <source>What happened before can happen again.</source>
        <translation>Điều đã xảy ra trước đây có thể xảy ra lần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="91"/>
        <source>Psychological impact on everyone taking part</source>
        <translation>Tác động tâm lý đối với mọi người tham gia</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="92"/>
        <source>Especially for survivors: plan for it.</source>
        <translation>Đặc biệt với người sống sót: hãy tính trước điều này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="93"/>
        <source>The location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="95"/>
        <source>A place you know, where the person is comfortable.</source>
        <translation>Một nơi bạn biết, nơi người được gặp cảm thấy thoải mái.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="96"/>
        <source>Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?</source>
        <translation>Ai khác sẽ có mặt ở đó? Chúng ta có thể nói chuyện mà không bị nghe thấy không? Có đông người không? Đi vào đó có trông đáng ngờ không?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="100"/>
        <source>These decide whether the place is safe enough.</source>
        <translation>Những điều này quyết định địa điểm có đủ an toàn hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="101"/>
        <source>The backup location</source>
        <translation>Nơi dự phòng</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="103"/>
        <source>Plans change; agree the alternative now.</source>
        <translation>Kế hoạch có thể thay đổi; hãy thỏa thuận phương án thay thế ngay từ bây giờ.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="104"/>
        <source>Scenarios</source>
        <translation>Các tình huống</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="106"/>
        <source>Deciding in advance is easier than deciding under stress.</source>
        <translation>Quyết định trước sẽ dễ hơn quyết định khi đang căng thẳng.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="107"/>
        <source>During the meeting</source>
        <translation>Trong buổi gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="109"/>
        <source>See the area, back to a wall, close to an exit.</source>
        <translation>Nhìn được cả khu vực, lưng dựa vào tường, gần lối ra.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="111"/>
        <source>So either of you can end it without a word.</source>
        <translation>Để bất kỳ ai trong hai người cũng có thể kết thúc buổi gặp mà không cần nói một lời.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="112"/>
        <source>How does the person get our contact details without writing them down?</source>
        <translation>Làm thế nào để người được gặp có thông tin liên hệ của chúng ta mà không phải viết ra?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="115"/>
        <source>Written numbers can be found by an exploiter.</source>
        <translation>Số điện thoại viết ra giấy có thể bị kẻ bóc lột tìm thấy.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="117"/>
        <source>One talks, one watches, for example.</source>
        <translation>Ví dụ: một người nói, một người quan sát.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="118"/>
        <source>After the meeting</source>
        <translation>Sau buổi gặp</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="119"/>
        <source>Stay a while and watch for followers</source>
        <translation>Ở lại một lúc và để ý xem có ai bám theo không</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="120"/>
        <source>Leaving at once can lead someone to you.</source>
        <translation>Rời đi ngay lập tức có thể dẫn người khác tìm đến bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="121"/>
        <source>Notes into the vault, paper destroyed</source>
        <translation>Ghi chú chuyển vào kho, giấy thì hủy đi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="122"/>
        <source>Paper in a pocket can endanger the person.</source>
        <translation>Giấy trong túi có thể gây nguy hiểm cho người được gặp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="123"/>
        <source>Who do we debrief with, and when?</source>
        <translation>Chúng ta sẽ nhìn lại cùng ai, và khi nào?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="124"/>
        <source>Talking it through helps you carry what you heard.</source>
        <translation>Nói ra giúp bạn mang nổi những gì bạn đã nghe.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="125"/>
        <source>Timing</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="127"/>
        <source>So both of you carry the same plan.</source>
        <translation>Để cả hai người cùng mang một kế hoạch như nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="129"/>
        <source>A known end makes a missed check-in noticeable.</source>
        <translation>Biết trước giờ kết thúc giúp nhận ra khi lỡ giờ báo an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="131"/>
        <source>If one of you does not check in, the other acts.</source>
        <translation>Nếu một trong hai người không báo an toàn, người kia sẽ hành động.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="132"/>
        <source>How long do we wait after the check-in time before acting?</source>
        <translation>Sau giờ báo an toàn, chúng ta chờ bao lâu rồi mới hành động?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="133"/>
        <source>FieldSafe shows what you agreed once this time has passed.</source>
        <translation>FieldSafe hiện những gì các bạn đã thỏa thuận khi đã qua khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="134"/>
        <source>How do we reach each other during and after the meeting?</source>
        <translation>Chúng ta liên lạc với nhau thế nào trong và sau buổi gặp?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/strings.py" line="135"/>
        <source>If a check-in does not come, this is shown with what you agreed to do.</source>
        <translation>Nếu không nhận được tin báo an toàn, thông tin này sẽ hiện ra cùng những gì các bạn đã thỏa thuận sẽ làm.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/logs/printing.py" line="87"/>
        <location filename="../../ui/logs/printing.py" line="158"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="88"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="69"/>
        <source>What you print or save as a PDF is not encrypted.</source>
        <translation>Những gì bạn in ra hoặc lưu thành PDF không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="95"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="76"/>
        <source>Anyone who finds the paper or the file can read it. Keep it with you and destroy it (or delete the file) as soon as you no longer need it. The printer and its queue may keep a copy too.</source>
        <translation>Bất kỳ ai tìm thấy tờ giấy hoặc tệp đều có thể đọc được. Hãy giữ nó bên mình và hủy nó (hoặc xóa tệp) ngay khi không còn cần nữa. Máy in và hàng đợi in cũng có thể giữ một bản sao.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="107"/>
        <location filename="../../ui/logs/printing.py" line="108"/>
        <source>Leave out person codes, places and names of colleagues</source>
        <translation>Bỏ mã người, địa điểm và tên đồng nghiệp ra ngoài</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="112"/>
        <source>The text you wrote (title, what happened, needs, safety) is included as it is: check it for names before you print.</source>
        <translation>Nội dung bạn đã viết (tiêu đề, những gì đã diễn ra, nhu cầu, an toàn) được đưa vào nguyên văn: hãy kiểm tra xem có tên người nào không trước khi in.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="119"/>
        <location filename="../../ui/logs/printing.py" line="120"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="122"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="144"/>
        <source>printout</source>
        <translation>ban-in</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="146"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="260"/>
        <source>The PDF was saved. It is not encrypted.</source>
        <translation>Đã lưu tệp PDF. Tệp không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="261"/>
        <source>Delete it as soon as you no longer need it.</source>
        <translation>Hãy xóa tệp ngay khi không còn cần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/logs/printing.py" line="273"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>record_text</name>
    <message>
        <location filename="../../ui/common/record_text.py" line="83"/>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="85"/>
        <source>{hours} h</source>
        <translation>{hours} giờ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="86"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="114"/>
        <source>(no description)</source>
        <translation>(không có mô tả)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="116"/>
        <source>{action}, due {date}</source>
        <translation>{action}, hạn {date}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="117"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="118"/>
        <source>{follow_up} ({status})</source>
        <translation>{follow_up} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="127"/>
        <source>Destroyed, confirmed {time}</source>
        <translation>Đã hủy, xác nhận lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="129"/>
        <source>Not yet confirmed destroyed</source>
        <translation>Chưa xác nhận đã hủy</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="133"/>
        <source>Untitled log</source>
        <translation>Ghi chép chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="144"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="145"/>
        <location filename="../../ui/common/record_text.py" line="254"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="146"/>
        <location filename="../../ui/common/record_text.py" line="263"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="147"/>
        <location filename="../../ui/common/record_text.py" line="264"/>
        <source>Setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="148"/>
        <location filename="../../ui/common/record_text.py" line="265"/>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="149"/>
        <location filename="../../ui/common/record_text.py" line="266"/>
        <source>Who went</source>
        <translation>Ai đã đi</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="150"/>
        <location filename="../../ui/common/record_text.py" line="267"/>
        <source>Person codes</source>
        <translation>Mã người</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="151"/>
        <location filename="../../ui/common/record_text.py" line="285"/>
        <source>What happened</source>
        <translation>Những gì đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="152"/>
        <location filename="../../ui/common/record_text.py" line="287"/>
        <source>Needs expressed</source>
        <translation>Nhu cầu được nêu ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="153"/>
        <location filename="../../ui/common/record_text.py" line="290"/>
        <source>Information and referrals given</source>
        <translation>Thông tin đã cung cấp và chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="154"/>
        <location filename="../../ui/common/record_text.py" line="294"/>
        <source>Follow-ups</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="155"/>
        <location filename="../../ui/common/record_text.py" line="296"/>
        <source>Safety observations</source>
        <translation>Quan sát về an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="156"/>
        <location filename="../../ui/common/record_text.py" line="272"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="157"/>
        <location filename="../../ui/common/record_text.py" line="273"/>
        <source>Paper notes</source>
        <translation>Ghi chú giấy</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="158"/>
        <location filename="../../ui/common/record_text.py" line="274"/>
        <source>Review by</source>
        <translation>Xem lại trước</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="183"/>
        <source>{label} (changed)</source>
        <translation>{label} (đã đổi)</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="192"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
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
        <translation>Đường phố</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="39"/>
        <source>Red-light district</source>
        <translation>Khu đèn đỏ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="40"/>
        <source>Brothel</source>
        <translation>Nhà chứa</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="41"/>
        <source>Apartment</source>
        <translation>Căn hộ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="42"/>
        <source>Bar or club</source>
        <translation>Quán bar hoặc câu lạc bộ</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="43"/>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="44"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_text.py" line="45"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="68"/>
        <source>Recovery sheet</source>
        <translation>Trang khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="85"/>
        <source>This sheet holds your recovery code: with it and this laptop, anyone can open your vault. Print it, keep the paper apart from the laptop, and delete the PDF file once it is printed.</source>
        <translation>Trang này chứa mã khôi phục của bạn: có mã này và máy tính xách tay này, bất kỳ ai cũng có thể mở kho của bạn. Hãy in ra, cất tờ giấy ở nơi khác, tách khỏi máy tính, và xóa tệp PDF ngay khi đã in xong.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="93"/>
        <location filename="../../ui/shell/recovery_sheet.py" line="94"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="96"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="116"/>
        <source>Save the recovery sheet</source>
        <translation>Lưu trang khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="118"/>
        <source>recovery-sheet</source>
        <translation>trang-khoi-phuc</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="127"/>
        <source>This is the recovery code of your FieldSafe vault. If you forget your passphrase, type this code where the passphrase goes; FieldSafe then lets you choose a new one.</source>
        <translation>Đây là mã khôi phục cho kho FieldSafe của bạn. Nếu bạn quên cụm mật khẩu, hãy gõ mã này vào chỗ nhập cụm mật khẩu; FieldSafe sẽ cho bạn chọn một cụm mật khẩu mới.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="130"/>
        <source>Capital letters or not, dashes or not: both work.</source>
        <translation>Viết hoa hay không, có dấu gạch ngang hay không: đều được.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="132"/>
        <source>Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). Anyone who has both the laptop and this code can open the vault.</source>
        <translation>Hãy cất trang này ở nơi an toàn, tách khỏi máy tính xách tay của bạn (không để trong túi đựng máy). Bất kỳ ai có cả máy tính này và mã này đều có thể mở kho.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="136"/>
        <source>If FieldSafe ever shows you a new recovery code (after changing the passphrase), this sheet no longer opens the vault: destroy it.</source>
        <translation>Nếu có lúc FieldSafe hiện cho bạn một mã khôi phục mới (sau khi đổi cụm mật khẩu), trang này sẽ không còn mở được kho: hãy hủy nó.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="139"/>
        <source>If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Nếu bạn đã lưu trang này thành tệp, hãy xóa tệp ngay khi đã in xong.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="150"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="151"/>
        <source>Made on {date}</source>
        <translation>Tạo ngày {date}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="190"/>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>&amp;Lưu một trang để in (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="191"/>
        <source>Save a printable sheet</source>
        <translation>Lưu một trang để in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="221"/>
        <source>The recovery sheet was saved. It is not encrypted.</source>
        <translation>Đã lưu trang khôi phục. Trang này không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/recovery_sheet.py" line="222"/>
        <source>Print it, keep the paper apart from this laptop, then delete the file.</source>
        <translation>Hãy in ra, cất tờ giấy ở nơi khác, tách khỏi máy tính xách tay này, rồi xóa tệp.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/shell/restore.py" line="49"/>
        <source>The backup is now your vault. Records written after the backup was made are not in it. The damaged files were not deleted: they were moved, still encrypted, to a folder beside the vault&apos;s folder whose name ends in “damaged” and the date. Type the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>Bản sao lưu giờ đã là kho của bạn. Các bản ghi viết sau thời điểm tạo bản sao lưu không có trong đó. Các tệp bị hỏng không bị xóa: chúng đã được chuyển, vẫn được mã hóa, vào một thư mục nằm cạnh thư mục của kho, có tên kết thúc bằng “damaged” và ngày tháng. Hãy gõ cụm mật khẩu hoặc mã khôi phục còn hiệu lực vào lúc tạo bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="64"/>
        <source>Choose a backup</source>
        <translation>Chọn một bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="65"/>
        <source>FieldSafe backups (*.fieldsafe-backup);;All files (*)</source>
        <translation>Bản sao lưu FieldSafe (*.fieldsafe-backup);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="83"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="86"/>
        <source>The backup you choose takes the damaged vault&apos;s place. FieldSafe checks the whole backup first; if anything is wrong with it, nothing is changed. The damaged files are kept, never deleted. Records written after the backup was made are not in it.</source>
        <translation>Bản sao lưu bạn chọn sẽ thế chỗ cho kho bị hỏng. FieldSafe kiểm tra toàn bộ bản sao lưu trước; nếu có gì không ổn, không có gì bị thay đổi. Các tệp bị hỏng được giữ lại, không bao giờ bị xóa. Các bản ghi viết sau thời điểm tạo bản sao lưu không có trong đó.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="96"/>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="97"/>
        <source>No backup chosen yet</source>
        <translation>Chưa chọn bản sao lưu nào</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="98"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="99"/>
        <source>Choose a backup file</source>
        <translation>Chọn một tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Cụm mật khẩu của bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="106"/>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="111"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="116"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="119"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="141"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="143"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>Cụm &amp;mật khẩu của bản sao lưu:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore.py" line="184"/>
        <source>Checking and restoring the backup…</source>
        <translation>Đang kiểm tra và khôi phục bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../ui/risk/actions.py" line="53"/>
        <source>Share the incidents linked to this assessment too?</source>
        <translation>Chia sẻ cả các sự cố liên kết với đánh giá này?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/actions.py" line="55"/>
        <source>%n incident(s) link to this assessment. With them, your colleagues see what happened beside the analysis; without them, only the assessment is shared.</source>
        <translation>
            <numerusform>%n sự cố liên kết với đánh giá này. Có các sự cố, đồng nghiệp của bạn thấy được những gì đã xảy ra bên cạnh phần phân tích; không có chúng, chỉ đánh giá được chia sẻ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="60"/>
        <source>The assessment only</source>
        <translation>Chỉ đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="61"/>
        <source>With the incidents</source>
        <translation>Kèm các sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="126"/>
        <source>Each time this assessment was saved or reviewed, what it said before was kept. Choose an earlier version to see it beside the current one; parts that differ are marked “changed”.</source>
        <translation>Mỗi lần đánh giá này được lưu hoặc xem lại, nội dung trước đó đều được giữ lại. Hãy chọn một phiên bản cũ để xem cạnh phiên bản hiện tại; các phần khác nhau được đánh dấu “đã đổi”.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="131"/>
        <source>No earlier versions: this assessment has not been changed since it was first saved.</source>
        <translation>Không có phiên bản cũ: đánh giá này chưa được thay đổi từ lần lưu đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="163"/>
        <location filename="../../ui/risk/assessment_brief.py" line="31"/>
        <source>{threat} (level: {level})</source>
        <translation>{threat} (mức độ: {level})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="164"/>
        <location filename="../../ui/risk/assessment_brief.py" line="32"/>
        <source>A threat</source>
        <translation>Một mối đe dọa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="169"/>
        <source>Likelihood: {likelihood}. Impact: {impact}.</source>
        <translation>Khả năng xảy ra: {likelihood}. Mức tác động: {impact}.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="170"/>
        <location filename="../../ui/risk/actions.py" line="171"/>
        <location filename="../../ui/risk/items.py" line="69"/>
        <source>Not judged yet</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="181"/>
        <location filename="../../ui/risk/assessment_brief.py" line="47"/>
        <source>{measure} (who: {who})</source>
        <translation>{measure} (ai làm: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="191"/>
        <location filename="../../ui/risk/risk_form.py" line="390"/>
        <source>Review</source>
        <translation>Xem lại</translation>
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
        <translation>Trước: {activity}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="196"/>
        <location filename="../../ui/risk/risk_form.py" line="397"/>
        <source>What changed: {changes}</source>
        <translation>Những gì đã thay đổi: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="211"/>
        <location filename="../../ui/risk/assessment_brief.py" line="41"/>
        <source>Measures before</source>
        <translation>Biện pháp trước</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="212"/>
        <location filename="../../ui/risk/assessment_brief.py" line="42"/>
        <source>Measures during</source>
        <translation>Biện pháp trong khi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="213"/>
        <location filename="../../ui/risk/assessment_brief.py" line="43"/>
        <source>Measures after</source>
        <translation>Biện pháp sau</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="216"/>
        <location filename="../../ui/risk/risk_form.py" line="107"/>
        <source>Risk situation</source>
        <translation>Tình huống rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="217"/>
        <location filename="../../ui/risk/risk_form.py" line="110"/>
        <source>Setting</source>
        <translation>Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="218"/>
        <location filename="../../ui/risk/risk_form.py" line="115"/>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="219"/>
        <location filename="../../ui/risk/risk_form.py" line="117"/>
        <source>The activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="220"/>
        <location filename="../../ui/risk/risk_form.py" line="118"/>
        <source>Its objective</source>
        <translation>Mục tiêu của hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="221"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="132"/>
        <source>Threats</source>
        <translation>Mối đe dọa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="222"/>
        <location filename="../../ui/risk/risk_form.py" line="162"/>
        <source>Vulnerabilities</source>
        <translation>Điểm dễ tổn thương</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="223"/>
        <location filename="../../ui/risk/assessment_brief.py" line="38"/>
        <location filename="../../ui/risk/risk_form.py" line="179"/>
        <source>Capacities</source>
        <translation>Năng lực</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="224"/>
        <location filename="../../ui/risk/risk_form.py" line="195"/>
        <source>Gender and intersectionality</source>
        <translation>Giới và tính giao thoa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="225"/>
        <location filename="../../ui/risk/risk_form.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="234"/>
        <source>Is this objective worth this risk?</source>
        <translation>Mục tiêu này có đáng với rủi ro này không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="226"/>
        <location filename="../../ui/risk/risk_form.py" line="238"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="227"/>
        <location filename="../../ui/risk/risk_form.py" line="241"/>
        <source>Safer alternatives we considered</source>
        <translation>Các phương án an toàn hơn chúng ta đã cân nhắc</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="229"/>
        <location filename="../../ui/risk/risk_form.py" line="259"/>
        <source>Measures without a phase</source>
        <translation>Biện pháp không thuộc giai đoạn nào</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="230"/>
        <location filename="../../ui/risk/risk_form.py" line="291"/>
        <location filename="../../ui/risk/risk_form.py" line="294"/>
        <source>Supporting actors</source>
        <translation>Các bên hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="231"/>
        <location filename="../../ui/risk/review_dialog.py" line="99"/>
        <location filename="../../ui/risk/risk_form.py" line="303"/>
        <source>Next review</source>
        <translation>Lần xem lại kế tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/risk/actions.py" line="232"/>
        <location filename="../../ui/risk/risk_form.py" line="301"/>
        <source>Reviews</source>
        <translation>Các lần xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/assessment_brief.py" line="65"/>
        <location filename="../../ui/risk/items.py" line="108"/>
        <location filename="../../ui/risk/risk_view.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Mức độ: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="109"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="194"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="196"/>
        <source>Remove {item}</source>
        <translation>Xóa {item}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/items.py" line="198"/>
        <source>{item}: level</source>
        <translation>{item}: mức độ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="66"/>
        <source>Review a risk assessment</source>
        <translation>Xem lại một đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="88"/>
        <source>Why this review</source>
        <translation>Lý do xem lại lần này</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="94"/>
        <source>Before which activity</source>
        <translation>Trước hoạt động nào</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="95"/>
        <source>For example: the outreach night on Friday</source>
        <translation>Ví dụ: buổi tiếp cận tối thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="96"/>
        <source>What changed</source>
        <translation>Những gì đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="97"/>
        <source>What we changed in the assessment, and why</source>
        <translation>Những gì chúng ta đã thay đổi trong đánh giá, và lý do</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="98"/>
        <source>Keep the date in the assessment</source>
        <translation>Giữ ngày trong đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="101"/>
        <source>The incident&apos;s immediate measures have been reviewed</source>
        <translation>Các biện pháp tức thời của sự cố đã được xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="108"/>
        <source>Record the re&amp;view</source>
        <translation>&amp;Ghi lại lần xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="109"/>
        <source>Record the review</source>
        <translation>Ghi lại lần xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="111"/>
        <location filename="../../ui/risk/review_dialog.py" line="112"/>
        <source>Close without recording</source>
        <translation>Đóng mà không ghi lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="122"/>
        <source>This review</source>
        <translation>Lần xem lại này</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="127"/>
        <source>&amp;Why:</source>
        <translation>&amp;Vì sao:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="128"/>
        <source>Before which activity:</source>
        <translation>Trước hoạt động nào:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="129"/>
        <source>What &amp;changed:</source>
        <translation>Những gì đã &amp;thay đổi:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="130"/>
        <source>Next review:</source>
        <translation>Lần xem lại kế tiếp:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="203"/>
        <source>Recording…</source>
        <translation>Đang ghi lại…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/review_dialog.py" line="218"/>
        <source>Your changes could not be kept. Record the review, or copy them first.</source>
        <translation>Không giữ được các thay đổi của bạn. Hãy ghi lại lần xem lại, hoặc sao chép chúng trước.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="88"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Lưu đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="90"/>
        <source>Save assessment</source>
        <translation>Lưu đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="91"/>
        <source>Delete assessment…</source>
        <translation>Xóa đánh giá…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="93"/>
        <source>Delete assessment</source>
        <translation>Xóa đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="151"/>
        <source>Copied from the template. Change anything, then save.</source>
        <translation>Đã sao chép từ mẫu. Hãy sửa bất cứ điều gì, rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="182"/>
        <source>Restored from the draft. Save to keep it.</source>
        <translation>Đã khôi phục từ bản nháp. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="188"/>
        <source>Give the risk situation a name, then save.</source>
        <translation>Hãy đặt tên cho tình huống rủi ro, rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="201"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="212"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="245"/>
        <source>Delete this risk assessment?</source>
        <translation>Xóa đánh giá rủi ro này?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="247"/>
        <source>It is removed from the vault for good, with its earlier versions and its review history. Incidents that link to it keep the link and say it is gone.</source>
        <translation>Đánh giá sẽ bị xóa vĩnh viễn khỏi kho, cùng các phiên bản cũ và lịch sử xem lại của nó. Các sự cố liên kết với đánh giá vẫn giữ liên kết và ghi rằng đánh giá không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="250"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_editor.py" line="260"/>
        <source>The assessment was deleted.</source>
        <translation>Đã xóa đánh giá.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="105"/>
        <source>The risk situation</source>
        <translation>Tình huống rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="108"/>
        <source>For example: street outreach in the station area</source>
        <translation>Ví dụ: tiếp cận trên đường phố ở khu vực nhà ga</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="111"/>
        <source>Not one setting</source>
        <translation>Không thuộc một loại địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="116"/>
        <source>A district or neighbourhood, never an address</source>
        <translation>Một quận hoặc khu phố, không bao giờ là địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="120"/>
        <source>&amp;Risk situation:</source>
        <translation>Tì&amp;nh huống rủi ro:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="121"/>
        <source>Setting:</source>
        <translation>Loại địa điểm:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="122"/>
        <source>Area:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="123"/>
        <source>The activity:</source>
        <translation>Hoạt động:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="124"/>
        <source>Its objective:</source>
        <translation>Mục tiêu của hoạt động:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="136"/>
        <source>For each threat: what it could lead to, how likely it is and how much harm it would do. The level follows from the two.</source>
        <translation>Với mỗi mối đe dọa: nó có thể dẫn đến điều gì, khả năng xảy ra cao đến đâu và sẽ gây hại đến mức nào. Mức độ được suy ra từ hai yếu tố đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="144"/>
        <source>Threat</source>
        <translation>Mối đe dọa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="145"/>
        <source>What it could lead to</source>
        <translation>Có thể dẫn đến điều gì</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="146"/>
        <source>Likelihood</source>
        <translation>Khả năng xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="147"/>
        <source>Impact</source>
        <translation>Mức tác động</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="149"/>
        <source>Threat {number}</source>
        <translation>Mối đe dọa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="150"/>
        <source>Add a threat</source>
        <translation>Thêm một mối đe dọa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="154"/>
        <source>Overall level: {level}</source>
        <translation>Mức độ chung: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="155"/>
        <source>Overall level</source>
        <translation>Mức độ chung</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="163"/>
        <source>Practices or situations that make us vulnerable.</source>
        <translation>Những cách làm hoặc hoàn cảnh khiến chúng ta dễ bị tổn thương.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="166"/>
        <source>Vulnerability</source>
        <translation>Điểm dễ tổn thương</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="169"/>
        <source>How we could turn it into a capacity</source>
        <translation>Làm sao biến nó thành một năng lực</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="171"/>
        <source>If you see a way; you can leave this empty.</source>
        <translation>Nếu bạn thấy có cách; có thể để trống mục này.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="174"/>
        <source>Vulnerability {number}</source>
        <translation>Điểm dễ tổn thương {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="175"/>
        <source>Add a vulnerability</source>
        <translation>Thêm một điểm dễ tổn thương</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="180"/>
        <source>What protects us: practices, people, skills.</source>
        <translation>Những gì bảo vệ chúng ta: cách làm, con người, kỹ năng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="183"/>
        <source>Capacity</source>
        <translation>Năng lực</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="184"/>
        <source>How we keep it strong</source>
        <translation>Cách chúng ta giữ vững năng lực này</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="186"/>
        <source>Capacity {number}</source>
        <translation>Năng lực {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="187"/>
        <source>Add a capacity</source>
        <translation>Thêm một năng lực</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="199"/>
        <source>Who we are can change the risks, for the people we meet and for us. These questions are optional; answer the ones that matter here.</source>
        <translation>Chúng ta là ai có thể làm thay đổi rủi ro, cho những người chúng ta gặp và cho chính chúng ta. Các câu hỏi này không bắt buộc; hãy trả lời những câu quan trọng ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="205"/>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Show the questions</source>
        <translation>Hiện các câu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="208"/>
        <source>Gender and intersectionality questions</source>
        <translation>Các câu hỏi về giới và tính giao thoa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="229"/>
        <source>Hide the questions</source>
        <translation>Ẩn các câu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="235"/>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="242"/>
        <source>Another way to reach the same objective with less risk</source>
        <translation>Một cách khác để đạt cùng mục tiêu với ít rủi ro hơn</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="245"/>
        <source>Our answer:</source>
        <translation>Câu trả lời của chúng ta:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="246"/>
        <source>Why:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="247"/>
        <source>Safer alternatives we considered:</source>
        <translation>Các phương án an toàn hơn chúng ta đã cân nhắc:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="253"/>
        <source>Measures</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="256"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="257"/>
        <source>During</source>
        <translation>Trong khi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="258"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="262"/>
        <source>Before, measure {number}</source>
        <translation>Trước, biện pháp {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="263"/>
        <source>During, measure {number}</source>
        <translation>Trong khi, biện pháp {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="264"/>
        <source>After, measure {number}</source>
        <translation>Sau, biện pháp {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="265"/>
        <source>Measure {number}</source>
        <translation>Biện pháp {number}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="268"/>
        <source>Add a measure before</source>
        <translation>Thêm một biện pháp trước</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="269"/>
        <source>Add a measure during</source>
        <translation>Thêm một biện pháp trong khi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="270"/>
        <source>Add a measure after</source>
        <translation>Thêm một biện pháp sau</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="271"/>
        <source>Add a measure</source>
        <translation>Thêm một biện pháp</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Measure</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="280"/>
        <source>Who does it</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="295"/>
        <source>Organisations, people or networks who can help protect us</source>
        <translation>Các tổ chức, cá nhân hoặc mạng lưới có thể giúp bảo vệ chúng ta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="302"/>
        <location filename="../../ui/risk/risk_view.py" line="71"/>
        <source>No review planned</source>
        <translation>Chưa lên lịch xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="306"/>
        <source>Ne&amp;xt review:</source>
        <translation>Lần &amp;xem lại kế tiếp:</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_form.py" line="399"/>
        <source>Not reviewed yet.</source>
        <translation>Chưa được xem lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="73"/>
        <source>Review due since {date}</source>
        <translation>Đã đến hạn xem lại từ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="75"/>
        <source>Review due today</source>
        <translation>Hôm nay đến hạn xem lại</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="76"/>
        <source>Next review: {date}</source>
        <translation>Lần xem lại kế tiếp: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="81"/>
        <source>Untitled assessment</source>
        <translation>Đánh giá chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="94"/>
        <source>A risk assessment you were writing was not saved.</source>
        <translation>Một đánh giá rủi ro bạn đang viết chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="96"/>
        <source>FieldSafe kept it from {time}. Restore it to go on writing, or discard it.</source>
        <translation>FieldSafe đã giữ nó từ lúc {time}. Hãy khôi phục để viết tiếp, hoặc bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="100"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="101"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="118"/>
        <source>&amp;New assessment</source>
        <translation>Đánh &amp;giá mới</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="119"/>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="120"/>
        <source>Start from a &amp;template…</source>
        <translation>&amp;Bắt đầu từ một mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="121"/>
        <location filename="../../ui/risk/template_chooser.py" line="39"/>
        <source>Start from a template</source>
        <translation>Bắt đầu từ một mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="156"/>
        <source>Share…</source>
        <translation>Chia sẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="157"/>
        <source>Share the assessment</source>
        <translation>Chia sẻ đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="158"/>
        <source>Send to the team…</source>
        <translation>Gửi cho nhóm…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="159"/>
        <source>Send the assessment to the team</source>
        <translation>Gửi đánh giá cho nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="160"/>
        <source>Earlier versions…</source>
        <translation>Phiên bản cũ…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="161"/>
        <source>Earlier versions of the assessment</source>
        <translation>Các phiên bản cũ của đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="162"/>
        <source>Receive a bundle…</source>
        <translation>Nhận một gói…</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="163"/>
        <source>Receive a bundle</source>
        <translation>Nhận một gói</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk/risk_view.py" line="263"/>
        <source>Bundle saved with the assessment and %n linked incident(s): encrypted for the colleagues you chose and for you.</source>
        <translation>
            <numerusform>Đã lưu gói gồm đánh giá và %n sự cố liên kết: được mã hóa cho những đồng nghiệp bạn đã chọn và cho bạn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="271"/>
        <source>Bundle saved: encrypted for the colleagues you chose and for you.</source>
        <translation>Đã lưu gói: được mã hóa cho những đồng nghiệp bạn đã chọn và cho bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/risk_view.py" line="283"/>
        <source>Shared with the colleagues you chose.</source>
        <translation>Đã chia sẻ với những đồng nghiệp bạn đã chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="43"/>
        <source>Each template is a starting point written from field practice. Everything in it can be changed; how likely and how harmful each threat is, is yours to judge.</source>
        <translation>Mỗi mẫu là một điểm khởi đầu được viết từ kinh nghiệm thực địa. Mọi thứ trong đó đều có thể thay đổi; mỗi mối đe dọa có khả năng xảy ra cao đến đâu và gây hại đến mức nào là do bạn đánh giá.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="52"/>
        <source>Templates</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="64"/>
        <location filename="../../ui/risk/template_chooser.py" line="66"/>
        <source>Start from this template</source>
        <translation>Bắt đầu từ mẫu này</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/risk/template_chooser.py" line="101"/>
        <source>The activity: {activity}

Its objective: {objective}</source>
        <translation>Hoạt động: {activity}

Mục tiêu của hoạt động: {objective}</translation>
    </message>
</context>
<context>
    <name>risk_templates</name>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="22"/>
        <source>Meeting a person in exploitation in a public place</source>
        <comment>public_meeting.title</comment>
        <translation>Gặp một người đang sống trong tình trạng bị bóc lột ở nơi công cộng</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="27"/>
        <source>Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.</source>
        <comment>public_meeting.activity</comment>
        <translation>Hai người chúng ta gặp một người đang sống trong tình trạng bị bóc lột vào giờ đã hẹn, tại quán cà phê, công viên hoặc một nơi công cộng khác.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="32"/>
        <source>The person gets information and support on their own terms, and everyone leaves the meeting safe.</source>
        <comment>public_meeting.objective</comment>
        <translation>Người được gặp nhận được thông tin và hỗ trợ theo cách của chính họ, và mọi người đều rời buổi gặp an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="37"/>
        <source>An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.</source>
        <comment>public_meeting.threat.watched</comment>
        <translation>Kẻ bóc lột, người mua dâm hoặc người do họ cử đến theo dõi, làm gián đoạn hoặc bám theo buổi gặp.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="42"/>
        <source>Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.</source>
        <comment>public_meeting.threat.watched.risks</comment>
        <translation>Người được gặp hoặc chúng ta bị tổn hại về thể chất; người được gặp bị trừng phạt vì đã gặp chúng ta; chúng ta bị bám theo sau đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="47"/>
        <source>Difficult or triggering questions come up during the conversation.</source>
        <comment>public_meeting.threat.questions</comment>
        <translation>Những câu hỏi khó hoặc dễ khơi lại tổn thương nảy sinh trong cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="52"/>
        <source>Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.</source>
        <comment>public_meeting.threat.questions.risks</comment>
        <translation>Căng thẳng và tổn hại tâm lý, cho người được gặp và cho những đồng nghiệp từng tự mình trải qua tình trạng bị bóc lột.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="57"/>
        <source>Someone takes advantage of the meeting or of what we share, knowingly or not.</source>
        <comment>public_meeting.threat.misused</comment>
        <translation>Có người lợi dụng buổi gặp hoặc những gì chúng ta chia sẻ, dù cố ý hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="62"/>
        <source>Our contact details, our plans or the person&apos;s words reach people who would misuse them.</source>
        <comment>public_meeting.threat.misused.risks</comment>
        <translation>Thông tin liên hệ, kế hoạch của chúng ta hoặc lời kể của người được gặp đến tay những người có thể lạm dụng chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="67"/>
        <source>The person is late or does not come, or someone we did not expect comes instead.</source>
        <comment>public_meeting.threat.unexpected</comment>
        <translation>Người được gặp đến muộn hoặc không đến, hoặc một người chúng ta không ngờ tới đến thay.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="72"/>
        <source>Waiting in a place others know about; being drawn into a meeting we did not plan.</source>
        <comment>public_meeting.threat.unexpected.risks</comment>
        <translation>Phải chờ ở một nơi người khác biết; bị kéo vào một cuộc gặp chúng ta không lên kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="77"/>
        <source>Some of us live with trauma and can be triggered.</source>
        <comment>public_meeting.vulnerability.trauma</comment>
        <translation>Một số người trong chúng ta đang sống với sang chấn và có thể bị khơi lại tổn thương.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="82"/>
        <source>Agree beforehand how either of us can pause or leave, and who each of us debriefs with.</source>
        <comment>public_meeting.vulnerability.trauma.into</comment>
        <translation>Thỏa thuận trước cách để bất kỳ ai trong hai người cũng có thể tạm dừng hoặc rời đi, và mỗi người sẽ nhìn lại cùng ai.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="87"/>
        <source>The place is chosen in a hurry, or the person cannot choose it freely.</source>
        <comment>public_meeting.vulnerability.place</comment>
        <translation>Địa điểm được chọn vội vàng, hoặc người được gặp không thể tự do lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="92"/>
        <source>Choose together a place we know well, and agree a backup place.</source>
        <comment>public_meeting.vulnerability.place.into</comment>
        <translation>Cùng nhau chọn một nơi chúng ta biết rõ, và thỏa thuận một nơi dự phòng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="97"/>
        <source>It is hard to set boundaries in the moment.</source>
        <comment>public_meeting.vulnerability.boundaries</comment>
        <translation>Khó đặt ra giới hạn ngay trong lúc đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="102"/>
        <source>Practise a few calm sentences that end or turn a conversation.</source>
        <comment>public_meeting.vulnerability.boundaries.into</comment>
        <translation>Tập trước vài câu nói bình tĩnh để kết thúc hoặc chuyển hướng cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="107"/>
        <source>We know trauma-informed ways of working.</source>
        <comment>capacity.trauma</comment>
        <translation>Chúng ta biết các cách làm việc có hiểu biết về sang chấn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="110"/>
        <source>Refresh the training every year and pass on what we learn.</source>
        <comment>capacity.trauma.strengthen</comment>
        <translation>Tập huấn lại mỗi năm và truyền lại những gì học được.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="115"/>
        <source>We work in pairs and look out for each other.</source>
        <comment>capacity.team</comment>
        <translation>Chúng ta làm việc theo cặp và để ý đến nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="118"/>
        <source>Agree roles before each meeting: one talks, one watches.</source>
        <comment>capacity.team.strengthen</comment>
        <translation>Thỏa thuận vai trò trước mỗi buổi gặp: một người nói, một người quan sát.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="123"/>
        <source>We can reach mental health support.</source>
        <comment>capacity.care</comment>
        <translation>Chúng ta có thể tìm đến hỗ trợ sức khỏe tâm thần.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="126"/>
        <source>Keep those contacts current and easy to find.</source>
        <comment>capacity.care.strengthen</comment>
        <translation>Giữ các đầu mối liên hệ đó luôn cập nhật và dễ tìm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="131"/>
        <source>Whether our genders change how others in the place react to the meeting.</source>
        <comment>public_meeting.factor.gender</comment>
        <translation>Giới tính của chúng ta có làm thay đổi cách những người khác ở nơi đó phản ứng với buổi gặp hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="136"/>
        <source>A person without secure papers may fear police or officials nearby: choose the place with that in mind.</source>
        <comment>public_meeting.factor.migration</comment>
        <translation>Người không có giấy tờ cư trú ổn định có thể sợ cảnh sát hoặc cán bộ nhà nước ở gần: hãy chọn địa điểm có tính đến điều đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="141"/>
        <source>Look at earlier incidents and observations for similar situations.</source>
        <comment>measure.earlier</comment>
        <translation>Xem lại các sự cố và quan sát trước đây trong những tình huống tương tự.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="146"/>
        <source>the two of us</source>
        <comment>who.pair</comment>
        <translation>hai chúng ta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="147"/>
        <source>Choose a meeting place and a backup place we both know well.</source>
        <comment>public_meeting.measure.place</comment>
        <translation>Chọn một nơi gặp và một nơi dự phòng mà cả hai chúng ta đều biết rõ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="152"/>
        <source>Plan what we do if someone is late, does not come, or someone unexpected arrives.</source>
        <comment>public_meeting.measure.scenarios</comment>
        <translation>Lên kế hoạch sẽ làm gì nếu có người đến muộn, không đến, hoặc có người không ngờ tới xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="157"/>
        <source>Agree a subtle alert signal and a time to check in with each other.</source>
        <comment>public_meeting.measure.signal</comment>
        <translation>Thỏa thuận một tín hiệu cảnh báo kín đáo và một giờ báo an toàn cho nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="162"/>
        <source>Sit where we can see the area, with a wall behind us and a way out close by.</source>
        <comment>public_meeting.measure.position</comment>
        <translation>Ngồi ở chỗ nhìn được cả khu vực, lưng dựa vào tường và có lối ra ở gần.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="167"/>
        <source>both of us</source>
        <comment>who.both</comment>
        <translation>cả hai chúng ta</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="168"/>
        <source>Share how to reach us in a way that needs nothing written down.</source>
        <comment>public_meeting.measure.contact</comment>
        <translation>Cho biết cách liên hệ với chúng ta theo cách không cần viết gì ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="173"/>
        <source>the one who talks</source>
        <comment>who.talking</comment>
        <translation>người nói chuyện</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="174"/>
        <source>Stay a while and check that nobody follows us.</source>
        <comment>measure.followed</comment>
        <translation>Ở lại một lúc và kiểm tra xem có ai bám theo không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="177"/>
        <source>Move notes into FieldSafe, then destroy the paper and the photos.</source>
        <comment>measure.notes</comment>
        <translation>Chuyển ghi chú vào FieldSafe, rồi hủy giấy và ảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="182"/>
        <source>whoever took notes</source>
        <comment>who.notes</comment>
        <translation>người ghi chép</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="183"/>
        <source>Debrief with each other, with the safety lead, or on our own.</source>
        <comment>measure.debrief</comment>
        <translation>Nhìn lại cùng nhau, cùng người phụ trách an toàn, hoặc tự mình.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="188"/>
        <source>Partner organisations offering shelter, health care or legal advice; our safety lead.</source>
        <comment>public_meeting.supporters</comment>
        <translation>Các tổ chức đối tác cung cấp nơi tạm trú, chăm sóc sức khỏe hoặc tư vấn pháp lý; người phụ trách an toàn của chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="193"/>
        <source>Meet at a partner organisation&apos;s office; talk by phone first; meet where the person already goes safely.</source>
        <comment>public_meeting.alternatives</comment>
        <translation>Gặp tại văn phòng của một tổ chức đối tác; nói chuyện qua điện thoại trước; gặp ở nơi người được gặp vẫn thường lui tới một cách an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="198"/>
        <source>the safety lead</source>
        <comment>who.safety_lead</comment>
        <translation>người phụ trách an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="199"/>
        <source>the team</source>
        <comment>who.team</comment>
        <translation>cả nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="200"/>
        <source>the one who watches</source>
        <comment>who.watching</comment>
        <translation>người quan sát</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="201"/>
        <source>Register anything that felt threatening as an incident, the same day.</source>
        <comment>measure.register</comment>
        <translation>Ghi nhận mọi điều có cảm giác đe dọa thành sự cố, ngay trong ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="206"/>
        <source>whoever writes</source>
        <comment>who.writing</comment>
        <translation>người viết</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="207"/>
        <source>the speaker and the supporter</source>
        <comment>who.speaker_supporter</comment>
        <translation>người phát biểu và người hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="210"/>
        <source>the supporter</source>
        <comment>who.supporter</comment>
        <translation>người hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="211"/>
        <source>the speaker</source>
        <comment>who.speaker</comment>
        <translation>người phát biểu</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="212"/>
        <source>Does age change the threats, or how people react to us?</source>
        <comment>factor.age</comment>
        <translation>Tuổi tác có làm thay đổi các mối đe dọa, hoặc cách mọi người phản ứng với chúng ta không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="217"/>
        <source>Does gender change the threats, for the people we meet or for us?</source>
        <comment>factor.gender</comment>
        <translation>Giới có làm thay đổi các mối đe dọa, đối với những người chúng ta gặp hoặc đối với chúng ta không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="222"/>
        <source>Do ethnicity or language change how people see us?</source>
        <comment>factor.ethnicity</comment>
        <translation>Dân tộc hoặc ngôn ngữ có làm thay đổi cách mọi người nhìn nhận chúng ta không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="227"/>
        <source>Does religion or belief play a part here?</source>
        <comment>factor.religion</comment>
        <translation>Tôn giáo hoặc tín ngưỡng có đóng vai trò gì ở đây không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="230"/>
        <source>Does a disability, physical or psychological, change what is safe?</source>
        <comment>factor.disability</comment>
        <translation>Khuyết tật, về thể chất hay tâm lý, có làm thay đổi điều gì là an toàn không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="235"/>
        <source>Does sexual orientation bring other threats here?</source>
        <comment>factor.sexual_orientation</comment>
        <translation>Xu hướng tính dục có mang lại những mối đe dọa khác ở đây không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="240"/>
        <source>Does migration status, or having no papers, change the risks?</source>
        <comment>factor.migration_status</comment>
        <translation>Tình trạng di cư, hoặc việc không có giấy tờ, có làm thay đổi rủi ro không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_meeting.py" line="245"/>
        <source>Anything else about who we are that changes the risk?</source>
        <comment>factor.other</comment>
        <translation>Còn điều gì khác về việc chúng ta là ai làm thay đổi rủi ro không?</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="21"/>
        <source>Online outreach</source>
        <comment>online_outreach.title</comment>
        <translation>Tiếp cận trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="24"/>
        <source>Contacting people through advertisements, social media or messaging apps.</source>
        <comment>online_outreach.activity</comment>
        <translation>Liên hệ với mọi người qua quảng cáo, mạng xã hội hoặc ứng dụng nhắn tin.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="29"/>
        <source>People in exploitation can reach us online, privately and safely.</source>
        <comment>online_outreach.objective</comment>
        <translation>Những người đang sống trong tình trạng bị bóc lột có thể liên hệ với chúng ta qua mạng, một cách riêng tư và an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="34"/>
        <source>The account we write to is run by an exploiter.</source>
        <comment>online_outreach.threat.controlled</comment>
        <translation>Tài khoản mà chúng ta nhắn tin đến do kẻ bóc lột điều khiển.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="39"/>
        <source>Our messages are read by the wrong person; the person is punished; we are drawn into a trap.</source>
        <comment>online_outreach.threat.controlled.risks</comment>
        <translation>Tin nhắn của chúng ta bị người không nên đọc đọc được; người được liên hệ bị trừng phạt; chúng ta bị dụ vào bẫy.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="44"/>
        <source>Our accounts or devices are watched, broken into or reported.</source>
        <comment>online_outreach.threat.devices</comment>
        <translation>Tài khoản hoặc thiết bị của chúng ta bị theo dõi, bị xâm nhập hoặc bị báo cáo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="49"/>
        <source>Contacts and conversations become known; accounts are closed.</source>
        <comment>online_outreach.threat.devices.risks</comment>
        <translation>Các đầu mối liên hệ và cuộc trò chuyện bị lộ; tài khoản bị khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="54"/>
        <source>Harassment or threats sent to us online.</source>
        <comment>online_outreach.threat.harassment</comment>
        <translation>Quấy rối hoặc đe dọa gửi đến chúng ta qua mạng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="59"/>
        <source>Stress and fear; our personal details exposed.</source>
        <comment>online_outreach.threat.harassment.risks</comment>
        <translation>Căng thẳng và sợ hãi; thông tin cá nhân của chúng ta bị lộ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="64"/>
        <source>Work accounts linked to personal accounts or phone numbers.</source>
        <comment>online_outreach.vulnerability.linked</comment>
        <translation>Tài khoản công việc được liên kết với tài khoản cá nhân hoặc số điện thoại cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="69"/>
        <source>Use separate work accounts, and a separate device where possible.</source>
        <comment>online_outreach.vulnerability.linked.into</comment>
        <translation>Dùng tài khoản công việc riêng, và một thiết bị riêng nếu có thể.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="74"/>
        <source>Conversations kept on phones that are not protected.</source>
        <comment>online_outreach.vulnerability.phones</comment>
        <translation>Các cuộc trò chuyện được lưu trên điện thoại không được bảo vệ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="79"/>
        <source>Keep only what is needed, in FieldSafe, and delete the rest.</source>
        <comment>online_outreach.vulnerability.phones.into</comment>
        <translation>Chỉ giữ những gì cần thiết, trong FieldSafe, và xóa phần còn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="84"/>
        <source>Working online alone, late at night.</source>
        <comment>online_outreach.vulnerability.late</comment>
        <translation>Làm việc trực tuyến một mình, lúc khuya.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="89"/>
        <source>Agree working hours, and a colleague to debrief with.</source>
        <comment>online_outreach.vulnerability.late.into</comment>
        <translation>Thỏa thuận giờ làm việc, và một đồng nghiệp để cùng nhìn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="94"/>
        <source>We can recognise replies written from a script or under control.</source>
        <comment>online_outreach.capacity.scripts</comment>
        <translation>Chúng ta có thể nhận ra những câu trả lời được viết theo kịch bản hoặc dưới sự kiểm soát.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="99"/>
        <source>Share examples in the team, without names.</source>
        <comment>online_outreach.capacity.scripts.strengthen</comment>
        <translation>Chia sẻ các ví dụ trong nhóm, không kèm tên.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="104"/>
        <source>We have a digital security routine.</source>
        <comment>online_outreach.capacity.routine</comment>
        <translation>Chúng ta có một quy trình an ninh số thường xuyên.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="109"/>
        <source>Go through it with the safety lead every few months.</source>
        <comment>online_outreach.capacity.routine.strengthen</comment>
        <translation>Rà soát quy trình này cùng người phụ trách an toàn vài tháng một lần.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="114"/>
        <source>Some accounts may belong to children: know the steps to take if so.</source>
        <comment>online_outreach.factor.age</comment>
        <translation>Một số tài khoản có thể thuộc về trẻ em: hãy biết các bước cần làm trong trường hợp đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="119"/>
        <source>Extra threats for people reached on apps used by sexual minorities.</source>
        <comment>online_outreach.factor.orientation</comment>
        <translation>Những mối đe dọa thêm đối với những người được tiếp cận qua các ứng dụng mà người thuộc thiểu số tính dục sử dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="124"/>
        <source>Whether online harassment targets some of us more than others.</source>
        <comment>online_outreach.factor.gender</comment>
        <translation>Việc quấy rối trực tuyến có nhắm vào một số người trong chúng ta nhiều hơn những người khác hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="129"/>
        <source>Prepare separate work accounts and a device with up-to-date software.</source>
        <comment>online_outreach.measure.accounts</comment>
        <translation>Chuẩn bị tài khoản công việc riêng và một thiết bị có phần mềm được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="134"/>
        <source>Agree what we say first, and what we never write.</source>
        <comment>online_outreach.measure.words</comment>
        <translation>Thỏa thuận điều chúng ta nói đầu tiên, và điều chúng ta không bao giờ viết ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="139"/>
        <source>Share no places or personal details in messages.</source>
        <comment>online_outreach.measure.details</comment>
        <translation>Không chia sẻ địa điểm hay thông tin cá nhân trong tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="144"/>
        <source>End a conversation that feels scripted or threatening.</source>
        <comment>online_outreach.measure.stop</comment>
        <translation>Kết thúc cuộc trò chuyện có vẻ theo kịch bản hoặc mang tính đe dọa.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="149"/>
        <source>Delete what is no longer needed; register any threat as an incident.</source>
        <comment>online_outreach.measure.delete</comment>
        <translation>Xóa những gì không còn cần; ghi nhận mọi mối đe dọa thành sự cố.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="154"/>
        <source>Someone who trains us in digital security; the platforms&apos; reporting channels; partner helplines.</source>
        <comment>online_outreach.supporters</comment>
        <translation>Người tập huấn cho chúng ta về an ninh số; kênh báo cáo của các nền tảng; đường dây hỗ trợ của đối tác.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="159"/>
        <source>Point people to a partner helpline; share information that needs no reply.</source>
        <comment>online_outreach.alternatives</comment>
        <translation>Giới thiệu mọi người đến đường dây hỗ trợ của đối tác; chia sẻ thông tin không cần trả lời.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="164"/>
        <source>Public speaking or media work</source>
        <comment>public_speaking.title</comment>
        <translation>Phát biểu trước công chúng hoặc làm việc với truyền thông</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="167"/>
        <source>Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.</source>
        <comment>public_speaking.activity</comment>
        <translation>Phát biểu tại các sự kiện, với nhà báo hoặc trong hoạt động vận động chính sách, đặc biệt khi một người sống sót kể một phần câu chuyện của chính mình.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="172"/>
        <source>Change policies and public views without exposing the speakers or the people we support.</source>
        <comment>public_speaking.objective</comment>
        <translation>Thay đổi chính sách và quan điểm của công chúng mà không làm lộ những người phát biểu hay những người chúng ta hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="177"/>
        <source>A speaker is recognised by exploiters or by people from their past.</source>
        <comment>public_speaking.threat.recognised</comment>
        <translation>Người phát biểu bị kẻ bóc lột hoặc người trong quá khứ của họ nhận ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="182"/>
        <source>Threats, harassment or harm to the speaker or their family.</source>
        <comment>public_speaking.threat.recognised.risks</comment>
        <translation>Đe dọa, quấy rối hoặc tổn hại đến người phát biểu hoặc gia đình họ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="187"/>
        <source>Intrusive or difficult questions from the audience or journalists.</source>
        <comment>public_speaking.threat.questions</comment>
        <translation>Câu hỏi xâm phạm riêng tư hoặc khó trả lời từ khán giả hoặc nhà báo.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="192"/>
        <source>Old wounds reopened; details shared that the speaker did not want to share.</source>
        <comment>public_speaking.threat.questions.risks</comment>
        <translation>Vết thương cũ bị khơi lại; những chi tiết người phát biểu không muốn chia sẻ bị nói ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="197"/>
        <source>Opponents target the organisation once it is more visible.</source>
        <comment>public_speaking.threat.opponents</comment>
        <translation>Những người chống đối nhắm vào tổ chức khi tổ chức được biết đến nhiều hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="202"/>
        <source>Attacks online, legal pressure, harm to the organisation&apos;s reputation.</source>
        <comment>public_speaking.threat.opponents.risks</comment>
        <translation>Tấn công trên mạng, áp lực pháp lý, tổn hại đến uy tín của tổ chức.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="207"/>
        <source>Words or images are used out of context.</source>
        <comment>public_speaking.threat.context</comment>
        <translation>Lời nói hoặc hình ảnh bị dùng sai ngữ cảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="212"/>
        <source>The story is distorted and the speaker loses control over it.</source>
        <comment>public_speaking.threat.context.risks</comment>
        <translation>Câu chuyện bị bóp méo và người phát biểu mất quyền kiểm soát câu chuyện.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="217"/>
        <source>Speakers feel pressed to share more than they want to.</source>
        <comment>public_speaking.vulnerability.pressure</comment>
        <translation>Người phát biểu cảm thấy bị ép chia sẻ nhiều hơn mình muốn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="222"/>
        <source>Agree with the speaker beforehand what is never shared, and hold to it.</source>
        <comment>public_speaking.vulnerability.pressure.into</comment>
        <translation>Thỏa thuận trước với người phát biểu những gì không bao giờ chia sẻ, và giữ đúng điều đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="227"/>
        <source>Photos and recordings we do not control.</source>
        <comment>public_speaking.vulnerability.recordings</comment>
        <translation>Ảnh và bản ghi âm, ghi hình mà chúng ta không kiểm soát.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="232"/>
        <source>Ask the organisers about photos and recordings before saying yes.</source>
        <comment>public_speaking.vulnerability.recordings.into</comment>
        <translation>Hỏi ban tổ chức về việc chụp ảnh và ghi âm, ghi hình trước khi nhận lời.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="237"/>
        <source>No time set aside to rest afterwards.</source>
        <comment>public_speaking.vulnerability.rest</comment>
        <translation>Không dành thời gian nghỉ ngơi sau đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="242"/>
        <source>Plan a debrief and some quiet time after each appearance.</source>
        <comment>public_speaking.vulnerability.rest.into</comment>
        <translation>Lên kế hoạch nhìn lại và một khoảng thời gian yên tĩnh sau mỗi lần xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="247"/>
        <source>The speaker decides what to share and can stop at any time.</source>
        <comment>public_speaking.capacity.choice</comment>
        <translation>Người phát biểu quyết định điều gì sẽ chia sẻ và có thể dừng lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="252"/>
        <source>Practise ways to decline a question.</source>
        <comment>public_speaking.capacity.choice.strengthen</comment>
        <translation>Tập các cách từ chối trả lời một câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="257"/>
        <source>We know journalists and organisers we can trust.</source>
        <comment>public_speaking.capacity.trusted</comment>
        <translation>Chúng ta biết những nhà báo và ban tổ chức đáng tin cậy.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="262"/>
        <source>Keep a short list of them and share it in the team.</source>
        <comment>public_speaking.capacity.trusted.strengthen</comment>
        <translation>Giữ một danh sách ngắn những người này và chia sẻ trong nhóm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="267"/>
        <source>Whether speakers of some genders meet more abuse online after appearing.</source>
        <comment>public_speaking.factor.gender</comment>
        <translation>Người phát biểu thuộc một số giới có gặp nhiều lời lẽ xúc phạm trên mạng hơn sau khi xuất hiện hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="272"/>
        <source>Whether speakers from minority communities are more exposed to hostility.</source>
        <comment>public_speaking.factor.ethnicity</comment>
        <translation>Người phát biểu thuộc các cộng đồng thiểu số có dễ gặp thái độ thù địch hơn hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="277"/>
        <source>Being in public can affect a residence application: check before saying yes.</source>
        <comment>public_speaking.factor.migration</comment>
        <translation>Xuất hiện trước công chúng có thể ảnh hưởng đến đơn xin cư trú: hãy kiểm tra trước khi nhận lời.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="282"/>
        <source>Young speakers may need more protection from being recognised.</source>
        <comment>public_speaking.factor.age</comment>
        <translation>Người phát biểu còn trẻ có thể cần được bảo vệ nhiều hơn để không bị nhận ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="287"/>
        <source>Agree with the speaker what will and will not be shared.</source>
        <comment>public_speaking.measure.agree</comment>
        <translation>Thỏa thuận với người phát biểu những gì sẽ và sẽ không được chia sẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="292"/>
        <source>Find out who organises, who attends and how it will be recorded.</source>
        <comment>public_speaking.measure.check</comment>
        <translation>Tìm hiểu ai tổ chức, ai tham dự và sự kiện sẽ được ghi âm, ghi hình thế nào.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="297"/>
        <source>A supporter stays close and can step in.</source>
        <comment>public_speaking.measure.close</comment>
        <translation>Một người hỗ trợ ở gần và có thể can thiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="302"/>
        <source>Decline questions that go too far; the speaker may end at any time.</source>
        <comment>public_speaking.measure.decline</comment>
        <translation>Từ chối những câu hỏi đi quá xa; người phát biểu có thể dừng bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="307"/>
        <source>Debrief, and take time to rest.</source>
        <comment>public_speaking.measure.rest</comment>
        <translation>Nhìn lại, và dành thời gian nghỉ ngơi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="310"/>
        <source>Watch the reactions online and register threats as incidents.</source>
        <comment>public_speaking.measure.watch</comment>
        <translation>Theo dõi phản ứng trên mạng và ghi nhận các mối đe dọa thành sự cố.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="315"/>
        <source>Journalists and organisers we trust; a legal adviser; our safety lead.</source>
        <comment>public_speaking.supporters</comment>
        <translation>Những nhà báo và ban tổ chức chúng ta tin tưởng; một cố vấn pháp lý; người phụ trách an toàn của chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_online_speaking.py" line="320"/>
        <source>A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.</source>
        <comment>public_speaking.alternatives</comment>
        <translation>Một bản phát biểu viết sẵn do người khác đọc; phát biểu dưới tên khác, hoặc với giọng nói và khuôn mặt được thay đổi; phát biểu với tư cách tổ chức thay vì với tư cách cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="21"/>
        <source>Street outreach</source>
        <comment>street_outreach.title</comment>
        <translation>Tiếp cận trên đường phố</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="24"/>
        <source>Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.</source>
        <comment>street_outreach.activity</comment>
        <translation>Các đợt tiếp cận trên đường phố hoặc ở khu đèn đỏ, tiếp xúc với những người có thể đang sống trong tình trạng bị bóc lột.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="29"/>
        <source>People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.</source>
        <comment>street_outreach.objective</comment>
        <translation>Những người đang sống trong tình trạng bị bóc lột biết nơi có hỗ trợ và cách tìm đến, và việc nói chuyện với chúng ta không khiến ai gặp nguy hiểm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="34"/>
        <source>Physical attacks by exploiters, pimps, buyers, opponents or others in the area.</source>
        <comment>street_outreach.threat.attack</comment>
        <translation>Bị tấn công thân thể bởi kẻ bóc lột, ma cô, người mua dâm, người chống đối hoặc những người khác trong khu vực.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="39"/>
        <source>Injury to us or to the people we approach.</source>
        <comment>street_outreach.threat.attack.risks</comment>
        <translation>Chúng ta hoặc những người chúng ta tiếp xúc bị thương.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="44"/>
        <source>Being watched, photographed or followed after the round.</source>
        <comment>street_outreach.threat.watched</comment>
        <translation>Bị theo dõi, chụp ảnh hoặc bám theo sau đợt tiếp cận.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="49"/>
        <source>Our faces, our routes or our office become known to people who oppose our work.</source>
        <comment>street_outreach.threat.watched.risks</comment>
        <translation>Khuôn mặt, lộ trình hoặc văn phòng của chúng ta bị những người chống lại công việc của chúng ta biết đến.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="54"/>
        <source>Verbal harassment or intimidation.</source>
        <comment>street_outreach.threat.verbal</comment>
        <translation>Quấy rối hoặc đe dọa bằng lời nói.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="57"/>
        <source>Fear and stress in the team; people avoid talking with us.</source>
        <comment>street_outreach.threat.verbal.risks</comment>
        <translation>Sợ hãi và căng thẳng trong nhóm; mọi người né tránh nói chuyện với chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="62"/>
        <source>The people we approach are punished for being seen with us.</source>
        <comment>street_outreach.threat.punished</comment>
        <translation>Những người chúng ta tiếp xúc bị trừng phạt vì bị nhìn thấy cùng chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="67"/>
        <source>Harm to the very people we want to support.</source>
        <comment>street_outreach.threat.punished.risks</comment>
        <translation>Tổn hại đến chính những người chúng ta muốn hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="72"/>
        <source>We are around people and situations that can harm us for hours at a time.</source>
        <comment>street_outreach.vulnerability.surrounded</comment>
        <translation>Chúng ta ở giữa những người và tình huống có thể gây hại cho chúng ta trong nhiều giờ liền.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="77"/>
        <source>Keep rounds short, take turns, and plan breaks.</source>
        <comment>street_outreach.vulnerability.surrounded.into</comment>
        <translation>Giữ các đợt tiếp cận ngắn, thay phiên nhau, và lên kế hoạch nghỉ giải lao.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="82"/>
        <source>Going alone, or with someone new to the area.</source>
        <comment>street_outreach.vulnerability.alone</comment>
        <translation>Đi một mình, hoặc đi với người mới đến khu vực.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="87"/>
        <source>Always go in pairs, with at least one of us who knows the area.</source>
        <comment>street_outreach.vulnerability.alone.into</comment>
        <translation>Luôn đi theo cặp, trong đó ít nhất một người biết rõ khu vực.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="92"/>
        <source>Carrying papers with names or notes.</source>
        <comment>street_outreach.vulnerability.papers</comment>
        <translation>Mang theo giấy tờ có tên hoặc ghi chú.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="97"/>
        <source>Carry only what is needed and write it down in FieldSafe afterwards.</source>
        <comment>street_outreach.vulnerability.papers.into</comment>
        <translation>Chỉ mang những gì cần thiết và ghi lại vào FieldSafe sau đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="102"/>
        <source>We know the area and its rhythms.</source>
        <comment>street_outreach.capacity.area</comment>
        <translation>Chúng ta biết khu vực và nhịp sinh hoạt ở đó.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="105"/>
        <source>Share what we noticed after each round, so the whole team learns.</source>
        <comment>street_outreach.capacity.area.strengthen</comment>
        <translation>Chia sẻ những gì đã để ý được sau mỗi đợt tiếp cận, để cả nhóm cùng học hỏi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="110"/>
        <source>Other organisations work in the same area.</source>
        <comment>street_outreach.capacity.partners</comment>
        <translation>Có những tổ chức khác làm việc trong cùng khu vực.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="115"/>
        <source>Stay in touch with them about changes and incidents.</source>
        <comment>street_outreach.capacity.partners.strengthen</comment>
        <translation>Giữ liên lạc với họ về những thay đổi và sự cố.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="120"/>
        <source>Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.</source>
        <comment>street_outreach.factor.gender</comment>
        <translation>Đồng nghiệp nữ, nam và chuyển giới có gặp những phản ứng khác nhau từ người mua dâm hoặc kẻ bóc lột ở đây hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="125"/>
        <source>Young people in the area may be watched more closely: approach with extra care.</source>
        <comment>street_outreach.factor.age</comment>
        <translation>Người trẻ trong khu vực có thể bị theo dõi chặt hơn: hãy tiếp cận hết sức thận trọng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="130"/>
        <source>Whether colleagues who share a language or a background with people here are seen differently, for better or worse.</source>
        <comment>street_outreach.factor.ethnicity</comment>
        <translation>Đồng nghiệp có cùng ngôn ngữ hoặc xuất thân với những người ở đây có được nhìn nhận khác đi hay không, theo hướng tốt hay xấu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="135"/>
        <source>Decide the route, the time and who goes.</source>
        <comment>street_outreach.measure.route</comment>
        <translation>Quyết định lộ trình, thời gian và ai sẽ đi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="140"/>
        <source>Agree a signal to leave and a place to meet again.</source>
        <comment>street_outreach.measure.signal</comment>
        <translation>Thỏa thuận một tín hiệu để rời đi và một nơi để gặp lại nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="145"/>
        <source>Keep an eye on who is around and who can hear us.</source>
        <comment>street_outreach.measure.overview</comment>
        <translation>Để ý xem ai ở xung quanh và ai có thể nghe thấy chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="150"/>
        <source>When one of us gives the signal, we both leave, without discussing it.</source>
        <comment>street_outreach.measure.leave</comment>
        <translation>Khi một người ra tín hiệu, cả hai cùng rời đi, không bàn cãi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="155"/>
        <source>Other outreach teams in the area; health services; community members we trust.</source>
        <comment>street_outreach.supporters</comment>
        <translation>Các nhóm tiếp cận khác trong khu vực; dịch vụ y tế; những thành viên cộng đồng chúng ta tin tưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="160"/>
        <source>Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.</source>
        <comment>street_outreach.alternatives</comment>
        <translation>Đi cùng một dịch vụ y tế; ít đợt tiếp cận hơn và ngắn hơn; để thông tin ở nơi mọi người có thể lấy mà không bị ai thấy.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="165"/>
        <source>Outreach in apartments or brothels</source>
        <comment>indoor_outreach.title</comment>
        <translation>Tiếp cận trong căn hộ hoặc nhà chứa</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="168"/>
        <source>Visits to apartments, brothels or other closed places where people may be living in exploitation.</source>
        <comment>indoor_outreach.activity</comment>
        <translation>Đến thăm căn hộ, nhà chứa hoặc những nơi khép kín khác, nơi có thể có người đang sống trong tình trạng bị bóc lột.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="173"/>
        <source>Reach people who cannot come outside, and leave information with them safely.</source>
        <comment>indoor_outreach.objective</comment>
        <translation>Tiếp cận những người không thể ra ngoài, và để lại thông tin cho họ một cách an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="178"/>
        <source>Someone who controls the place is there and reacts with hostility.</source>
        <comment>indoor_outreach.threat.controller</comment>
        <translation>Người kiểm soát nơi đó có mặt và phản ứng thù địch.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="183"/>
        <source>Physical harm; being kept from leaving; the people inside are punished.</source>
        <comment>indoor_outreach.threat.controller.risks</comment>
        <translation>Tổn hại về thể chất; bị giữ lại không cho rời đi; những người bên trong bị trừng phạt.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="188"/>
        <source>We cannot see who else is inside or how to get out.</source>
        <comment>indoor_outreach.threat.unseen</comment>
        <translation>Chúng ta không nhìn thấy ai khác ở bên trong hoặc không biết đường ra.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="193"/>
        <source>Being cornered or shut in.</source>
        <comment>indoor_outreach.threat.unseen.risks</comment>
        <translation>Bị dồn vào góc hoặc bị nhốt lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="196"/>
        <source>The visit is taken as a threat to the business.</source>
        <comment>indoor_outreach.threat.business</comment>
        <translation>Chuyến thăm bị coi là mối đe dọa đối với việc kinh doanh.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="201"/>
        <source>Threats against the team or the organisation later on.</source>
        <comment>indoor_outreach.threat.business.risks</comment>
        <translation>Những lời đe dọa nhắm vào nhóm hoặc tổ chức về sau.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="206"/>
        <source>A police raid or an inspection during the visit.</source>
        <comment>indoor_outreach.threat.raid</comment>
        <translation>Một cuộc đột kích của cảnh sát hoặc một đợt kiểm tra trong lúc đến thăm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="211"/>
        <source>We, or the people inside, are caught up in legal trouble.</source>
        <comment>indoor_outreach.threat.raid.risks</comment>
        <translation>Chúng ta, hoặc những người bên trong, bị vướng vào rắc rối pháp lý.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="216"/>
        <source>Closed spaces with one way in and out.</source>
        <comment>indoor_outreach.vulnerability.closed</comment>
        <translation>Không gian khép kín chỉ có một lối ra vào.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="221"/>
        <source>Agree before going in who stays near the door and when we leave.</source>
        <comment>indoor_outreach.vulnerability.closed.into</comment>
        <translation>Trước khi vào, thỏa thuận ai ở gần cửa và khi nào chúng ta rời đi.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="226"/>
        <source>Nobody outside knows where we are.</source>
        <comment>indoor_outreach.vulnerability.unknown</comment>
        <translation>Không ai ở bên ngoài biết chúng ta đang ở đâu.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="231"/>
        <source>A colleague outside knows where we went and when we will check in.</source>
        <comment>indoor_outreach.vulnerability.unknown.into</comment>
        <translation>Một đồng nghiệp ở bên ngoài biết chúng ta đã đi đâu và khi nào chúng ta sẽ báo an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="236"/>
        <source>It is hard to end a visit politely when someone insists we stay.</source>
        <comment>indoor_outreach.vulnerability.stay</comment>
        <translation>Khó kết thúc chuyến thăm một cách lịch sự khi có người nài ép chúng ta ở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="241"/>
        <source>Agree a reason to leave before we go in.</source>
        <comment>indoor_outreach.vulnerability.stay.into</comment>
        <translation>Thỏa thuận một lý do để rời đi trước khi vào.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="246"/>
        <source>Some people inside know and trust us.</source>
        <comment>indoor_outreach.capacity.trust</comment>
        <translation>Một số người bên trong biết và tin tưởng chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="251"/>
        <source>Visit regularly, at times that suit them and are hard for others to predict.</source>
        <comment>indoor_outreach.capacity.trust.strengthen</comment>
        <translation>Đến thăm đều đặn, vào những lúc thuận tiện cho họ và khó để người khác đoán trước.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="256"/>
        <source>We carry a phone with an emergency contact ready.</source>
        <comment>indoor_outreach.capacity.phone</comment>
        <translation>Chúng ta mang theo điện thoại có sẵn số liên hệ khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="261"/>
        <source>Check the battery and the credit before each visit.</source>
        <comment>indoor_outreach.capacity.phone.strengthen</comment>
        <translation>Kiểm tra pin và tiền trong tài khoản điện thoại trước mỗi chuyến thăm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="266"/>
        <source>Whether a visit by a man or by a woman changes the risk inside this place.</source>
        <comment>indoor_outreach.factor.gender</comment>
        <translation>Việc người đến thăm là nam hay nữ có làm thay đổi rủi ro bên trong nơi này hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="271"/>
        <source>People inside may fear anyone who looks official: say simply who we are.</source>
        <comment>indoor_outreach.factor.migration</comment>
        <translation>Những người bên trong có thể sợ bất kỳ ai trông giống cán bộ nhà nước: hãy nói đơn giản chúng ta là ai.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="276"/>
        <source>Whether any of us needs an easier way out.</source>
        <comment>indoor_outreach.factor.disability</comment>
        <translation>Có ai trong chúng ta cần một lối ra dễ đi hơn hay không.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="281"/>
        <source>Learn what we can about the place from earlier visits and from partners.</source>
        <comment>indoor_outreach.measure.learn</comment>
        <translation>Tìm hiểu những gì có thể về nơi đó từ các chuyến thăm trước và từ các đối tác.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="286"/>
        <source>Tell a colleague where we are going and when we will check in.</source>
        <comment>indoor_outreach.measure.tell</comment>
        <translation>Báo cho một đồng nghiệp biết chúng ta sẽ đi đâu và khi nào sẽ báo an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="291"/>
        <source>One of us stays near the door and keeps watch.</source>
        <comment>indoor_outreach.measure.door</comment>
        <translation>Một người ở gần cửa và để ý quan sát.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="296"/>
        <source>Keep the visit short, and leave if anything feels wrong.</source>
        <comment>indoor_outreach.measure.short</comment>
        <translation>Giữ chuyến thăm ngắn, và rời đi nếu thấy có gì không ổn.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="301"/>
        <source>Check in with the colleague outside, as agreed.</source>
        <comment>indoor_outreach.measure.check_in</comment>
        <translation>Báo an toàn cho đồng nghiệp ở bên ngoài, như đã thỏa thuận.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="306"/>
        <source>Health outreach services; legal advisers; a colleague on call during the visit.</source>
        <comment>indoor_outreach.supporters</comment>
        <translation>Dịch vụ tiếp cận y tế; cố vấn pháp lý; một đồng nghiệp trực điện thoại trong lúc đến thăm.</translation>
    </message>
    <message>
        <location filename="../../ui/risk/phrases_outreach.py" line="311"/>
        <source>Leave information through health services that visit the place; meet people outside, at a time they choose.</source>
        <comment>indoor_outreach.alternatives</comment>
        <translation>Để lại thông tin qua các dịch vụ y tế có đến nơi đó; gặp mọi người ở bên ngoài, vào thời gian họ chọn.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/common/safety_words.py" line="199"/>
        <source>Not judged yet</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="39"/>
        <source>Physical</source>
        <extracomment>core.records.INCIDENT_TYPES</extracomment>
        <translation>Thân thể</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="40"/>
        <source>Verbal</source>
        <translation>Lời nói</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="41"/>
        <source>Watched or followed</source>
        <translation>Bị theo dõi hoặc bám theo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="42"/>
        <source>Digital</source>
        <translation>Kỹ thuật số</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="43"/>
        <source>Legal or administrative</source>
        <translation>Pháp lý hoặc hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="44"/>
        <location filename="../../ui/common/safety_words.py" line="129"/>
        <source>Something else</source>
        <translation>Điều khác</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="50"/>
        <source>Someone pushed, held, hit or hurt someone.</source>
        <extracomment>a few words under each type, so the choice is quick</extracomment>
        <translation>Có người xô đẩy, giữ chặt, đánh hoặc làm ai đó bị thương.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="51"/>
        <source>Threats, insults or shouting.</source>
        <translation>Đe dọa, lăng mạ hoặc quát tháo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="52"/>
        <source>Someone watched, photographed or followed us.</source>
        <translation>Có người theo dõi, chụp ảnh hoặc bám theo chúng ta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="55"/>
        <source>Messages, accounts, photos or data online.</source>
        <translation>Tin nhắn, tài khoản, ảnh hoặc dữ liệu trên mạng.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="56"/>
        <source>Police checks, fines, papers taken, complaints.</source>
        <translation>Cảnh sát kiểm tra, phạt tiền, giấy tờ bị lấy đi, khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="59"/>
        <source>Anything that does not fit above.</source>
        <translation>Bất cứ điều gì không thuộc các loại trên.</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="65"/>
        <source>An exploiter or someone working for them</source>
        <extracomment>core.records.INCIDENT_ACTORS: categories only, never names</extracomment>
        <translation>Kẻ bóc lột hoặc người làm việc cho họ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="66"/>
        <source>A buyer or client</source>
        <translation>Người mua dâm hoặc khách</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="67"/>
        <source>Police</source>
        <translation>Cảnh sát</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="68"/>
        <source>Another authority</source>
        <translation>Cơ quan chức năng khác</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="69"/>
        <source>Someone from the community</source>
        <translation>Người trong cộng đồng</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="70"/>
        <source>An online account</source>
        <translation>Một tài khoản trên mạng</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="71"/>
        <source>Someone we do not know</source>
        <translation>Người chúng ta không quen biết</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="72"/>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="78"/>
        <source>Open</source>
        <extracomment>core.records.INCIDENT_STATUSES</extracomment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="79"/>
        <source>Measures reviewed</source>
        <translation>Đã xem lại biện pháp</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="85"/>
        <source>Very unlikely</source>
        <extracomment>core.risk.LIKELIHOOD, step 1 to 5</extracomment>
        <translation>Rất khó xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="86"/>
        <source>Unlikely</source>
        <translation>Khó xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="87"/>
        <source>Possible</source>
        <translation>Có thể xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="88"/>
        <source>Likely</source>
        <translation>Dễ xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="89"/>
        <source>Very likely</source>
        <translation>Rất dễ xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="95"/>
        <source>Very small</source>
        <extracomment>core.risk.IMPACT, step 1 to 5</extracomment>
        <translation>Rất nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="96"/>
        <source>Small</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="97"/>
        <location filename="../../ui/common/safety_words.py" line="106"/>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="98"/>
        <source>Serious</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="99"/>
        <source>Very serious</source>
        <translation>Rất nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="105"/>
        <source>Low</source>
        <extracomment>core.risk.LEVELS (the level of a threat, or of an assessment)</extracomment>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="107"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="108"/>
        <source>Very high</source>
        <translation>Rất cao</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="114"/>
        <source>Before</source>
        <extracomment>core.records.PHASES</extracomment>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="115"/>
        <source>During</source>
        <translation>Trong khi</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="116"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="122"/>
        <source>Age</source>
        <extracomment>core.records.FACTORS</extracomment>
        <translation>Tuổi tác</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="123"/>
        <source>Gender</source>
        <translation>Giới</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="124"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="125"/>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="126"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="127"/>
        <source>Sexual orientation</source>
        <translation>Xu hướng tính dục</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="128"/>
        <source>Migration status</source>
        <translation>Tình trạng di cư</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="135"/>
        <source>Yes</source>
        <extracomment>core.records.WORTH_ANSWERS: &quot;is this objective worth this risk?&quot;</extracomment>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="136"/>
        <source>Yes, with the measures below</source>
        <translation>Có, với các biện pháp bên dưới</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="137"/>
        <source>Not sure yet</source>
        <translation>Chưa chắc chắn</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="138"/>
        <source>No: we look for a safer way</source>
        <translation>Không: chúng ta tìm một cách an toàn hơn</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="144"/>
        <source>Planned review</source>
        <extracomment>core.records.REVIEW_REASONS</extracomment>
        <translation>Xem lại theo lịch</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="145"/>
        <source>After an incident</source>
        <translation>Sau một sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="146"/>
        <source>Before an activity</source>
        <translation>Trước một hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="147"/>
        <source>Another reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="153"/>
        <source>Night</source>
        <extracomment>core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)</extracomment>
        <translation>Ban đêm</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="154"/>
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="155"/>
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <location filename="../../ui/common/safety_words.py" line="156"/>
        <source>Evening</source>
        <translation>Buổi tối</translation>
    </message>
</context>
<context>
    <name>single_window</name>
    <message>
        <location filename="../../ui/shell/single_window.py" line="154"/>
        <source>FieldSafe is already open on this vault.</source>
        <translation>FieldSafe đã đang mở kho này.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="156"/>
        <source>Its window should now come to the front. Only one window at a time can show a vault.</source>
        <translation>Cửa sổ của nó giờ sẽ hiện lên phía trước. Mỗi lúc chỉ một cửa sổ có thể hiển thị một kho.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_window.py" line="162"/>
        <source>Switch to its window to go on. Only one window at a time can show a vault.</source>
        <translation>Hãy chuyển sang cửa sổ đó để tiếp tục. Mỗi lúc chỉ một cửa sổ có thể hiển thị một kho.</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../ui/plans/recipients.py" line="89"/>
        <source>Tick each colleague who may open the bundle, or a whole team: each of them can open it, and so can you, no one else. Only colleagues whose safety number you compared are listed.</source>
        <translation>Đánh dấu từng đồng nghiệp được phép mở gói, hoặc cả một nhóm: mỗi người trong số họ đều mở được, bạn cũng vậy, ngoài ra không ai khác. Chỉ những đồng nghiệp mà bạn đã so sánh số an toàn mới được liệt kê.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="151"/>
        <source>The whole team: {team}</source>
        <translation>Cả nhóm: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="169"/>
        <source>Ticks everyone in the team: {names}.</source>
        <translation>Đánh dấu mọi người trong nhóm: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="175"/>
        <source>The team folder reaches this colleague.</source>
        <translation>Thư mục nhóm đến được đồng nghiệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="177"/>
        <source>The team folder does not reach this colleague: a file only.</source>
        <translation>Thư mục nhóm không đến được đồng nghiệp này: chỉ dùng tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="188"/>
        <source>How it reaches them:</source>
        <translation>Cách chuyển đến họ:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="189"/>
        <source>Put it in the &amp;team folder</source>
        <translation>Đưa vào &amp;thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="190"/>
        <source>Put it in the team folder</source>
        <translation>Đưa vào thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="193"/>
        <source>The sync engine carries it to each of them, encrypted; their FieldSafe takes it in when it reads the folder.</source>
        <translation>Phần mềm đồng bộ chuyển nó đến từng người, ở dạng đã mã hóa; FieldSafe của họ nhận nó khi đọc thư mục.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="197"/>
        <source>Save a &amp;file to pass on yourself</source>
        <translation>Lưu một tệp để tự &amp;chuyển đi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="198"/>
        <source>Save a file to pass on yourself</source>
        <translation>Lưu một tệp để tự chuyển đi</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="291"/>
        <source>The folder of {teams} is not there now: is the drive plugged in, or was the folder moved?</source>
        <translation>Hiện không thấy thư mục của {teams}: ổ đĩa đã được cắm vào chưa, hay thư mục đã bị di chuyển?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/recipients.py" line="299"/>
        <source>The team folder does not reach {names}: they would get nothing this way. FieldSafe offers a file for them afterwards.</source>
        <translation>Thư mục nhóm không đến được {names}: theo cách này họ sẽ không nhận được gì. Sau đó FieldSafe sẽ đề nghị tạo một tệp cho họ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident update(s)</source>
        <translation>
            <numerusform>%n bản cập nhật sự cố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n sự cố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan update(s)</source>
        <translation>
            <numerusform>%n bản cập nhật kế hoạch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="61"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n kế hoạch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="64"/>
        <source>%n risk assessment update(s)</source>
        <translation>
            <numerusform>%n bản cập nhật đánh giá rủi ro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="65"/>
        <source>%n risk assessment(s)</source>
        <translation>
            <numerusform>%n đánh giá rủi ro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log update(s)</source>
        <translation>
            <numerusform>%n bản cập nhật ghi chép</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="67"/>
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n ghi chép</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record update(s)</source>
        <translation>
            <numerusform>%n bản cập nhật bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="68"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="74"/>
        <source>{what} from {name}</source>
        <translation>{what} từ {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="79"/>
        <source>%n more record(s)</source>
        <translation>
            <numerusform>Thêm %n bản ghi khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="80"/>
        <source>Arrived from the team folder: {list}</source>
        <translation>Đã đến từ thư mục nhóm: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="162"/>
        <source>From the team folder</source>
        <translation>Từ thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="163"/>
        <source>Review…</source>
        <translation>Xem xét…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="164"/>
        <source>Review the updates that wait for your choice</source>
        <translation>Xem xét các bản cập nhật đang chờ bạn lựa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="165"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="166"/>
        <source>Details of the bundles set aside</source>
        <translation>Chi tiết về các gói đã để riêng</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="167"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="168"/>
        <source>Dismiss the team folder notice</source>
        <translation>Bỏ qua thông báo thư mục nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="218"/>
        <source>The team folder of {team} is not there right now.</source>
        <translation>Hiện không thấy thư mục nhóm của {team}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals.py" line="219"/>
        <source>The folders of these teams are not there right now: {teams}.</source>
        <translation>Hiện không thấy thư mục của các nhóm này: {teams}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="229"/>
        <source>Imported after your choice: %n record(s).</source>
        <translation>
            <numerusform>Đã nhập sau khi bạn chọn: %n bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="233"/>
        <source>%n bundle(s) set aside and not imported.</source>
        <translation>
            <numerusform>%n gói đã được để riêng và không được nhập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teams/arrivals.py" line="236"/>
        <source>%n update(s) wait for your choice.</source>
        <translation>
            <numerusform>%n bản cập nhật đang chờ bạn lựa chọn.</numerusform>
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
        <translation>Các gói đã để riêng</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="51"/>
        <source>Nothing from these bundles was imported. They were moved to the rejected folder inside the team folder, still encrypted.</source>
        <translation>Không có gì từ các gói này được nhập. Các gói đã được chuyển vào thư mục “rejected” bên trong thư mục nhóm, vẫn ở dạng mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/arrivals_details.py" line="71"/>
        <location filename="../../ui/teams/sending.py" line="291"/>
        <location filename="../../ui/teams/sending.py" line="292"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>{names} and {last}</source>
        <translation>{names} và {last}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="170"/>
        <source>Putting it in the team folder…</source>
        <translation>Đang đưa vào thư mục nhóm…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="227"/>
        <source>Not sent to {names} through the folder of {teams}.</source>
        <translation>Chưa gửi được cho {names} qua thư mục của {teams}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="236"/>
        <source>Not sent to {names}: not verified now. Compare safety numbers again in Colleagues.</source>
        <translation>Chưa gửi cho {names}: hiện chưa được xác minh. Hãy so sánh lại số an toàn trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="241"/>
        <source>Not sent to {names}: not in a team with a folder.</source>
        <translation>Chưa gửi cho {names}: không ở trong nhóm nào có thư mục.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="248"/>
        <source>Left in the team folder for {names}.</source>
        <translation>Đã để trong thư mục nhóm cho {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="250"/>
        <source>Nothing was put in the team folder.</source>
        <translation>Không có gì được đưa vào thư mục nhóm.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="255"/>
        <source>Their FieldSafe takes it in when it next reads the folder; until then the sync engine carries it, encrypted.</source>
        <translation>FieldSafe của họ sẽ nhận nó vào lần đọc thư mục tới; cho đến lúc đó, phần mềm đồng bộ chuyển nó đi ở dạng đã mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="261"/>
        <source>You can save a file for the others instead and pass it on as usual.</source>
        <translation>Thay vào đó, bạn có thể lưu một tệp cho những người còn lại và chuyển đi như thường lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="263"/>
        <source>You can save a file instead and pass it on as usual.</source>
        <translation>Thay vào đó, bạn có thể lưu một tệp và chuyển đi như thường lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="289"/>
        <source>Save a file for them…</source>
        <translation>Lưu một tệp cho họ…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending.py" line="290"/>
        <source>Save a file for those not reached</source>
        <translation>Lưu một tệp cho những người chưa nhận được</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="47"/>
        <source>Send again…</source>
        <translation>Gửi lại…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="48"/>
        <source>Send the incident again</source>
        <translation>Gửi lại sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="50"/>
        <source>Opens the share chooser: the team folder, or a file to pass on.</source>
        <translation>Mở phần chọn cách chia sẻ: thư mục nhóm, hoặc một tệp để chuyển đi.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="79"/>
        <location filename="../../ui/teams/sending_leads.py" line="85"/>
        <source>The incident is saved and was left in the team folder for {names}.</source>
        <translation>Sự cố đã được lưu và đã được để trong thư mục nhóm cho {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="88"/>
        <source>The incident is saved. It was not sent to the safety lead.</source>
        <translation>Sự cố đã được lưu. Sự cố chưa được gửi cho người phụ trách an toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="94"/>
        <source>The incident is saved. Sending it to the safety lead failed: {why}</source>
        <translation>Sự cố đã được lưu. Gửi cho người phụ trách an toàn không thành công: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="102"/>
        <source>Send again… shares it the usual way: through the team folder, or as a file.</source>
        <translation>Gửi lại… sẽ chia sẻ theo cách thường lệ: qua thư mục nhóm, hoặc dưới dạng tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/sending_leads.py" line="119"/>
        <source>The incident is saved and shared.</source>
        <translation>Sự cố đã được lưu và chia sẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="39"/>
        <location filename="../../ui/teams/tab.py" line="40"/>
        <source>Colleagues or teams</source>
        <translation>Đồng nghiệp hoặc nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="46"/>
        <source>Colleagues</source>
        <translation>Đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/teams/tab.py" line="47"/>
        <source>&amp;Teams</source>
        <translation>&amp;Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="27"/>
        <source>No team folder yet. Nothing is sent or received through this team until you choose one.</source>
        <translation>Chưa có thư mục nhóm. Không có gì được gửi hay nhận qua nhóm này cho đến khi bạn chọn một thư mục.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="31"/>
        <source>Team folder: {folder}</source>
        <translation>Thư mục nhóm: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="33"/>
        <source>The team folder is not there now: {folder}. Is the drive plugged in, or was the folder moved? Nothing is lost; if it moved, choose it again.</source>
        <translation>Hiện không thấy thư mục nhóm: {folder}. Ổ đĩa đã được cắm vào chưa, hay thư mục đã bị di chuyển? Không có gì bị mất; nếu thư mục đã bị di chuyển, hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="42"/>
        <source>key changed</source>
        <translation>khóa đã đổi</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="43"/>
        <source>not verified</source>
        <translation>chưa xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>safety lead</source>
        <translation>người phụ trách an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="48"/>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="66"/>
        <source>The key of {name} changed. Nothing is sent to them or taken from them until you compare the safety number again, in the Colleagues tab.</source>
        <translation>Khóa của {name} đã thay đổi. Không có gì được gửi cho người này hay nhận từ người này cho đến khi bạn so sánh lại số an toàn, trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="71"/>
        <source>{name} is not verified now. Nothing is sent to them or taken from them until you compare the safety number, in the Colleagues tab.</source>
        <translation>{name} hiện chưa được xác minh. Không có gì được gửi cho người này hay nhận từ người này cho đến khi bạn so sánh số an toàn, trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="83"/>
        <source>{name} cannot be added: their key changed. Compare safety numbers first, again, together and in person, in the Colleagues tab.</source>
        <translation>Chưa thể thêm {name}: khóa của người này đã thay đổi. Hãy so sánh lại số an toàn trước, cùng nhau và gặp trực tiếp, trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="87"/>
        <source>{name} cannot be added yet: compare safety numbers first, together and in person, in the Colleagues tab.</source>
        <translation>Chưa thể thêm {name}: hãy so sánh số an toàn trước, cùng nhau và gặp trực tiếp, trong mục Đồng nghiệp.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="95"/>
        <source>Another team already has that name. Choose another one.</source>
        <translation>Một nhóm khác đã có tên này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="97"/>
        <source>Type a name for the team (at most 80 characters).</source>
        <translation>Hãy gõ tên cho nhóm (tối đa 80 ký tự).</translation>
    </message>
    <message>
        <location filename="../../ui/teams/words.py" line="99"/>
        <source>Only a verified colleague can be in a team: compare safety numbers first.</source>
        <translation>Chỉ đồng nghiệp đã xác minh mới có thể ở trong một nhóm: hãy so sánh số an toàn trước.</translation>
    </message>
</context>
</TS>
