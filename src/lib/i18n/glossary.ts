/**
 * Treaty-law and copyright terms in the three languages, each with a one-sentence definition.
 * Term wording follows `NAMES.md` §4 (Kazakhstan's Law on International Treaties, the treaty texts
 * on adilet.zan.kz, WIPO's Russian pages). A language listed in `unverified` has a *term* that
 * NAMES.md marks "UNVERIFIED — proposed translation"; the UI flags it with "†". The definitions are
 * our own editorial wording, not quotations from an official text.
 */
import type { Lang } from '$lib/data/schema';

interface GlossaryEntry {
	/** Permanent slug (usable as a URL fragment). */
	id: string;
	term: Record<Lang, string>;
	def: Record<Lang, string>;
	/** Languages whose term is a proposed translation, not yet checked against an official text. */
	unverified?: Lang[];
}

export const GLOSSARY: GlossaryEntry[] = [
	{
		id: 'signature',
		term: { en: 'Signature', ru: 'Подписание', kk: 'Қол қою' },
		def: {
			en: "The signing of a treaty's text by a State's authorized representative: it shows agreement with the text but, where the treaty requires ratification, does not by itself make the State a party.",
			ru: 'Подписание текста договора уполномоченным представителем государства: оно выражает согласие с текстом, но, если договор требует ратификации, само по себе не делает государство его участником.',
			kk: 'Мемлекеттің уәкілетті өкілінің шарт мәтініне қол қоюы: ол мәтінмен келісуді білдіреді, бірақ шарт ратификациялауды талап етсе, мемлекетті өз бетінше шартқа қатысушы етпейді.'
		}
	},
	{
		id: 'adoption',
		term: { en: 'Adoption', ru: 'Принятие', kk: 'Қабылдау' },
		def: {
			en: "The formal approval of a treaty's final text, usually by a diplomatic conference, after which the treaty is opened for signature.",
			ru: 'Официальное одобрение окончательного текста договора, обычно дипломатической конференцией, после которого договор открывается для подписания.',
			kk: 'Шарттың түпкілікті мәтінін, әдетте дипломатиялық конференцияда, ресми түрде мақұлдау; осыдан кейін шарт қол қою үшін ашылады.'
		}
	},
	{
		id: 'accession',
		term: { en: 'Accession', ru: 'Присоединение', kk: 'Қосылу' },
		def: {
			en: 'The way a State that has not signed a treaty becomes a party to it: by depositing an instrument of accession with the depositary.',
			ru: 'Способ, которым государство, не подписавшее договор, становится его участником: сдача документа о присоединении на хранение депозитарию.',
			kk: 'Шартқа қол қоймаған мемлекеттің оған қатысушы болу тәсілі: қосылу туралы құжатты депозитарийге сақтауға тапсыру.'
		}
	},
	{
		id: 'ratification',
		term: { en: 'Ratification', ru: 'Ратификация', kk: 'Ратификациялау' },
		def: {
			en: "A signatory State's final confirmation of its consent to be bound by a treaty, expressed by depositing an instrument of ratification.",
			ru: 'Окончательное подтверждение подписавшим договор государством своего согласия на обязательность договора, выражаемое сдачей ратификационной грамоты на хранение.',
			kk: 'Шартқа қол қойған мемлекеттің шарттың өзі үшін міндетті екеніне келісімін түпкілікті растауы; ол ратификациялық грамотаны сақтауға тапсыру арқылы білдіріледі.'
		}
	},
	{
		id: 'deposit',
		term: { en: 'Deposit', ru: 'Сдача на хранение', kk: 'Сақтауға тапсыру' },
		def: {
			en: 'Handing an instrument (of ratification, of accession, or a declaration) to the depositary; the date of deposit usually starts the countdown to entry into force for that State.',
			ru: 'Передача документа (ратификационной грамоты, документа о присоединении или заявления) депозитарию; с даты сдачи обычно отсчитывается срок до вступления договора в силу для этого государства.',
			kk: 'Құжатты (ратификациялық грамотаны, қосылу туралы құжатты немесе мәлімдемені) депозитарийге беру; әдетте шарттың сол мемлекет үшін күшіне енуіне дейінгі мерзім осы күннен бастап есептеледі.'
		},
		unverified: ['kk']
	},
	{
		id: 'depositary',
		term: { en: 'Depositary', ru: 'Депозитарий', kk: 'Депозитарий' },
		def: {
			en: 'The State, organization or official that keeps the original text of a treaty and receives the instruments and notifications of the parties (for the WCT and WPPT, the Director General of WIPO).',
			ru: 'Государство, организация или должностное лицо, которые хранят подлинный текст договора и принимают документы и уведомления участников (для ДАП и ДИФ — Генеральный директор ВОИС).',
			kk: 'Шарттың түпнұсқасын сақтайтын және қатысушылардың құжаттары мен хабарламаларын қабылдайтын мемлекет, ұйым немесе лауазымды адам (WCT мен WPPT үшін — ДЗМҰ Бас директоры).'
		}
	},
	{
		id: 'entry-into-force',
		term: { en: 'Entry into force', ru: 'Вступление в силу', kk: 'Күшіне ену' },
		def: {
			en: 'The moment a treaty becomes binding: in general once a set number of States have joined it, and for each later party a set time after it deposits its instrument.',
			ru: 'Момент, с которого договор становится обязательным: в целом — после присоединения установленного числа государств, а для каждого последующего участника — через установленный срок после сдачи его документа.',
			kk: 'Шарттың міндетті бола бастайтын сәті: жалпы алғанда белгіленген санды мемлекеттер қатысушы болғаннан кейін, ал әрбір кейінгі қатысушы үшін оның құжаты сақтауға тапсырылғаннан кейін белгіленген мерзім өткен соң.'
		}
	},
	{
		id: 'continued-application',
		term: {
			en: 'Declaration of continued application',
			ru: 'Заявление о продолжении применения',
			kk: 'Қолданылуын жалғастыру туралы мәлімдеме'
		},
		def: {
			en: 'A statement by a newly independent State that it continues to apply a treaty that bound its predecessor, so that the treaty binds it without a gap from the date of succession.',
			ru: 'Заявление нового независимого государства о том, что оно продолжает применять договор, обязательный для государства-предшественника, так что договор связывает его без перерыва с даты правопреемства.',
			kk: 'Жаңа тәуелсіз мемлекеттің өзінен бұрынғы мемлекет үшін міндетті болған шартты қолдануды жалғастыратыны туралы мәлімдемесі; осылайша шарт ол үшін құқықтық мирасқорлық күнінен бастап үзіліссіз міндетті болады.'
		},
		unverified: ['ru', 'kk']
	},
	{
		id: 'contracting-party',
		term: { en: 'Contracting Party', ru: 'Договаривающаяся Сторона', kk: 'Уағдаласушы Тарап' },
		def: {
			en: 'A State or intergovernmental organization that has consented to be bound by a treaty and for which the treaty is in force (the term of the WCT and WPPT).',
			ru: 'Государство или межправительственная организация, которые согласились на обязательность договора и для которых он вступил в силу (термин ДАП и ДИФ).',
			kk: 'Шарттың өзі үшін міндетті екеніне келісім берген және шарт ол үшін күшіне енген мемлекет немесе үкіметаралық ұйым (WCT мен WPPT термині).'
		}
	},
	{
		id: 'reservation',
		term: { en: 'Reservation', ru: 'Оговорка', kk: 'Ескертпе' },
		def: {
			en: 'A statement a State makes when signing, ratifying or acceding to a treaty by which it excludes or modifies the legal effect of certain provisions for itself, where the treaty allows it.',
			ru: 'Заявление, которое государство делает при подписании, ратификации договора или присоединении к нему и которым исключает или изменяет юридическое действие отдельных положений в отношении себя, если договор это допускает.',
			kk: 'Мемлекет шартқа қол қою, оны ратификациялау немесе оған қосылу кезінде жасайтын, шарт рұқсат етсе, жекелеген ережелердің өзіне қатысты заңдық күшін алып тастайтын немесе өзгертетін мәлімдеме.'
		}
	},
	{
		id: 'related-rights',
		term: { en: 'Related rights', ru: 'Смежные права', kk: 'Сабақтас құқықтар' },
		def: {
			en: 'Rights akin to copyright that protect performers, producers of phonograms and broadcasting organizations, the subject of the Rome Convention, the Phonograms Convention and the WPPT.',
			ru: 'Права, близкие к авторскому праву, которые охраняют исполнителей, производителей фонограмм и вещательные организации; их регулируют Римская конвенция, Конвенция о фонограммах и ДИФ.',
			kk: 'Орындаушыларды, фонограмма жасаушыларды және хабар тарату ұйымдарын қорғайтын, авторлық құқыққа жақын құқықтар; оларды Рим конвенциясы, Фонограммалар туралы конвенция және WPPT реттейді.'
		}
	},
	{
		id: 'national-treatment',
		term: { en: 'National treatment', ru: 'Национальный режим', kk: 'Ұлттық режим' },
		def: {
			en: 'The rule that each party must grant nationals of the other parties the same protection as it grants its own nationals.',
			ru: 'Принцип, по которому каждый участник предоставляет гражданам других участников такую же охрану, как и своим гражданам.',
			kk: 'Әрбір қатысушы басқа қатысушылардың азаматтарына өз азаматтарына беретіндей қорғау беруге міндетті деген қағида.'
		}
	},
	{
		id: 'three-step-test',
		term: { en: 'Three-step test', ru: 'Трехступенчатый тест', kk: 'Үш сатылы тест' },
		def: {
			en: 'The condition that limitations and exceptions to exclusive rights be confined to certain special cases that do not conflict with a normal exploitation of the work and do not unreasonably prejudice the legitimate interests of the right holder (Berne Art. 9(2), WCT Art. 10).',
			ru: 'Условие, по которому ограничения и исключения из исключительных прав допускаются лишь в определенных особых случаях, не наносящих ущерба нормальному использованию произведения и не ущемляющих необоснованным образом законные интересы правообладателя (ст. 9(2) Бернской конвенции, ст. 10 ДАП).',
			kk: 'Айрықша құқықтарға шектеулер мен ерекшеліктерге туындыны қалыпты пайдалануға нұқсан келтірмейтін және құқық иесінің заңды мүдделеріне негізсіз зиян келтірмейтін белгілі бір ерекше жағдайларда ғана жол берілетіні туралы талап (Берн конвенциясының 9-бабының 2-тармағы, WCT-нің 10-бабы).'
		},
		unverified: ['kk']
	},
	{
		id: 'term-of-protection',
		term: { en: 'Term of protection', ru: 'Срок охраны', kk: 'Қорғау мерзімі' },
		def: {
			en: 'The period during which a work or other protected subject matter is protected; under the Berne Convention, as a rule, the life of the author and 50 years after death.',
			ru: 'Период, в течение которого произведение или иной объект охраняется; по Бернской конвенции, как правило, — вся жизнь автора и 50 лет после его смерти.',
			kk: 'Туынды немесе өзге де қорғалатын объект қорғалатын кезең; Берн конвенциясы бойынша, әдетте, автордың бүкіл өмірі және ол қайтыс болғаннан кейінгі 50 жыл.'
		},
		unverified: ['kk']
	},
	{
		id: 'instrument',
		term: { en: 'Instrument', ru: 'Документ', kk: 'Құжат' },
		def: {
			en: 'The formal document by which a State expresses its consent to be bound by a treaty (an instrument of ratification or of accession) or makes a declaration under it.',
			ru: 'Официальный документ, которым государство выражает согласие на обязательность для него договора (ратификационная грамота, документ о присоединении) или делает заявление по договору.',
			kk: 'Мемлекет шарттың өзі үшін міндеттілігіне келісімін білдіретін (ратификациялық грамота, қосылу туралы құжат) немесе шарт бойынша мәлімдеме жасайтын ресми құжат.'
		},
		unverified: ['kk']
	}
];
