package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.tdc.knowledge.assistant.application.ExtractiveAnswerer.Extraction;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.search.analysis.Abbreviations;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.application.PassageIndex;
import vn.tdc.knowledge.search.application.PlaceDirectory;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.application.SectionChunker;
import vn.tdc.knowledge.search.application.SourceScope;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * The offline question-answering assistant: retrieves passages from the index (a {@link PassageIndex},
 * in production the Lucene {@code DocumentIndex}) and answers by quoting them (no language model), in
 * Vietnamese.
 *
 * <p>Order of decisions for a message:
 * <ol>
 *   <li>prompt-injection attempts are refused (not grounded);</li>
 *   <li>requests for personal data (who reported, their phone number…) are declined, with no report link;</li>
 *   <li>greetings and thanks (nothing to look up) get the help text and leave the conversation as it is;</li>
 *   <li>a described problem ("tôi bị cân thiếu…") sets the report kind;</li>
 *   <li>follow-ups are completed by {@link FollowUpResolver}: "còn phường Đức Phổ thì sao?" keeps the
 *       previous topic with the new place; a question without a place stays on the previous place;</li>
 *   <li>a question naming a place that no document governs, a proper name the documents never
 *       mention ("thủ tướng Nhật Bản"), or asking for a fact they never state (an address, a phone number,
 *       the amount of a fine: {@link AbsentFactCheck}) is declined;</li>
 *   <li>"ai ký…" and "… ban hành ngày nào" about a plan are answered from its identification;</li>
 *   <li>"… căn cứ / thực hiện văn bản nào?" about one plan is answered from its preamble;</li>
 *   <li>a question that only names a plan ("kế hoạch của UBND phường Thành Đông là gì?") gets the overview of
 *       that place's documents (their titles); one that only names the issuing body and asks something about it
 *       ("UBND xã Đông Cứu ở đâu?") is declined;</li>
 *   <li>"những địa phương nào…" naming no place is answered over documents ({@link ListQuestion});</li>
 *   <li>everything else goes through the extractive answerer, whose coverage check decides
 *       {@code grounded}; a grounded answer to a yes/no question ({@link YesNoQuestion}) starts with "Có."; a report without an answerable question is answered with what the plans
 *       say about handling that kind of problem.</li>
 * </ol>
 * Asked on a ward's pages ({@link #answer(String, String, WardContext)}), a question naming no place goes through these
 * steps for the ward's sources, then its province's, then national ones, and then all sources, until one answers.
 * Thread-safe; one index search per call (two for some reports; up to five on a ward).
 */
public final class AssistantService implements ChatEngine {

    public static final String MODE = "offline";

