"""Fictional sample data: seeded, reproducible, multilingual outreach logs.

For demonstrations, manual testing and benchmarks. Everything here is
invented: people appear only as person codes (``P-4821``), places are
generic ("the bus station"), and the tone is the calm, professional one of
a real log, with nothing graphic. Languages follow FieldSafe's users:
English, Spanish, French and Portuguese (with their diacritics), Arabic,
Russian and Ukrainian, Hindi, and some Thai and Chinese (written without
spaces between words, which the search index must still handle).

The same ``seed`` and ``until`` always give the same records (ids, times and
text), so a benchmark vault can be rebuilt exactly. No storage, no Qt: the
vault side is :func:`fieldsafe.vault.transfer.add_demo_records`.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.core.records import OUTREACH_LOG, SETTINGS, RecordId

DEFAULT_SEED = 2024
SPAN_DAYS = 730  # records spread over the two years before ``until``
MIN_WORDS, MAX_WORDS = 30, 300


@dataclass(frozen=True)
class _Language:
    code: str
    weight: int
    settings: tuple[str, ...]
    titles: tuple[str, ...]
    # Templates; {code}, {other}, {setting} and {minutes} are filled in.
    sentences: tuple[str, ...]
    list_intros: tuple[str, ...]
    list_items: tuple[str, ...]
    #: For scripts written without spaces: roughly how many characters make
    #: a word, to size bodies like the others. ``0`` means words are spaced.
    chars_per_word: int = 0
    sentence_gap: str = " "


ENGLISH = _Language(
    code="en",
    weight=30,
    settings=(
        "street",
        "bar",
        "apartment",
        "online chat",
        "bus station",
        "drop-in centre",
        "night market",
        "hotel lobby",
        "clinic",
        "truck stop",
    ),
    titles=(
        "First contact with {code} ({setting})",
        "Follow-up with {code} ({setting})",
        "Outreach round, {setting}: {code}",
        "Short conversation with {code} ({setting})",
        "Accompanied {code} to an appointment ({setting})",
        "Check-in with {code} ({setting})",
    ),
    sentences=(
        "Met {code} during the evening round at the {setting}; the conversation was calm.",
        "{code} asked about free language classes and where to sign up.",
        "We shared the hotline card and explained that calls are confidential.",
        "We talked briefly about housing options; {code} wants time to think it over.",
        "{code} mentioned that {other} might also like to talk with the team.",
        "No immediate safety concerns were raised today.",
        "We agreed to meet again next week at the same place if it still feels safe.",
        "{code} asked about health check-ups, so we gave the clinic's opening hours.",
        "The conversation was short because {code} had to leave for work.",
        "We offered water and a snack and talked for about {minutes} minutes.",
        "{code} has questions about documents; we will ask our legal advice partner.",
        "We reminded {code} that they can contact us at any time and that the next step is their choice.",
        "A colleague on shift noticed that the {setting} had new staff this week.",
        "{code} said the work schedule has changed and evenings are now busier.",
        "We stayed a while after the conversation to check that nobody followed.",
    ),
    list_intros=("Next steps:", "Agreed with {code}:", "Before the next visit:"),
    list_items=(
        "Bring the leaflet in {code}'s language",
        "Ask the legal partner about work permits",
        "Check the clinic's Saturday opening hours",
        "Prepare information on language classes",
        "Share the hotline card again",
        "Short debrief with the team lead",
    ),
)

SPANISH = _Language(
    code="es",
    weight=12,
    settings=(
        "calle",
        "bar",
        "apartamento",
        "chat en línea",
        "estación de autobuses",
        "centro de acogida",
        "mercado nocturno",
        "vestíbulo del hotel",
        "clínica",
        "área de descanso de camiones",
    ),
    titles=(
        "Primer contacto con {code} ({setting})",
        "Seguimiento con {code} ({setting})",
        "Ronda de acercamiento, {setting}: {code}",
        "Conversación breve con {code} ({setting})",
        "Acompañamiento de {code} a una cita ({setting})",
    ),
    sentences=(
        "Nos reunimos con {code} durante la ronda de la tarde; la conversación fue tranquila.",
        "{code} preguntó por clases gratuitas de español y dónde inscribirse.",
        "Compartimos la tarjeta de la línea de ayuda y explicamos que las llamadas son confidenciales.",
        "Hablamos brevemente sobre opciones de alojamiento; {code} quiere pensarlo con calma.",
        "{code} mencionó que {other} también podría querer hablar con el equipo.",
        "Hoy no se señalaron riesgos inmediatos para la seguridad.",
        "Acordamos volver a vernos la próxima semana en el mismo lugar, si sigue siendo seguro.",
        "{code} pidió información sobre revisiones médicas y le dimos el horario de la clínica.",
        "La conversación fue corta porque {code} tenía que irse a trabajar.",
        "Ofrecimos agua y algo de comer; hablamos unos {minutes} minutos.",
        "{code} tiene dudas sobre sus documentos; consultaremos con la asesoría jurídica.",
        "Recordamos a {code} que puede contactarnos cuando quiera y que la decisión es suya.",
        "Nos quedamos un rato después de la conversación para comprobar que nadie nos seguía.",
    ),
    list_intros=("Próximos pasos:", "Acordado con {code}:"),
    list_items=(
        "Traer el folleto informativo en su idioma",
        "Preguntar a la asesoría jurídica sobre permisos de trabajo",
        "Confirmar el horario de la clínica del sábado",
        "Preparar información sobre clases de idioma",
        "Reunión breve con la coordinadora del equipo",
    ),
)

FRENCH = _Language(
    code="fr",
    weight=10,
    settings=(
        "rue",
        "bar",
        "appartement",
        "discussion en ligne",
        "gare routière",
        "centre d'accueil",
        "marché de nuit",
        "hall d'hôtel",
        "clinique",
        "aire de repos",
    ),
    titles=(
        "Premier contact avec {code} ({setting})",
        "Suivi avec {code} ({setting})",
        "Tournée de rue, {setting} : {code}",
        "Échange bref avec {code} ({setting})",
        "Accompagnement de {code} à un rendez-vous ({setting})",
    ),
    sentences=(
        "Rencontre avec {code} pendant la tournée du soir ; l'échange a été calme.",
        "{code} a demandé où trouver des cours de français gratuits.",
        "Nous avons remis la carte de la ligne d'écoute et expliqué que les appels sont confidentiels.",
        "Discussion rapide sur les possibilités d'hébergement ; {code} souhaite prendre le temps d'y réfléchir.",
        "{code} a évoqué que {other} aimerait peut-être aussi parler avec l'équipe.",
        "Aucune inquiétude immédiate pour la sécurité aujourd'hui.",
        "Nous avons convenu de nous revoir la semaine prochaine au même endroit, si c'est toujours sûr.",
        "{code} a demandé des informations sur un bilan de santé ; nous avons donné les horaires de la clinique.",
        "L'échange a été court car {code} devait partir travailler.",
        "Nous avons proposé de l'eau et un café ; la conversation a duré environ {minutes} minutes.",
        "{code} a des questions sur ses papiers ; nous consulterons notre partenaire juridique.",
        "Nous avons rappelé à {code} qu'il est possible de nous joindre à tout moment et que la suite lui appartient.",
        "Après l'échange, nous sommes restées un moment pour vérifier que personne ne nous suivait.",
    ),
    list_intros=("Prochaines étapes :", "Convenu avec {code} :"),
    list_items=(
        "Apporter la brochure dans sa langue",
        "Se renseigner sur les titres de séjour auprès du partenaire juridique",
        "Vérifier les horaires de la clinique le samedi",
        "Préparer des informations sur les cours de langue",
        "Point rapide avec la responsable d'équipe",
    ),
)

PORTUGUESE = _Language(
    code="pt",
    weight=8,
    settings=(
        "rua",
        "bar",
        "apartamento",
        "conversa online",
        "rodoviária",
        "centro de acolhimento",
        "feira noturna",
        "saguão do hotel",
        "clínica",
        "posto de caminhões",
    ),
    titles=(
        "Primeiro contato com {code} ({setting})",
        "Acompanhamento com {code} ({setting})",
        "Ronda de abordagem, {setting}: {code}",
        "Conversa rápida com {code} ({setting})",
        "Encaminhamento de {code} para atendimento ({setting})",
    ),
    sentences=(
        "Encontramos {code} durante a ronda da noite; a conversa foi tranquila.",
        "{code} perguntou sobre aulas gratuitas de português e onde se inscrever.",
        "Entregamos o cartão da linha de apoio e explicamos que as ligações são confidenciais.",
        "Falamos rapidamente sobre opções de moradia; {code} quer pensar com calma.",
        "{code} comentou que {other} também pode querer conversar com a equipe.",
        "Não foram relatadas preocupações imediatas de segurança hoje.",
        "Combinamos de nos ver na próxima semana no mesmo lugar, se continuar seguro.",
        "{code} pediu informações sobre consultas de saúde e passamos o horário da clínica.",
        "A conversa foi curta porque {code} precisava ir trabalhar.",
        "Oferecemos água e um lanche; conversamos por cerca de {minutes} minutos.",
        "{code} tem dúvidas sobre a documentação; vamos consultar a parceira jurídica.",
        "Lembramos {code} de que pode nos procurar a qualquer momento e de que a decisão é sua.",
    ),
    list_intros=("Próximos passos:", "Combinado com {code}:"),
    list_items=(
        "Levar o folheto no idioma de {code}",
        "Perguntar à parceira jurídica sobre autorização de trabalho",
        "Confirmar o horário da clínica no sábado",
        "Preparar informações sobre aulas de idioma",
        "Conversa breve com a coordenação",
    ),
)

ARABIC = _Language(
    code="ar",
    weight=8,
    settings=(
        "الشارع",
        "الحانة",
        "شقة سكنية",
        "محادثة عبر الإنترنت",
        "محطة الحافلات",
        "مركز الاستقبال",
        "السوق الليلي",
        "بهو الفندق",
        "العيادة",
        "استراحة الشاحنات",
    ),
    titles=(
        "أول تواصل مع {code} ({setting})",
        "متابعة مع {code} ({setting})",
        "جولة ميدانية، {setting}: {code}",
        "محادثة قصيرة مع {code} ({setting})",
        "مرافقة {code} إلى موعد ({setting})",
    ),
    sentences=(
        "التقينا مع {code} خلال الجولة المسائية، وكان الحديث هادئًا.",
        "سأل {code} عن دروس مجانية في اللغة وعن مكان التسجيل.",
        "قدّمنا بطاقة خط المساعدة وأوضحنا أن المكالمات سرية.",
        "تحدثنا باختصار عن خيارات السكن، ويريد {code} وقتًا للتفكير.",
        "ذكر {code} أن {other} قد يرغب أيضًا في التحدث مع الفريق.",
        "لم تُطرح اليوم أي مخاوف عاجلة تتعلق بالسلامة.",
        "اتفقنا على اللقاء مجددًا الأسبوع القادم في المكان نفسه إذا بقي آمنًا.",
        "طلب {code} معلومات عن الفحص الصحي، فأعطيناه مواعيد العيادة.",
        "كانت المحادثة قصيرة لأن {code} كان عليه الذهاب إلى العمل.",
        "قدّمنا الماء ووجبة خفيفة، وتحدثنا نحو {minutes} دقيقة.",
        "لدى {code} أسئلة حول الوثائق، وسنستشير الشريك القانوني.",
        "ذكّرنا {code} بأنه يستطيع التواصل معنا في أي وقت وأن القرار له.",
    ),
    list_intros=("الخطوات التالية:", "تم الاتفاق مع {code} على:"),
    list_items=(
        "إحضار النشرة التعريفية بلغته",
        "سؤال الشريك القانوني عن تصاريح العمل",
        "التأكد من مواعيد العيادة يوم السبت",
        "تحضير معلومات عن دروس اللغة",
        "لقاء قصير مع منسقة الفريق",
    ),
)

RUSSIAN = _Language(
    code="ru",
    weight=7,
    settings=(
        "улица",
        "бар",
        "квартира",
        "онлайн-чат",
        "автовокзал",
        "центр помощи",
        "ночной рынок",
        "холл гостиницы",
        "клиника",
        "стоянка грузовиков",
    ),
    titles=(
        "Первый контакт с {code} ({setting})",
        "Повторная встреча с {code} ({setting})",
        "Уличный обход, {setting}: {code}",
        "Короткий разговор с {code} ({setting})",
        "Сопровождение {code} на приём ({setting})",
    ),
    sentences=(
        "Встретились с {code} во время вечернего обхода; разговор был спокойным.",
        "{code} интересуется бесплатными языковыми курсами и тем, где на них записаться.",
        "Мы передали карточку горячей линии и объяснили, что звонки конфиденциальны.",
        "Коротко обсудили варианты жилья; {code} хочет спокойно всё обдумать.",
        "По словам {code}, {other} тоже может захотеть поговорить с командой.",
        "Сегодня непосредственных угроз безопасности не выявлено.",
        "Договорились встретиться на следующей неделе на том же месте, если это по-прежнему безопасно.",
        "{code} интересуется медицинским осмотром; мы дали часы работы клиники.",
        "Разговор был коротким: {code} нужно было идти на работу.",
        "Предложили воду и перекус; поговорили около {minutes} минут.",
        "У {code} есть вопросы о документах; мы проконсультируемся с юристом-партнёром.",
        "Напомнили, что связаться с нами можно в любое время, а решение всегда принимает сам человек.",
    ),
    list_intros=("Следующие шаги:", "Договорились с {code}:"),
    list_items=(
        "Принести брошюру на родном языке",
        "Уточнить у юриста вопрос о разрешении на работу",
        "Проверить часы работы клиники в субботу",
        "Подготовить информацию о языковых курсах",
        "Короткая встреча с координатором команды",
    ),
)

UKRAINIAN = _Language(
    code="uk",
    weight=5,
    settings=(
        "вулиця",
        "бар",
        "квартира",
        "онлайн-чат",
        "автовокзал",
        "центр підтримки",
        "нічний ринок",
        "хол готелю",
        "клініка",
        "стоянка вантажівок",
    ),
    titles=(
        "Перший контакт із {code} ({setting})",
        "Повторна зустріч із {code} ({setting})",
        "Вуличний обхід, {setting}: {code}",
        "Коротка розмова з {code} ({setting})",
        "Супровід {code} на прийом ({setting})",
    ),
    sentences=(
        "Зустрілися з {code} під час вечірнього обходу; розмова була спокійною.",
        "{code} цікавиться безкоштовними мовними курсами та тим, де на них записатися.",
        "Ми передали картку гарячої лінії й пояснили, що дзвінки конфіденційні.",
        "Коротко обговорили варіанти житла; {code} хоче спокійно все обміркувати.",
        "За словами {code}, {other} теж може захотіти поговорити з командою.",
        "Сьогодні безпосередніх загроз безпеці не виявлено.",
        "Домовилися зустрітися наступного тижня на тому ж місці, якщо це й надалі безпечно.",
        "{code} цікавиться медичним оглядом; ми дали години роботи клініки.",
        "Розмова була короткою: {code} треба було йти на роботу.",
        "Запропонували воду й перекус; розмовляли близько {minutes} хвилин.",
        "У {code} є питання щодо документів; ми порадимося з юристом-партнером.",
        "Нагадали, що зв'язатися з нами можна будь-коли, а остаточне рішення ухвалює сама людина.",
    ),
    list_intros=("Наступні кроки:", "Домовилися з {code}:"),
    list_items=(
        "Принести брошуру рідною мовою",
        "Уточнити в юриста питання дозволу на роботу",
        "Перевірити години роботи клініки в суботу",
        "Підготувати інформацію про мовні курси",
        "Коротка зустріч із координаторкою команди",
    ),
)

HINDI = _Language(
    code="hi",
    weight=8,
    settings=(
        "सड़क",
        "बार",
        "अपार्टमेंट",
        "ऑनलाइन चैट",
        "बस अड्डा",
        "सहायता केंद्र",
        "रात का बाज़ार",
        "होटल की लॉबी",
        "क्लिनिक",
        "ट्रक पड़ाव",
    ),
    titles=(
        "{code} से पहली मुलाकात ({setting})",
        "{code} के साथ फ़ॉलो-अप ({setting})",
        "आउटरीच दौरा, {setting}: {code}",
        "{code} से छोटी बातचीत ({setting})",
        "{code} के साथ अपॉइंटमेंट पर गए ({setting})",
    ),
    sentences=(
        "शाम के दौरे में {code} से मुलाकात हुई; बातचीत शांत रही।",
        "{code} ने मुफ़्त भाषा कक्षाओं के बारे में पूछा और यह भी कि नाम कहाँ लिखवाना है।",
        "हमने हेल्पलाइन कार्ड दिया और बताया कि कॉल गोपनीय रहती हैं।",
        "रहने के विकल्पों पर थोड़ी बात हुई; {code} सोचने के लिए समय चाहते हैं।",
        "{code} ने बताया कि {other} भी टीम से बात करना चाह सकते हैं।",
        "आज सुरक्षा से जुड़ी कोई तात्कालिक चिंता सामने नहीं आई।",
        "हमने तय किया कि अगर जगह सुरक्षित रही तो अगले हफ़्ते वहीं फिर मिलेंगे।",
        "{code} ने स्वास्थ्य जाँच के बारे में जानकारी माँगी; हमने क्लिनिक का समय बताया।",
        "बातचीत छोटी रही क्योंकि {code} को काम पर जाना था।",
        "हमने पानी और नाश्ता दिया; लगभग {minutes} मिनट बात हुई।",
        "{code} के दस्तावेज़ों को लेकर कुछ सवाल हैं; हम कानूनी साथी से सलाह लेंगे।",
        "हमने याद दिलाया कि वे कभी भी हमसे संपर्क कर सकते हैं और आगे का फ़ैसला उन्हीं का है।",
    ),
    list_intros=("अगले कदम:", "{code} के साथ तय हुआ:"),
    list_items=(
        "उनकी भाषा में जानकारी का पर्चा लाना",
        "कानूनी साथी से काम की अनुमति के बारे में पूछना",
        "शनिवार को क्लिनिक का समय पता करना",
        "भाषा कक्षाओं की जानकारी तैयार करना",
        "टीम समन्वयक के साथ छोटी बैठक",
    ),
)

THAI = _Language(
    code="th",
    weight=6,
    settings=(
        "ถนน",
        "บาร์",
        "อพาร์ตเมนต์",
        "แชตออนไลน์",
        "สถานีขนส่ง",
        "ศูนย์พักพิง",
        "ตลาดกลางคืน",
        "ล็อบบี้โรงแรม",
        "คลินิก",
        "จุดพักรถบรรทุก",
    ),
    titles=(
        "พบ {code} ครั้งแรก ({setting})",
        "ติดตามผลกับ {code} ({setting})",
        "ลงพื้นที่{setting}: {code}",
        "คุยสั้น ๆ กับ {code} ({setting})",
    ),
    sentences=(
        "พบ {code} ระหว่างการลงพื้นที่ช่วงเย็น บทสนทนาเป็นไปอย่างสงบ",
        "{code} สอบถามเรื่องชั้นเรียนภาษาฟรีและสถานที่สมัคร",
        "เราให้บัตรสายด่วนและอธิบายว่าการโทรเป็นความลับ",
        "คุยเรื่องที่พักสั้น ๆ และ {code} ขอเวลาคิดก่อน",
        "{code} บอกว่า {other} อาจอยากคุยกับทีมด้วย",
        "วันนี้ไม่พบข้อกังวลด้านความปลอดภัยเร่งด่วน",
        "ตกลงว่าจะพบกันอีกครั้งสัปดาห์หน้าที่เดิมหากยังปลอดภัย",
        "{code} ขอข้อมูลเรื่องการตรวจสุขภาพ เราแจ้งเวลาเปิดของคลินิกให้",
        "คุยกันไม่นานเพราะ {code} ต้องไปทำงาน",
        "เรามีน้ำและขนมให้ และคุยกันประมาณ {minutes} นาที",
    ),
    list_intros=("ขั้นตอนต่อไป:",),
    list_items=(
        "นำเอกสารแนะนำฉบับภาษาของเขามาด้วย",
        "สอบถามที่ปรึกษากฎหมายเรื่องใบอนุญาตทำงาน",
        "ตรวจสอบเวลาเปิดคลินิกวันเสาร์",
        "เตรียมข้อมูลชั้นเรียนภาษา",
    ),
    chars_per_word=5,
)

CHINESE = _Language(
    code="zh",
    weight=6,
    settings=(
        "街头",
        "酒吧",
        "公寓",
        "网上聊天",
        "汽车站",
        "接待中心",
        "夜市",
        "酒店大堂",
        "诊所",
        "货车停车场",
    ),
    titles=(
        "与{code}首次接触（{setting}）",
        "与{code}的跟进（{setting}）",
        "外展巡访，{setting}：{code}",
        "与{code}简短交谈（{setting}）",
    ),
    sentences=(
        "晚间巡访时见到了{code}，交谈气氛平和。",
        "{code}询问了免费语言课程以及在哪里报名。",
        "我们提供了求助热线卡片，并说明来电是保密的。",
        "简单谈了住宿的选择，{code}希望再考虑一下。",
        "{code}提到{other}可能也想和团队聊聊。",
        "今天没有发现紧迫的安全问题。",
        "约定下周在同一地点再见面，前提是那里仍然安全。",
        "{code}想了解健康检查的信息，我们告知了诊所的开放时间。",
        "因为{code}要去上班，谈话时间很短。",
        "我们提供了饮用水和点心，聊了大约{minutes}分钟。",
        "{code}对证件有一些疑问，我们会咨询合作的法律顾问。",
    ),
    list_intros=("下一步：",),
    list_items=(
        "带来用其母语写的宣传单",
        "向法律顾问咨询工作许可的问题",
        "确认诊所周六的开放时间",
        "准备语言课程的信息",
    ),
    chars_per_word=2,
    sentence_gap="",
)

LANGUAGES: tuple[_Language, ...] = (
    ENGLISH,
    SPANISH,
    FRENCH,
    PORTUGUESE,
    ARABIC,
    RUSSIAN,
    UKRAINIAN,
    HINDI,
    THAI,
    CHINESE,
)

#: Each record's person codes come from a window of this many codes that
#: slides along as records are made, so a code turns up in only a few logs
#: (about three as the main person, a few more as someone mentioned).
CODE_WINDOW = 20

#: pseudonymous colleague initials and tags of the demo logs (fictional)
DEMO_COLLEAGUES = ("colleague A", "colleague B", "colleague C", "colleague D")
DEMO_TAGS = ("health", "housing", "documents", "legal", "first contact", "work", "children")


def demo_records(
    count: int, *, seed: int | str = DEFAULT_SEED, until: datetime | None = None
) -> Iterator[InterchangeRecord]:
    """Yield ``count`` fictional outreach logs, reproducibly.

    The same ``seed`` and ``until`` (default: now) give the same ids, times
    and text; the first *k* records are the same whatever ``count`` is, so a
    small sample is a prefix of a large one. Logs happen over the
    :data:`SPAN_DAYS` days before ``until``; each person code appears in only
    a few of them; bodies are 30–300 words in paragraphs, about a third with
    a Markdown list. The first records cycle through every language, so even
    a sample of ten holds every script.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    rng = random.Random(f"fieldsafe-demo:{seed}")
    codes = _PersonCodes(rng.getrandbits(64))
    end = (until or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    plans = [_Plan(language) for language in LANGUAGES]
    weights = [language.weight for language in LANGUAGES]
    for number in range(count):
        plan = plans[number] if number < len(plans) else rng.choices(plans, weights)[0]
        first = _below(rng, CODE_WINDOW)
        second = (first + 1 + _below(rng, CODE_WINDOW - 1)) % CODE_WINDOW
        window = number // 3
        yield _record(plan, rng, codes.code(window + first), codes.code(window + second), end)


class _PersonCodes:
    """A seeded, endless list of distinct codes: ``P-1000``…``P-9999`` in a
    shuffled order, then five-digit ones."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._blocks: list[list[int]] = []

    def code(self, index: int) -> str:
        ranges = ((1000, 10_000), (10_000, 100_000))
        for block, (low, high) in enumerate(ranges):
            if index < high - low:
                while len(self._blocks) <= block:
                    numbers = list(range(*ranges[len(self._blocks)]))
                    random.Random(self._seed + len(self._blocks)).shuffle(numbers)
                    self._blocks.append(numbers)
                return f"P-{self._blocks[block][index]}"
            index -= high - low
        return f"P-{100_000 + index}"


class _Plan:
    """A language's templates with their word counts worked out once (the
    generator must stay fast: benchmarks fill vaults with 50,000 logs)."""

    def __init__(self, language: _Language) -> None:
        self.language = language
        self.sentences = [
            (s, _word_count(language, s), s.count("{setting}")) for s in language.sentences
        ]
        n = len(self.sentences)
        # Walking the sentences with a step coprime to their number visits
        # each once before any repeats, without shuffling per record.
        self.steps = [step for step in range(1, n) if math.gcd(step, n) == 1] or [1]


def _record(
    plan: _Plan, rng: random.Random, code: str, other: str, end: datetime
) -> InterchangeRecord:
    language = plan.language
    occurred = end - timedelta(days=_below(rng, SPAN_DAYS), minutes=_below(rng, 24 * 60))
    created = min(end, occurred + timedelta(minutes=20 + _below(rng, 36 * 60 - 20)))
    updated = created
    if rng.random() < 0.2:
        updated = min(end, created + timedelta(hours=1 + _below(rng, 24 * 14 - 1)))
    values = {
        "code": code,
        "other": other,
        "setting": language.settings[_below(rng, len(language.settings))],
        "minutes": (10, 15, 20, 25, 30, 40)[_below(rng, 6)],
    }
    fields: dict[str, object] = {
        "occurred_at": _iso(occurred),
        "title": language.titles[_below(rng, len(language.titles))].format(**values),
        "body": _body(
            plan, rng, setting_words=_word_count(language, str(values["setting"]))
        ).format(**values),
        "duration_minutes": values["minutes"],
        "setting": SETTINGS[_below(rng, len(SETTINGS))],
        "person_codes": [code] if rng.random() < 0.7 else [code, other],
        "who_went": ["me", DEMO_COLLEAGUES[_below(rng, len(DEMO_COLLEAGUES))]],
        "tags": sorted({DEMO_TAGS[_below(rng, len(DEMO_TAGS))] for _ in range(1 + _below(rng, 2))}),
    }
    if rng.random() < 0.3:
        due = (occurred + timedelta(days=1 + _below(rng, 21))).date().isoformat()
        fields["follow_ups"] = [
            {"action": "follow up with " + code, "due": due, "done": rng.random() < 0.6}
        ]
    if rng.random() < 0.25:
        fields["paper_notes"] = True
        if rng.random() < 0.9:
            fields["paper_destroyed_at"] = _iso(min(end, occurred + timedelta(hours=2)))
    return InterchangeRecord(
        kind=OUTREACH_LOG.name,
        id=RecordId(str(uuid.UUID(int=rng.getrandbits(128), version=4))),
        fields=OUTREACH_LOG.validate(fields),
        created_at=_iso(created),
        updated_at=_iso(updated),
    )


def _body(plan: _Plan, rng: random.Random, *, setting_words: int) -> str:
    """A body template (placeholders still in) of MIN_WORDS–MAX_WORDS words
    once filled in (a setting may be several words; a code is one)."""
    language = plan.language
    target = MIN_WORDS + _below(rng, MAX_WORDS - MIN_WORDS + 1)
    sentences = plan.sentences
    position = _below(rng, len(sentences))
    step = plan.steps[_below(rng, len(plan.steps))]
    with_list = rng.random() < 0.3
    paragraphs: list[str] = []
    current: list[str] = []
    per_paragraph = 2 + _below(rng, 3)
    words = 0
    while True:
        sentence, length, settings = sentences[position]
        length += settings * (setting_words - 1)
        if words + length > MAX_WORDS:
            break
        position = (position + step) % len(sentences)
        current.append(sentence)
        words += length
        if words >= target:
            break
        if len(current) == per_paragraph:
            paragraphs.append(language.sentence_gap.join(current))
            current = []
            per_paragraph = 2 + _below(rng, 3)
            if with_list and len(paragraphs) == 1:
                block, length = _list_block(language, rng)
                if words + length <= MAX_WORDS:
                    paragraphs.append(block)
                    words += length
    if current:
        paragraphs.append(language.sentence_gap.join(current))
    return "\n\n".join(paragraphs)


def _list_block(language: _Language, rng: random.Random) -> tuple[str, int]:
    items = rng.sample(language.list_items, rng.randint(2, min(4, len(language.list_items))))
    intro = language.list_intros[_below(rng, len(language.list_intros))]
    block = "\n".join([intro, ""] + [f"- {item}" for item in items])
    return block, _word_count(language, block)


def _below(rng: random.Random, n: int) -> int:
    """A number in ``range(n)``; several times faster than ``randrange``,
    which matters at 50,000 records (and just as reproducible)."""
    return int(rng.random() * n)


def _iso(moment: datetime) -> str:
    """``clock.to_iso`` for UTC datetimes from this module, without its
    ``strftime`` (the slowest step of generating a record)."""
    return moment.isoformat().replace("+00:00", "Z")


def _word_count(language: _Language, text: str) -> int:
    if language.chars_per_word:
        return max(1, len(text) // language.chars_per_word)
    return len(text.split())
