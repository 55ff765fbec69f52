package vn.tdc.portal.metrology.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.RegisterQuestion;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitView;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the residents' questions the register of a ward holds the answer to ({@link RegisterQuestion}): whether
 * an instrument — by its code, or at a stall of a named place — is verified and until when, and whether a place has a
 * reference scale and where. Yes/no questions are answered first with "Có."/"Không.", then the evidence, each entry
 * cited with the link to its QR page. What the register does not hold is said as such, never guessed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterAnswers {

    /** Instruments named one by one in an answer about a whole place. */
    static final int MAX_LISTED = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String REPORT_KIND = "phuong-tien-do";

    @Inject
    MetrologyRepository repository;

    @Inject
    InstrumentLookup lookup;

    /** The places of each ward as questions name them, kept {@value #KEEP_SECONDS} s: most questions are no register's. */
    private final Cache<Long, List<RegisterQuestion.NamedPlace>> placeNames = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .build();

    static final int KEEP_SECONDS = 60;

    /** The register's answer to {@code question} asked on {@code ward}; empty when it is no question for the register. */
    public Optional<RegisterAnswer> answer(String question, UnitView ward) {
        if (!ward.isWard() || !RegisterQuestion.asksAboutVerification(question)) {
            return Optional.empty();
        }
        List<RegisterQuestion.NamedPlace> named = placeNames.get(ward.id(), id -> repository.placesOf(List.of(id))
                .stream().map(p -> new RegisterQuestion.NamedPlace(p.id(), spoken(p.name()))).toList());
        Optional<RegisterQuestion> parsed = RegisterQuestion.parse(question, named);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, TradePlace> places = repository.placesOf(List.of(ward.id())).stream()
                .collect(Collectors.toMap(TradePlace::id, Function.identity()));
        if (parsed.get().placeId().filter(id -> !places.containsKey(id)).isPresent()) {
            return Optional.empty();
        }
        RegisterQuestion asked = parsed.get();
        LocalDate today = PortalTime.today();
        Map<String, String> typeNames = repository.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, InstrumentType::name));
        Context context = new Context(ward, places, typeNames, today);
        if (asked.code().isPresent()) {
            Optional<MeasuringInstrument> instrument = repository.instrument(asked.code().get())
                    .filter(i -> i.unitId() == ward.id());
            if (instrument.isPresent()) {
                return Optional.of(asked.intent() == RegisterQuestion.Intent.REFERENCE_SCALE
                        ? referenceNear(instrument.get(), context) : aboutInstruments(List.of(instrument.get()), context));
            }
            if (asked.placeId().isEmpty()) {
                if (!RegisterQuestion.mentionsCode(question)) {
                    return Optional.empty();
                }
                return Optional.of(notInRegister(Messages.format("ask.register.unknown_code",
                        asked.code().get().grouped(), ward.name())));
            }
        }
        TradePlace place = places.get(asked.placeId().orElseThrow());
        List<MeasuringInstrument> atPlace = repository.instrumentsAt(List.of(place.id()));
        if (asked.intent() == RegisterQuestion.Intent.REFERENCE_SCALE) {
            return Optional.of(referenceAt(place, atPlace, context));
        }
        if (asked.stall().isPresent()) {
            String stall = asked.stall().get();
            List<MeasuringInstrument> atStall = atPlace.stream()
                    .filter(i -> spoken(i.stall()).replaceAll("^(sap|quay|kiot|ki ot)( so)? ", "").equals(stall))
                    .toList();
            if (atStall.isEmpty()) {
                return Optional.of(notInRegister(Messages.format("ask.register.no_instrument_at_stall", ward.name(),
                        stall, place.name())));
            }
            return Optional.of(aboutInstruments(atStall, context));
        }
        return Optional.of(aboutPlace(place, atPlace, context));
    }

    private record Context(UnitView ward, Map<Long, TradePlace> places, Map<String, String> typeNames,
                           LocalDate today) {
    }

    /** Instruments named one by one: "Có." when all may be used, "Không." otherwise. */
    private RegisterAnswer aboutInstruments(List<MeasuringInstrument> instruments, Context context) {
        boolean allUsable = instruments.stream().allMatch(i -> i.stateOn(context.today()).usable());
        List<RegisterAnswer.Source> sources = new ArrayList<>();
        StringBuilder text = new StringBuilder(Messages.get(allUsable ? "ask.register.yes" : "ask.register.no"));
        for (MeasuringInstrument instrument : instruments) {
            String sentence = sentence(instrument, context);
            text.append(' ').append(sentence);
            sources.add(source(instrument, sentence, context));
        }
        return new RegisterAnswer(text.toString(), true, sources, allUsable ? null : REPORT_KIND);
    }

    /** A place as a whole: how many of its instruments may be used, and the ones that may not. */
    private RegisterAnswer aboutPlace(TradePlace place, List<MeasuringInstrument> instruments, Context context) {
        if (instruments.isEmpty()) {
            return notInRegister(Messages.format("ask.register.no_instrument_at_place", context.ward().name(),
                    place.name()));
        }
        List<MeasuringInstrument> unusable = instruments.stream()
                .filter(i -> !i.stateOn(context.today()).usable()).toList();
        int usable = instruments.size() - unusable.size();
        StringBuilder text = new StringBuilder(Messages.get(unusable.isEmpty() ? "ask.register.yes" : "ask.register.no"))
                .append(' ').append(Messages.format("ask.register.place_share", place.name(), usable,
                        instruments.size(), (int) (100L * usable / instruments.size())));
        List<RegisterAnswer.Source> sources = new ArrayList<>();
        for (MeasuringInstrument instrument : unusable.stream().limit(MAX_LISTED).toList()) {
            String sentence = sentence(instrument, context);
            text.append(' ').append(sentence);
            sources.add(source(instrument, sentence, context));
        }
        if (unusable.size() > MAX_LISTED) {
            text.append(' ').append(Messages.format("ask.register.more", unusable.size() - MAX_LISTED));
        }
        if (sources.isEmpty()) {
            sources.add(new RegisterAnswer.Source(documentId(context), title(context), context.ward().name(),
                    place.name(), text.toString(), "/phuong-tien-do"));
        }
        return new RegisterAnswer(text.toString(), true, sources, unusable.isEmpty() ? null : REPORT_KIND);
    }

    /** The reference scales of a place, or the nearest of the ward when it has none. */
    private RegisterAnswer referenceAt(TradePlace place, List<MeasuringInstrument> atPlace, Context context) {
        List<MeasuringInstrument> scales = atPlace.stream().filter(MeasuringInstrument::referenceScale).toList();
        if (!scales.isEmpty()) {
            StringBuilder text = new StringBuilder(Messages.get("ask.register.yes")).append(' ')
                    .append(Messages.format("ask.register.reference_at", place.name()));
            List<RegisterAnswer.Source> sources = new ArrayList<>();
            for (MeasuringInstrument scale : scales) {
                String sentence = referenceSentence(scale, context);
                text.append(' ').append(sentence);
                sources.add(source(scale, sentence, context));
            }
            return new RegisterAnswer(text.toString(), true, sources, null);
        }
        String none = Messages.get("ask.register.no") + ' '
                + Messages.format("ask.register.no_reference_at", context.ward().name(), place.name());
        Optional<MeasuringInstrument> elsewhere = repository.referenceScalesAt(context.places().keySet()).stream()
                .filter(s -> s.stateOn(context.today()).usable())
                .findFirst();
        if (elsewhere.isEmpty()) {
            return new RegisterAnswer(none, false, List.of(), null);
        }
        String sentence = referenceSentence(elsewhere.get(), context);
        return new RegisterAnswer(none + ' ' + Messages.get("ask.register.reference_elsewhere") + ' ' + sentence,
                true, List.of(source(elsewhere.get(), sentence, context)), null);
    }

    /** The reference scale nearest to an instrument (the one its QR page shows). */
    private RegisterAnswer referenceNear(MeasuringInstrument instrument, Context context) {
        Optional<MeasuringInstrument> scale = lookup.nearestScale(instrument, context.places(), context.today());
        if (scale.isEmpty()) {
            return new RegisterAnswer(Messages.get("ask.register.no") + ' ' + Messages.format(
                    "ask.register.no_reference_in_ward", context.ward().name()), false, List.of(), null);
        }
        String sentence = referenceSentence(scale.get(), context);
        return new RegisterAnswer(Messages.get("ask.register.yes") + ' ' + sentence, true,
                List.of(source(scale.get(), sentence, context)), null);
    }

    private RegisterAnswer notInRegister(String text) {
        return new RegisterAnswer(text, false, List.of(), REPORT_KIND);
    }

    /** "Cân điện tử ở sạp 12, Chợ Đông Cứu: đã kiểm định ngày …, còn hạn đến …." */
    private String sentence(MeasuringInstrument instrument, Context context) {
        VerificationState state = instrument.stateOn(context.today());
        String verified = instrument.verifiedOn() == null ? "" : DAY.format(instrument.verifiedOn());
        String due = instrument.dueOn() == null ? "" : DAY.format(instrument.dueOn());
        String stateKey = state == VerificationState.OVERDUE && instrument.verifiedOn() == null
                ? "chua-kiem-dinh" : state.code();
        String status = Messages.format("ask.register.state." + stateKey, verified, due,
                instrument.certificateNo().isBlank() ? "" : Messages.format("ask.register.certificate",
                        instrument.certificateNo()));
        return Messages.format("ask.register.instrument", typeName(instrument, context), where(instrument, context),
                status);
    }

    private String referenceSentence(MeasuringInstrument scale, Context context) {
        VerificationState state = scale.stateOn(context.today());
        String due = scale.dueOn() == null ? "" : DAY.format(scale.dueOn());
        String stateKey = state == VerificationState.OVERDUE && scale.verifiedOn() == null
                ? "chua-kiem-dinh" : state.code();
        return Messages.format("ask.register.reference", where(scale, context),
                scale.capacity().isBlank() ? "—" : scale.capacity(),
                scale.openingHours().isBlank() ? "—" : scale.openingHours(),
                Messages.format("ask.register.state." + stateKey,
                        scale.verifiedOn() == null ? "" : DAY.format(scale.verifiedOn()), due, ""));
    }

    private static String where(MeasuringInstrument instrument, Context context) {
        TradePlace place = context.places().get(instrument.placeId());
        String name = place == null ? "" : place.name();
        if (instrument.stall().isBlank()) {
            return name;
        }
        boolean named = spoken(instrument.stall()).matches("(sap|quay|kiot|ki ot|gian hang)\\b.*");
        return Messages.format(named ? "ask.register.named_stall" : "ask.register.stall", instrument.stall(), name);
    }

    private static String typeName(MeasuringInstrument instrument, Context context) {
        return context.typeNames().getOrDefault(instrument.typeCode(), instrument.typeCode());
    }

    private RegisterAnswer.Source source(MeasuringInstrument instrument, String excerpt, Context context) {
        return new RegisterAnswer.Source(documentId(context), title(context), context.ward().name(),
                where(instrument, context) + " — " + instrument.code().grouped(), excerpt,
                "/phuong-tien-do/" + instrument.code().value());
    }

    private static String documentId(Context context) {
        return "so-phuong-tien-do-" + context.ward().slug();
    }

    private static String title(Context context) {
        return Messages.format("ask.register.title", context.ward().name());
    }

    /** A name as the question parser compares it: folded, punctuation as spaces. */
    static String spoken(String name) {
        return VietnameseFolding.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