    private static final Pattern ISSUE_QUESTION = Pattern.compile("\\b(ban hanh|ky)\\b");
    private static final Pattern OTHER_INSTRUMENT = Pattern.compile("\\b(chi thi|quyet dinh|cong van|nghi quyet|thong tu|luat)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A numbered directive, decision, resolution… ("chỉ thị 38", "CT 38-CT/TW", "quyết định số 1703"), folded. */
    private static final Pattern INSTRUMENT_REFERENCE = Pattern.compile(
            "\\b(chi thi|quyet dinh|nghi quyet|nghi dinh|thong tu|luat|ct|qd|nq|nd)( so)? ?\\d+");
    /** "căn cứ vào văn bản nào", "thực hiện chỉ thị nào", "triển khai kế hoạch số mấy", "dựa trên quyết định gì". */
    private static final Pattern BASIS_QUESTION = Pattern.compile("\\b(can cu|dua tren|dua vao|thuc hien|trien khai|cu the hoa)"
            + "( vao| theo)?( nhung| cac)? (van ban|chi thi|ke hoach|quyet dinh|cong van|nghi quyet)( so)? (nao|gi|may|bao nhieu)\\b");
    /** Words naming a document ("kế hoạch của UBND phường Thành Đông là gì?"). */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("\\b(ke hoach|van ban|chi thi|quyet dinh|cong van|nghi quyet|thong tu|tai lieu)\\b");
    /** A question word: the message asks something rather than naming a place or body. */
    private static final Pattern QUESTION_WORD = Pattern.compile("\\b(gi|nao|dau|ai|sao|khong|chua|bao nhieu|may|the nao)\\b");
    /** A preamble line stating a basis: it cites an instrument by number ("Kế hoạch số 40/KH-UBND", "Chỉ thị 38-CT/TW"). */
    private static final Pattern BASIS_LINE = Pattern.compile("\\d+\\s*[/-]\\s*[\\p{Lu}Đ]");

    /** Articles read beside the plan's passages, and how many more passages are retrieved to find them apart. */
    private static final int ARTICLE_PASSAGES = 3;
    private static final int RETRIEVED_FOR_ARTICLES = 12;
    /** Passages read for a question asking which plans say something. */
    private static final int LIST_PASSAGES = 24;
    /**
     * A plan is listed when its passages answer the question and its best passage scores at least this share of the
     * best plan's, or, however it ranks, contains the question's rarest word ("công nghệ (IoT, blockchain…)" ranks
     * below "công nghệ blockchain" yet names it).
     */
    private static final double LIST_SCORE_RATIO = 0.5;
    private static final Pattern WORD_GAPS = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private final PassageIndex index;
    private final ConversationStore conversations;
    private final AnswerPolicy policy;
    private final QuestionClassifier classifier = new QuestionClassifier();
    private final ReportIntentDetector reports = new ReportIntentDetector();
    private final PromptInjectionDetector injections = new PromptInjectionDetector();
    private final PersonalDataRequestDetector personalData = new PersonalDataRequestDetector();
    private final FollowUpResolver followUps = new FollowUpResolver();
    private final ExtractiveAnswerer answerer;
    private final ProperNameCheck properNames;
    private final AbsentFactCheck absentFacts;
    private final NumberedInstrumentCheck instruments;
    private final AnswerComposer composer = new AnswerComposer();

    /** Default policy and an in-memory store of up to 10 000 conversations kept 30 minutes. */
    public AssistantService(PassageIndex index) {
        this(index, InMemoryConversationStore.withDefaults(), AnswerPolicy.defaults());
    }

    public AssistantService(PassageIndex index, ConversationStore conversations, AnswerPolicy policy) {
        this.index = Objects.requireNonNull(index, "index");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.answerer = new ExtractiveAnswerer(policy);
        this.properNames = new ProperNameCheck(index);
        this.absentFacts = new AbsentFactCheck(index);
        this.instruments = new NumberedInstrumentCheck(index);
    }

    /**
     * Answers a question.
     *
     * @param question       the resident's message, with or without diacritics
     * @param conversationId the id returned by a previous answer, or {@code null} to start a conversation
     */
    @Override
    public ChatAnswer answer(String question, String conversationId) {
        return answer(question, conversationId, WardContext.NONE);
    }

    /**
     * Answers a question asked on a ward's pages. A question naming no place is answered from the nearest tier that
     * answers it: the ward's own sources, then its province's, then national ones, and only then from every source
     * (other places' plans), saying so ("Kế hoạch của phường/xã bạn chưa đề cập; theo kế hoạch của …"). "Ở đây",
     * "phường mình", "xã mình", "chỗ tôi" name the ward. A place named explicitly still wins.
     *
     * @param ward the ward and the units above it, nearest first; {@link WardContext#NONE} searches all sources alike
     */
    @Override
    public ChatAnswer answer(String question, String conversationId, WardContext ward) {
        String id = conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString() : conversationId;
        String message = question == null ? "" : Abbreviations.question(question.strip());
        if (message.isEmpty()) {
            return notGrounded(composer.empty(), id, Optional.empty());
        }
        if (injections.isInjection(message)) {
            return notGrounded(composer.refusal(), id, Optional.empty());
        }
        if (personalData.asksForPersonalData(message)) {
            return notGrounded(composer.personalData(), id, Optional.empty());
        }
        Optional<String> reportKind = reports.detect(message);
        FoldedText folded = FoldedText.of(message);
        QuestionType type = classifier.classify(folded);
        SearchPlan asked = index.plan(message, policy.passages(), Optional.empty());
        SearchPlan plan = onWard(asked, ward);
        boolean namedHere = plan != asked;
        boolean namesPlace = plan.places().namesKnownPlace() || plan.places().unknownPlace().isPresent();
        if (!plan.hasTerms() && !namesPlace && !followUps.hasFollowUpMarker(message)) {
            String text = reportKind.isPresent() ? composer.helpOnly() : composer.empty();
            return notGrounded(withReport(text, reportKind), id, reportKind);
        }
        FollowUpResolver.Resolved resolved = followUps.resolve(message, plan, type, conversations.last(id));
        plan = resolved.plan();
        type = resolved.type();
        if (plan.hasTerms()) {
            conversations.remember(id, new ConversationTurn(plan.terms(), plan.bigrams(), plan.places(), type));
        }

        if (plan.places().unknownPlace().isPresent()) {
            String text = composer.unknownPlace(plan.places().unknownPlace().get(), new ArrayList<>(index.sources().values()));
            return notGrounded(withReport(text, reportKind), id, reportKind);
        }
        if (!plan.hasTerms()) {
            return placeOverview(plan, id, reportKind);
        }
        if (properNames.namesUnknownEntity(message) || absentFacts.asksForAbsentFact(folded)
                || instruments.namesUnknownInstrument(folded)) {
            return notGrounded(withReport(reportKind.isPresent() ? composer.helpOnly() : composer.notFound(), reportKind), id, reportKind);
        }
        Question q = new Question(message, folded, type, id, reportKind);
        if (!ward.present() || aboutNoWard(message, folded, type) || (plan.places().namesKnownPlace() && !namedHere)) {
            return respond(q, plan, "");
        }
        if (namedHere && plan.places().namesKnownPlace()) {
            // "ở đây có cân đối chứng không": the ward's own sources as if named; when they do not answer, the nearest tier
            ChatAnswer own = respond(q, plan, "");
            if (own.grounded()) {
                return own;
            }
            plan = plan.withPlaces(PlaceMention.NONE);
        }
        return nearestFirst(q, plan, ward);
    }

    /**
     * Questions whose answer is the same on every ward: about a numbered directive or decision itself ("Chỉ thị 38-CT/TW
     * do ai ban hành, ngày nào, của cơ quan nào?", answered by whichever source states it best: a ward's plan citing
     * it without its issuer would be a worse answer), and "những địa phương nào…" lists, which are across places.
     */
    private boolean aboutNoWard(String message, FoldedText folded, QuestionType type) {
        boolean aboutInstrument = INSTRUMENT_REFERENCE.matcher(folded.folded()).find()
                && (ISSUE_QUESTION.matcher(folded.folded()).find() || type == QuestionType.WHEN || type == QuestionType.WHICH_BODY
                        || type == QuestionType.SIGNER);
        return aboutInstrument || ListQuestion.topic(message).isPresent();
    }

    /** A message being answered: as typed (abbreviations read), folded, its type, conversation and report kind. */
    private record Question(String message, FoldedText folded, QuestionType type, String id, Optional<String> reportKind) {
    }

    /**
     * "Ở đây", "phường mình"… in a question naming no place: the places of the ward's own sources, as if named. Unchanged
     * when the ward has no source (the tiers then find the nearest) or when there is no ward.
     */
    private SearchPlan onWard(SearchPlan plan, WardContext ward) {
        if (!plan.places().currentWard() || !ward.present()) {
            return plan;
        }
        List<String> keys = index.sources().values().stream()
                .filter(s -> s.unit().equals(ward.ward()))
                .flatMap(s -> s.places().stream())
                .map(PlaceDirectory::keyOf)
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
        return keys.isEmpty() ? plan : plan.withPlaces(plan.places().naming(keys));
    }

    /**
     * The ward's sources, its province's, the national ones, each searched alone until one answers (a tier with no
     * indexed source is skipped); then every source, prefaced by "the ward's plan does not say" when none of the cited
     * sources is the ward's, its province's or national.
     */
    private ChatAnswer nearestFirst(Question q, SearchPlan plan, WardContext ward) {
        Map<String, SourceInfo> sources = index.sources();
        Set<String> unitsIndexed = new HashSet<>();
        boolean nationalIndexed = false;
        for (SourceInfo s : sources.values()) {
            unitsIndexed.add(s.unit());
            nationalIndexed |= s.level() == AdministrativeLevel.NATIONAL;
        }
        List<SourceScope> tiers = new ArrayList<>();
        if (unitsIndexed.contains(ward.ward())) {
            tiers.add(SourceScope.units(List.of(ward.ward())));
        }
        if (ward.above().stream().anyMatch(unitsIndexed::contains)) {
            tiers.add(SourceScope.units(ward.above()));
        }
        if (nationalIndexed) {
            tiers.add(SourceScope.NATIONAL);
        }
        for (SourceScope tier : tiers) {
            ChatAnswer answer = respond(q, plan.withScope(tier), "");
            if (answer.grounded()) {
                return answer;
            }
        }
        ChatAnswer anywhere = respond(q, plan, "");
        if (!anywhere.grounded()) {
            return anywhere;
        }
        List<SourceInfo> cited = anywhere.citations().stream().map(c -> sources.get(c.documentId())).filter(Objects::nonNull).toList();
        boolean near = cited.stream().anyMatch(s -> s.level() == AdministrativeLevel.NATIONAL || ward.contains(s.unit()));
        if (near || cited.isEmpty()) {
            return anywhere;
        }
        String guidance = withReport("", q.reportKind());
        String body = anywhere.answer().substring(guidance.length());
        return new ChatAnswer(withReport(body, q.reportKind(), composer.elsewhere(cited)), true, anywhere.citations(), q.id(), MODE,
                q.reportKind());
    }

    /**
     * Answers from the passages of a plan (its places, its unit scope); {@code preface} (may be empty) opens a grounded
     * answer's text, after the report guidance.
     */
    private ChatAnswer respond(Question q, SearchPlan plan, String preface) {
        String message = q.message();
        FoldedText folded = q.folded();
        QuestionType type = q.type();
        String id = q.id();
        Optional<String> reportKind = q.reportKind();
        List<Passage> passages = passages(plan);
        Optional<ChatAnswer> fromIdentification = answerFromIdentification(plan, type, folded, passages, id, reportKind, preface);
        if (fromIdentification.isPresent()) {
            return fromIdentification.get();
        }
        Optional<ChatAnswer> fromPreamble = answerBasis(folded, passages, id, reportKind, preface);
        if (fromPreamble.isPresent()) {
            return fromPreamble.get();
        }
        if (type == QuestionType.GENERAL && answerer.namesOnlyTheDocument(plan, passages)) {
            if (!DOCUMENT_KIND.matcher(folded.folded()).find() && QUESTION_WORD.matcher(folded.folded()).find()) {
                // "UBND xã Đông Cứu ở đâu?": about the body itself, which the plans do not describe
                return notGrounded(withReport(reportKind.isPresent() ? composer.helpOnly() : composer.notFound(), reportKind), id, reportKind);
            }
            return placeOverview(plan, id, reportKind);
        }
        Optional<ChatAnswer> list = answerList(message, plan, id, reportKind, preface);
        if (list.isPresent()) {
            return list.get();
        }
        Extraction extraction = extract(plan, type, passages);
        if (!extraction.grounded() && reportKind.isPresent()) {
            Optional<String> topic = reports.topic(reportKind.get());
            if (topic.isPresent()) {
                SearchPlan handling = index.plan(topic.get(), policy.passages(), Optional.empty()).withPlaces(plan.places())
                        .withScope(plan.scope());
                extraction = extract(handling, QuestionType.WHAT_TO_DO, passages(handling));
                type = QuestionType.GENERAL;
            }
        }
        if (!extraction.grounded()) {
            String text = reportKind.isPresent() ? composer.helpOnly() : composer.notFound();
            return notGrounded(withReport(text, reportKind), id, reportKind);
        }
        String text = composer.grounded(extraction, type);
        if (YesNoQuestion.is(folded)) {
            text = composer.yes(text);
        }
        return new ChatAnswer(withReport(text, reportKind, preface), true, composer.citations(extraction), id, MODE, reportKind);
    }

    /**
     * The passages a question is answered from: the plan's best {@code limit} passages of directives and plans, and
     * its best {@value #ARTICLE_PASSAGES} of articles, best first. Read together, the news a ward publishes about its
     * plan ("Kế hoạch… triển khai…", in everyday words) would push the plan's own passages out of the few read.
     */
    private List<Passage> passages(SearchPlan plan) {
        List<Passage> documents = new ArrayList<>();
        List<Passage> articles = new ArrayList<>();
        for (Passage p : index.retrieve(plan.withLimit(plan.limit() + RETRIEVED_FOR_ARTICLES))) {
            if (p.source().type() == SourceType.DOCUMENT) {
                if (documents.size() < plan.limit()) {
                    documents.add(p);
                }
            } else if (articles.size() < ARTICLE_PASSAGES) {
                articles.add(p);
            }
        }
        List<Passage> all = new ArrayList<>(documents);
        all.addAll(articles);
        all.sort(Comparator.comparingDouble(Passage::score).reversed());
        return all;
    }

    /**
     * The sentence pointing a resident who reports a problem to the report form ("Nếu bạn muốn phản ánh về
     * cân thiếu, cân điêu, hãy gửi phản ánh tại /phan-anh?loai=can-thieu…"): the first line of every answer
     * whose {@link ChatAnswer#reportKind()} is set, for other answerers that keep the report intent.
     */
    public String reportGuidance(String reportKind) {
        return composer.reportGuidance(reportKind, reports.label(reportKind));
    }

    /**
     * Extracts an answer. A question of several words must share at least one two-syllable phrase with the documents
     * ("kế hoạch", "đo lường", "tuyên truyền"); "Thủ đô của nước Pháp" shares syllables but no phrase.
     */
    private Extraction extract(SearchPlan plan, QuestionType type, List<Passage> passages) {
        Set<String> knownPhrases = knownPhrases(plan);
        if (!plan.bigrams().isEmpty() && knownPhrases.isEmpty()) {
            return Extraction.none(0);
        }
        double[] idf = index.inverseDocumentFrequencies(plan.terms().stream().map(QueryTerm::folded).toList());
        return answerer.extract(plan, type, passages, idf, knownPhrases);
    }

    /** The question's two-syllable phrases ("đo lường", "trường học") that occur in the indexed text. */
    private Set<String> knownPhrases(SearchPlan plan) {
        List<String> pairs = plan.bigrams().stream().map(b -> b[0].folded() + " " + b[1].folded()).toList();
        boolean[] flags = index.knownTerms(pairs);
        Set<String> known = new HashSet<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                known.add(pairs.get(i));
            }
        }
        return known;
    }

    /**
     * "Những địa phương nào phải báo cáo trước ngày 15/11?": the rest of the question is looked up in many passages,
     * each document whose best passage ranks close to the best one ({@value #LIST_SCORE_RATIO} of its score: a list
     * must not take in a plan that only shares some words) is checked like a single answer on its own passages, and
     * every document that answers is quoted
     * (one quote each, in rank order). Only for questions naming no place; none answering falls back to the usual
     * single answer.
     */
    private Optional<ChatAnswer> answerList(String message, SearchPlan plan, String id, Optional<String> reportKind, String preface) {
        Optional<String> topic = ListQuestion.topic(message);
        if (topic.isEmpty() || plan.places().namesKnownPlace()) {
            return Optional.empty();
        }
        SearchPlan wide = index.plan(topic.get(), LIST_PASSAGES, Optional.empty());
        if (!wide.hasTerms()) {
            return Optional.empty();
        }
        QuestionType type = classifier.classify(FoldedText.of(topic.get()));
        Map<String, List<Passage>> byDocument = new LinkedHashMap<>();
        for (Passage p : index.retrieve(wide)) {
            if (p.source().type() == SourceType.DOCUMENT) {
                // which places or plans: news articles are neither, and their score must not set the bar
                byDocument.computeIfAbsent(p.source().documentId(), k -> new ArrayList<>()).add(p);
            }
        }
        double topScore = byDocument.values().stream().mapToDouble(ps -> ps.get(0).score()).max().orElse(0);
        Set<String> knownPhrases = knownPhrases(wide);
        if (!wide.bigrams().isEmpty() && knownPhrases.isEmpty()) {
            return Optional.empty();
        }
        double[] idf = index.documentInverseFrequencies(wide.terms().stream().map(QueryTerm::folded).toList());
        int rarestAt = 0;
        for (int i = 1; i < idf.length; i++) {
            rarestAt = idf[i] > idf[rarestAt] ? i : rarestAt;
        }
        QueryTerm rarest = wide.terms().get(rarestAt);
        List<ExtractiveAnswerer.Quote> quotes = new ArrayList<>();
        double coverage = 0;
        for (List<Passage> passages : byDocument.values()) {
            boolean close = passages.get(0).score() >= LIST_SCORE_RATIO * topScore;
            if (!close && !namesTerm(passages, rarest)) {
                continue;
            }
            Extraction one = answerer.extract(wide, type, passages, idf, knownPhrases);
            if (one.grounded()) {
                quotes.add(one.quotes().get(0));
                coverage = Math.max(coverage, one.coverage());
            }
        }
        if (quotes.size() < 2) {
            return Optional.empty();
        }
        Extraction all = new Extraction(true, coverage, quotes, Optional.empty());
        String text = composer.list(composer.grounded(all, QuestionType.GENERAL), quotes.size());
        return Optional.of(new ChatAnswer(withReport(text, reportKind, preface), true, composer.citations(all), id, MODE, reportKind));
    }

    /** Whether one of the passages contains the term as a word: as typed when typed with diacritics ("chợ", not "cho"). */
    private static boolean namesTerm(List<Passage> passages, QueryTerm term) {
        if (term.prefersExact()) {
            String word = " " + term.lower() + " ";
            return passages.stream().anyMatch(p -> (" " + WORD_GAPS.matcher(p.chunk().text().toLowerCase(Locale.ROOT)).replaceAll(" ") + " ")
                    .contains(word));
        }
        String word = " " + term.folded() + " ";
        return passages.stream().anyMatch(p -> (" " + FoldedText.foldPhrase(p.chunk().text()) + " ").contains(word));
    }

    /** A message naming only a place ("phường Đức Phổ"): which documents exist for it. */
    private ChatAnswer placeOverview(SearchPlan plan, String id, Optional<String> reportKind) {
        if (!plan.places().namesKnownPlace()) {
            return notGrounded(withReport(composer.notFound(), reportKind), id, reportKind);
        }
        List<Citation> cards = new ArrayList<>();
        List<SourceInfo> sources = new ArrayList<>();
        for (Passage p : index.retrieve(plan.withLimit(50))) {
            if (p.chunk().anchor().equals(SectionChunker.CARD_ANCHOR)) {
                cards.add(composer.citation(p.chunk(), p.text()));
                sources.add(p.source());
            }
        }
        if (sources.isEmpty()) {
            return notGrounded(composer.notFound(), id, reportKind);
        }
        return new ChatAnswer(withReport(composer.overview(sources), reportKind), true, cards, id, MODE, reportKind);
    }

    /** "Ai ký kế hoạch…?" / "Kế hoạch… ban hành ngày nào?": answered from the document's identification. */
    private Optional<ChatAnswer> answerFromIdentification(SearchPlan plan, QuestionType type, FoldedText folded, List<Passage> passages,
            String id, Optional<String> reportKind, String preface) {
        boolean signer = type == QuestionType.SIGNER;
        boolean issued = type == QuestionType.WHEN && ISSUE_QUESTION.matcher(folded.folded()).find()
                && !OTHER_INSTRUMENT.matcher(folded.folded()).find();
        List<Passage> documents = documentsOf(passages);
        if ((!signer && !issued) || documents.isEmpty()) {
            return Optional.empty();
        }
        SourceInfo source = documents.get(0).source();
        if (issued && !NUMBER.matcher(folded.folded()).results().allMatch(n -> source.number().contains(n.group()))) {
            return Optional.empty();
        }
        Optional<IndexChunk> card = index.chunk(source.documentId(), SectionChunker.CARD_ANCHOR);
        if (card.isEmpty() || (!plan.places().namesKnownPlace() && !describes(card.get(), plan))) {
            return Optional.empty();
        }
        if (signer && !source.signer().isEmpty()) {
            String line = SectionChunker.signerLine(source.signer(), source.signedFor());
            Citation c = composer.citation(card.get(), line);
            return Optional.of(new ChatAnswer(withReport(composer.signer(source, line), reportKind, preface), true, List.of(c), id, MODE, reportKind));
        }
        if (issued) {
            if (source.issued().isEmpty()) {
                return Optional.of(notGrounded(composer.noIssueDate(source), id, reportKind));
            }
            String line = SectionChunker.issuedLine(source.issued());
            Citation c = composer.citation(card.get(), line);
            return Optional.of(new ChatAnswer(withReport(composer.issued(source, line), reportKind, preface), true, List.of(c), id, MODE, reportKind));
        }
        return Optional.empty();
    }

    /**
     * Whether every word of a question naming no place is on a document's identification card ("Ai ký kế hoạch
     * thực hiện Chỉ thị 38 của Ban Thường vụ Tỉnh ủy?"); "xa tan thanh ai ky ke hoach" names another plan.
     */
    private static boolean describes(IndexChunk card, SearchPlan plan) {
        Set<String> words = new HashSet<>(List.of(VietnameseFolding.fold(card.text()).split("[^\\p{L}\\p{N}]+")));
        return plan.terms().stream().allMatch(t -> t.weak() || words.contains(t.folded()));
    }

    /**
     * "Kế hoạch của … căn cứ / thực hiện / triển khai văn bản nào?": a plan states what it is based on in its
     * preamble ("Căn cứ Kế hoạch số 37/KH-UBND…", "Thực hiện Chỉ thị số 38-CT/TW…"), which is quoted when the
     * question names one plan (by place or number).
     */
    private Optional<ChatAnswer> answerBasis(FoldedText folded, List<Passage> passages, String id, Optional<String> reportKind,
            String preface) {
        List<Passage> documents = documentsOf(passages);
        if (documents.isEmpty() || !BASIS_QUESTION.matcher(folded.folded()).find()
                || documents.stream().map(p -> p.source().documentId()).distinct().count() != 1) {
            return Optional.empty();
        }
        Optional<IndexChunk> preamble = index.chunk(documents.get(0).source().documentId(), Section.PREAMBLE_ANCHOR);
        if (preamble.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String line : preamble.get().text().split("\n")) {
            if (BASIS_LINE.matcher(line.strip()).find()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Extraction extraction = new Extraction(true, 1, List.of(new ExtractiveAnswerer.Quote(new Passage(preamble.get(), 1), lines)),
                Optional.empty());
        return Optional.of(new ChatAnswer(withReport(composer.grounded(extraction, QuestionType.GENERAL), reportKind, preface), true,
                composer.citations(extraction), id, MODE, reportKind));
    }

    /** The passages of directives and plans (an article has no identification card, preamble or basis). */
    private static List<Passage> documentsOf(List<Passage> passages) {
        return passages.stream().filter(p -> p.source().type() == SourceType.DOCUMENT).toList();
    }

    private String withReport(String text, Optional<String> reportKind) {
        return withReport(text, reportKind, "");
    }

    /** The report guidance (when reporting), then the preface (when any), then the answer. */
    private String withReport(String text, Optional<String> reportKind, String preface) {
        String body = preface.isEmpty() ? text : preface + "\n" + text;
        return reportKind.map(code -> composer.reportGuidance(code, reports.label(code)) + "\n" + body).orElse(body);
    }

    private static ChatAnswer notGrounded(String text, String id, Optional<String> reportKind) {
        return new ChatAnswer(text, false, List.of(), id, MODE, reportKind);
    }

}
