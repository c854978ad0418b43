package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Check-in by QR through the real TelegramBots client and the emulator: the coordinator gets the code as a photo,
 * the picture Telegram received decodes to the deep link, and opening it marks the participant present. The
 * encuentro starts half an hour from now, inside the check-in window (it opens an hour before), so the real clock
 * serves: the window's edges are tested in the harness with a clock moved by hand.
 */
class CheckInEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Autowired
    Participants participants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Encuentros encuentros;

    @Autowired
    CivilTime civilTime;

    @Test
    void theCoordinatorsQrCodeOpensTheDeepLinkThatMarksTheParticipantPresent() throws Exception {
        Set<Long> epja = Set.of(catalogue.networkByCode("EPJA").orElseThrow().id());
        SimulatedUser irene = newUser("Irene");
        participants.register(new RegistrationForm(irene.id(), "Irene Castillo Lagos", null, "Escuela de prueba",
                SchoolRole.of("DOCENTE"), epja, Instant.now()));
        SimulatedUser coordinator = newUser("Coordinación");
        staff.setCoordinatedNetworks(coordinator.id(), epja);
        RegistrationDriver coordination = new RegistrationDriver(telegram, coordinator);
        RegistrationDriver member = new RegistrationDriver(telegram, irene);
        // Telegram lets a bot write only to those who wrote to it first (the invitation goes to Irene).
        member.says("/ayuda");
        member.awaitLastContaining("/encuentros");
        LocalDateTime start = civilTime.now().plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        long encuentro = encuentros.createDraft(coordinator.id(), new EncuentroDraft("Encuentro EPJA: llegada con QR",
                "Programa", "Liceo de Adultos", "Av. Tadeo Haenke 2000, Iquique", null, null, null, start,
                start.plusHours(2), epja)).id();
        encuentros.publish(coordinator.id(), encuentro);

        coordination.says("/asistencia");
        coordination.awaitLastContaining("¿De qué encuentro");
        coordination.taps("Encuentro EPJA: llegada con QR");
        coordination.taps("Código QR");

        ChatMessage photo = eventually().until(() -> telegram.botMessages(coordinator.id()).stream()
                .filter(message -> "photo".equals(message.kind())).findFirst().orElse(null), message -> message != null);
        String link = "https://t.me/" + telegram.username() + "?start="
                + encuentros.find(encuentro).orElseThrow().checkInCode().startPayload();
        assertThat(photo.caption()).contains("Encuentro EPJA: llegada con QR", "Proyecta este código", link);
        byte[] png = emulator().emulator().fileContent(photo.fileId()).orElseThrow();
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png)))))).getText()).isEqualTo(link);

        member.says("/start " + link.substring(link.indexOf("start=") + "start=".length()));

        assertThat(member.awaitLastContaining("Llegada registrada").text()).contains("Encuentro EPJA: llegada con QR");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM invitation i JOIN participant p ON p.id = i.participant_id
                WHERE i.encuentro_id = ? AND p.telegram_user_id = ? AND i.checked_in_at IS NOT NULL AND NOT i.guest""",
                Integer.class, encuentro, irene.id())).isOne();
    }
}
