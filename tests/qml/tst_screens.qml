import QtQuick
import QtTest
import Qinqing
import Qinqing.Ui

// Renders the real screens, taps them as a child would, and checks that
// targets are big and no text is cut off.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: home
        HomeScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: classGrid
        ClassGridScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: childGrid
        ChildGridScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: greeting
        GreetingScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: mood
        MoodScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: pin
        TeacherPinScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: room
        TeacherRoomScreen {
            anchors.fill: parent
        }
    }

    Component {
        id: mailWho
        MailWhoScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: mailWrite
        MailWriteScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: mailSent
        MailSentScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: mailUnlock
        MailUnlockScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: mailInbox
        MailInboxScreen {
            anchors.fill: parent
        }
    }

    Component {
        id: libraryHome
        LibraryScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: libraryShelf
        LibraryShelfScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: libraryConfirm
        LibraryConfirmScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: libraryBorrowed
        LibraryBorrowedScreen {
            anchors.fill: parent
        }
    }
    Component {
        id: libraryReturned
        LibraryReturnedScreen {
            anchors.fill: parent
        }
    }

    Component {
        id: importScreen
        ImportScreen {
            anchors.fill: parent
        }
    }

    Component {
        id: kioskWindow
        Main {
        }
    }

    TestCase {
        name: "Screens"
        when: windowShown

        function texts(item, out) {
            if (item instanceof Text && item.visible && item.text !== "")
                out.push(item);
            for (let i = 0; i < item.children.length; ++i)
                texts(item.children[i], out);
            return out;
        }
        function verifyNothingCutOff(screen) {
            for (const t of texts(screen, []))
                verify(!t.truncated, "cut off: " + t.text);
        }
        property Item current: null
        function show(component) {
            if (current)
                current.visible = false; // one screen at a time, as in Main.qml
            const screen = createTemporaryObject(component, root);
            current = screen;
            verify(screen);
            waitForRendering(screen);
            return screen;
        }
        function tapDelegate(grid, index) {
            tryVerify(() => grid.itemAtIndex(index) !== null);
            mouseClick(grid.itemAtIndex(index));
        }

        function test_1_home_has_big_tiles_and_opens_the_class_grid() {
            Kiosk.goHome();
            const screen = show(home);
            verify(findChild(screen, "signInTile").height >= 2 * Theme.touchMin);
            for (const name of ["callsTile", "mailboxTile", "libraryTile", "teacherButton"])
                verify(findChild(screen, name).height >= Theme.touchMin, name);
            verifyNothingCutOff(screen);
            mouseClick(findChild(screen, "callsTile"));
            compare(Kiosk.screen, Kiosk.Calls);
            Kiosk.goHome();
            mouseClick(findChild(screen, "mailboxTile"));
            compare(Kiosk.screen, Kiosk.Home);
            verify(Kiosk.message !== ""); // coming soon
            mouseClick(findChild(screen, "signInTile"));
            compare(Kiosk.screen, Kiosk.Classes);
        }

        function test_2_class_then_photo_signs_in_with_a_greeting() {
            const classes = show(classGrid);
            verifyNothingCutOff(classes);
            const classList = findChild(classes, "classGrid");
            compare(classList.count, 6);
            tapDelegate(classList, 0);
            compare(Kiosk.screen, Kiosk.Photos);
            const children = show(childGrid);
            const photos = findChild(children, "childGrid");
            compare(photos.count, 20);
            tryVerify(() => photos.itemAtIndex(0) !== null);
            verify(photos.itemAtIndex(0).width >= Theme.touchMin);
            verify(photos.itemAtIndex(0).height >= Theme.touchMin);
            verifyNothingCutOff(children);
            tapDelegate(photos, 0);
            compare(Kiosk.errorMessage, "");
            compare(Kiosk.screen, Kiosk.Greeting);
            verify(Kiosk.childName !== "");
            const hello = show(greeting);
            verify(findChild(hello, "greetingText").text.indexOf(Kiosk.childName) >= 0);
            verifyNothingCutOff(hello);
            mouseClick(findChild(hello, "okButton"));
            compare(Kiosk.screen, Kiosk.Mood);
        }

        function test_3_mood_faces_are_big_and_store_the_choice() {
            const faces = show(mood);
            for (let m = 1; m <= 5; ++m) {
                const face = findChild(faces, "mood" + m);
                verify(face.width >= Theme.touchMin && face.height >= Theme.touchMin);
            }
            verifyNothingCutOff(faces);
            mouseClick(findChild(faces, "mood4"));
            compare(Kiosk.screen, Kiosk.Home);
        }

        function test_4_teacher_pin_opens_the_room_list() {
            Kiosk.openTeacher();
            const door = show(pin);
            verifyNothingCutOff(door);
            for (const key of ["1", "2", "3", "4"])
                mouseClick(findChild(door, "pinKey_" + key));
            mouseClick(findChild(door, "pinKey_OK"));
            compare(Kiosk.screen, Kiosk.TeacherRoom);
            const list = show(room);
            compare(Teacher.inRoomCount, 1);
            verify(findChild(list, "roomList").count === 1);
            verifyNothingCutOff(list);
            mouseClick(findChild(list, "exportToday"));
            verify(Teacher.notice !== "");
            Teacher.leave();
            compare(Kiosk.screen, Kiosk.Home);
        }

        function test_5_a_wrong_pin_says_so() {
            Kiosk.openTeacher();
            const door = show(pin);
            for (const key of ["9", "9", "9", "9", "OK"])
                mouseClick(findChild(door, "pinKey_" + key));
            compare(Kiosk.screen, Kiosk.TeacherPin);
            verify(findChild(door, "pinMessage").text !== "");
            Kiosk.goHome();
        }

        function test_6_a_message_on_screen_takes_taps_before_the_screen_behind() {
            Kiosk.goHome();
            const win = createTemporaryObject(kioskWindow, root);
            verify(win);
            waitForRendering(win.contentItem);
            const signIn = findChild(win.contentItem, "signInTile");
            verify(signIn);
            Kiosk.chooseClass("no-such-class");
            verify(Kiosk.errorMessage !== "");
            tryVerify(() => findChild(win.contentItem, "errorOk") !== null);
            waitForRendering(win.contentItem);
            mouseClick(signIn);
            compare(Kiosk.screen, Kiosk.Home, "the tap went through the message");
            mouseClick(findChild(win.contentItem, "errorOk"));
            compare(Kiosk.errorMessage, "");
            mouseClick(signIn);
            compare(Kiosk.screen, Kiosk.Classes);
            Kiosk.goHome();
        }
        function test_6b_a_smaller_screen_shows_the_whole_stage_scaled() {
            Kiosk.goHome();
            const win = createTemporaryObject(kioskWindow, root, {
                width: 1280,
                height: 720
            });
            verify(win);
            waitForRendering(win.contentItem);
            const stage = findChild(win.contentItem, "stage");
            compare(stage.scale, 0.9);
            // The whole home screen fits: its bottom tile ends inside the window.
            const tile = findChild(win.contentItem, "libraryTile");
            const bottom = tile.mapToItem(win.contentItem, 0, tile.height).y;
            verify(bottom <= 720, "the library tile ends at " + bottom);
            verify(bottom > 600, "the stage is not shrunk too far: " + bottom);
            const image = grabImage(win.contentItem);
            compare(image.height, 720);
            mouseClick(tile);
            compare(Kiosk.screen, Kiosk.Library, "taps land on the scaled tile");
            Kiosk.goHome();
        }
        function typeText(text) {
            for (const c of text)
                keyClick(c === " " ? Qt.Key_Space : c);
        }

        function test_7_a_child_writes_with_the_pinyin_keys_and_sends() {
            Mail.setUp("王老师", "the river runs east", "the river runs east");
            Kiosk.goHome();
            Mail.open();
            compare(Kiosk.screen, Kiosk.MailWho);
            const who = show(mailWho);
            verifyNothingCutOff(who);
            mouseClick(findChild(who, "withoutMyName"));
            compare(Kiosk.screen, Kiosk.MailWrite);
            const page = show(mailWrite);
            verifyNothingCutOff(page);
            for (const key of ["n", "i", "h", "a", "o"]) {
                const button = findChild(page, "key_" + key);
                verify(button.height >= 64 && button.width >= 64, "key " + key + " is big enough to hit");
                mouseClick(button);
            }
            compare(findChild(page, "pinyinSpelling").text, "nihao");
            tryVerify(() => findChild(page, "candidate0") !== null);
            const first = findChild(page, "candidate0");
            const characters = first.text;
            verify(characters.length >= 1);
            mouseClick(first);
            compare(Mail.draft, characters);
            compare(findChild(page, "letterText").text, characters);
            mouseClick(findChild(page, "key_backspace"));
            compare(Mail.draft, characters.slice(0, -1));
            mouseClick(findChild(page, "feeling4"));
            compare(Mail.feeling, 4);
            mouseClick(findChild(page, "key_h"));
            mouseClick(findChild(page, "key_space")); // space takes the first characters of a spelling
            verify(Mail.draft.length > characters.length - 1);
            const waiting = Mail.waitingCount;
            mouseClick(findChild(page, "sendLetter"));
            compare(Kiosk.screen, Kiosk.MailSent);
            compare(Mail.waitingCount, waiting + 1);
            compare(Mail.draft, "");
            const sent = show(mailSent);
            verifyNothingCutOff(sent);
            mouseClick(findChild(sent, "sentDone"));
            compare(Kiosk.screen, Kiosk.Home);
        }

        function test_8_the_counselor_unlocks_by_typing_and_sees_the_inbox() {
            Mail.openCounselor();
            compare(Kiosk.screen, Kiosk.MailUnlock);
            let door = show(mailUnlock);
            verifyNothingCutOff(door);
            let field = findChild(door, "unlockPassphrase");
            field.input.forceActiveFocus();
            typeText("the river runs east");
            mouseClick(findChild(door, "unlockButton"));
            verify(Mail.unlocked, Mail.counselorProblem);
            compare(field.text, "", "the passphrase does not stay on screen");
            compare(Kiosk.screen, Kiosk.MailInbox);
            const inbox = show(mailInbox);
            verifyNothingCutOff(inbox);
            tryVerify(() => findChild(inbox, "inboxList").count >= 1);
            mouseClick(findChild(inbox, "lockMailbox"));
            verify(!Mail.unlocked);
            compare(Kiosk.screen, Kiosk.Home);

            // A wrong passphrase: a message, and nothing opens.
            Mail.openCounselor();
            door = show(mailUnlock);
            field = findChild(door, "unlockPassphrase");
            field.input.forceActiveFocus();
            typeText("wrong words");
            mouseClick(findChild(door, "unlockButton"));
            verify(!Mail.unlocked);
            verify(findChild(door, "unlockProblem").text !== "");
            compare(Kiosk.screen, Kiosk.MailUnlock);
            Kiosk.goHome();
        }
        // The column-mapping step by taps: the file's unknown columns show
        // with the kiosk's guesses; a tap on one opens the choices, a tap on a
        // choice maps it; the suggestions for the rest, then the rows import.
        function test_8b_the_teacher_says_what_unknown_columns_hold_by_tapping() {
            Kiosk.openTeacher();
            Teacher.submitPin("1234");
            RosterAdmin.openImport();
            compare(Kiosk.screen, Kiosk.Import);
            const screen = show(importScreen);
            const files = findChild(screen, "importFiles");
            tryVerify(() => files.count === 1);
            tapDelegate(files, 0);
            verify(RosterAdmin.mappingShown);
            verify(!RosterAdmin.canApplyImport);
            waitForRendering(screen);
            const columns = findChild(screen, "importColumns");
            tryVerify(() => columns.count === 4);
            const firstChoice = findChild(screen, "columnChoice0");
            verify(firstChoice && firstChoice.visible);
            verify(firstChoice.height >= 80, "a big target: " + firstChoice.height);
            mouseClick(firstChoice);
            const nameChoice = findChild(screen, "field_name");
            tryVerify(() => nameChoice.visible);
            mouseClick(nameChoice);
            tryVerify(() => findChild(screen, "importColumns").visible);
            const useGuesses = findChild(screen, "useGuesses");
            tryVerify(() => useGuesses.visible);
            mouseClick(useGuesses);
            tryVerify(() => RosterAdmin.canApplyImport);
            verify(!RosterAdmin.mappingNeeded);
            verifyNothingCutOff(screen);
            mouseClick(findChild(screen, "showColumns"));
            verify(!RosterAdmin.mappingShown);
            const apply = findChild(screen, "applyImport");
            tryVerify(() => apply.visible && apply.enabled);
            mouseClick(apply);
            compare(Kiosk.screen, Kiosk.Roster);
            verify(RosterAdmin.notice !== "");
            Teacher.leave();
            compare(Kiosk.screen, Kiosk.Home);
        }

        function test_9_a_child_borrows_by_tapping_then_returns_and_rates() {
            Kiosk.goHome();
            Library.open();
            const corner = show(libraryHome);
            verifyNothingCutOff(corner);
            verify(findChild(corner, "borrowTile").height >= 2 * Theme.touchMin);
            mouseClick(findChild(corner, "borrowTile"));
            compare(Kiosk.screen, Kiosk.Classes);
            tapDelegate(findChild(show(classGrid), "classGrid"), 0);
            tapDelegate(findChild(show(childGrid), "childGrid"), 1);
            compare(Kiosk.screen, Kiosk.LibraryShelf);
            const shelfScreen = show(libraryShelf);
            verifyNothingCutOff(shelfScreen);
            const shelf = findChild(shelfScreen, "shelf");
            compare(shelf.count, 1);
            tapDelegate(shelf, 0);
            compare(Kiosk.screen, Kiosk.LibraryConfirm);
            let confirm = show(libraryConfirm);
            verify(Library.needsSticker, "two copies on the shelf: the sticker says which");
            mouseClick(findChild(confirm, "borrowYes"));
            compare(Kiosk.screen, Kiosk.LibraryConfirm, "not without the sticker");
            Library.codeScanned("QB0000026");
            verify(!Library.needsSticker);
            confirm = show(libraryConfirm);
            verifyNothingCutOff(confirm);
            mouseClick(findChild(confirm, "borrowYes"));
            compare(Kiosk.screen, Kiosk.LibraryBorrowed);
            const borrowed = show(libraryBorrowed);
            verify(findChild(borrowed, "dueText").text.indexOf(Library.dueText) >= 0);
            verifyNothingCutOff(borrowed);
            mouseClick(findChild(borrowed, "borrowedDone"));
            compare(Kiosk.screen, Kiosk.Home);

            Library.startReturn();
            compare(Kiosk.screen, Kiosk.LibraryReturn);
            Library.codeScanned("QB0000026");
            compare(Kiosk.screen, Kiosk.LibraryReturned);
            const thanks = show(libraryReturned);
            verifyNothingCutOff(thanks);
            verify(findChild(thanks, "rate5").width >= Theme.touchMin);
            mouseClick(findChild(thanks, "rate5"));
            compare(Library.rating, 5);
            mouseClick(findChild(thanks, "returnedDone"));
            compare(Kiosk.screen, Kiosk.Home);
        }
    }
}
