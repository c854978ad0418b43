package cl.slep.encuentros.simulator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the static web chat at a short address, and is the demo's home page. */
@Controller
@SimulatorMode
class WebChatPage {

    @GetMapping({"/simulador", "/simulador/"})
    String page() {
        return "forward:/simulador/index.html";
    }

    /** Whoever opens the demo's bare address wants the chat; in real mode there is nothing at "/". */
    @GetMapping("/")
    String home() {
        return "redirect:/simulador";
    }
}
