package cl.slep.encuentros.demo;

import cl.slep.encuentros.encuentros.Answer;
import java.time.LocalTime;
import java.util.List;

/** One line of {@code demo/participants.csv}. {@code arrivedYesterday} is null if they did not come. */
record DemoPerson(long telegramUserId, String fullName, int rbd, String establishmentName, String roleCode,
        List<String> networkCodes, Answer upcomingAnswer, Answer pastAnswer, LocalTime arrivedYesterday) {

    DemoPerson {
        networkCodes = List.copyOf(networkCodes);
    }
}
