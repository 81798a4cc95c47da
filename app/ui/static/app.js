// Keyboard shortcuts of the review UI. Pages work without this file: every shortcut clicks a
// link or a button that is on the page anyway.
//   j / k   next / previous conflict (on the queue: move through the list, Enter opens)
//   c / d   confirm / dismiss the conflict shown (with the note typed, if any)
//   /       search
(function () {
  "use strict";

  function typing(target) {
    return target instanceof Element && target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  function click(id) {
    var element = document.getElementById(id);
    if (!element || element.disabled) {
      return false;
    }
    element.click();
    return true;
  }

  // on the queue, j and k move a selection through the conflicts
  var selected = -1;
  function moveInQueue(step) {
    var links = document.querySelectorAll(".queue-link");
    if (links.length === 0) {
      return false;
    }
    if (selected >= 0 && selected < links.length) {
      links[selected].closest(".queue-item").classList.remove("selected");
    }
    selected = Math.max(0, Math.min(links.length - 1, selected + step));
    links[selected].closest(".queue-item").classList.add("selected");
    links[selected].focus();
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === "Escape") {
        event.target.blur();
      }
      return;
    }
    var handled = false;
    switch (event.key) {
      case "/":
        var search = document.getElementById("search");
        if (search) {
          search.focus();
          search.select();
          handled = true;
        }
        break;
      case "j":
        handled = click("next-conflict") || moveInQueue(1);
        break;
      case "k":
        handled = click("previous-conflict") || moveInQueue(-1);
        break;
      case "c":
        handled = click("confirm-button");
        break;
      case "d":
        handled = click("dismiss-button");
        break;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  // a review htmx could not show (the conflict is gone, the post was refused): say so in the
  // decision line rather than leave the click without an answer
  document.addEventListener("htmx:responseError", function (event) {
    var status = document.getElementById("review-status");
    if (status) {
      status.textContent = "not recorded (error " + event.detail.xhr.status + "): reload the page";
    }
  });

  // the queue's list is swapped by htmx when a filter changes: start the selection anew
  document.addEventListener("htmx:afterSwap", function () {
    selected = -1;
  });
})();
