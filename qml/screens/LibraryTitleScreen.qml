import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// One title for the teacher: its details (scan the ISBN on the back cover, or
// type it), a photo of the cover, its copies with their stickers, and labels.
Item {
    id: screen

    property var focused: null
    readonly property bool adding: Library.editId === ""

    function type(text) {
        if (focused)
            focused.insert(focused.cursorPosition, text);
    }
    function erase() {
        if (focused && focused.cursorPosition > 0)
            focused.remove(focused.cursorPosition - 1, focused.cursorPosition);
    }
    function save() {
        Library.saveTitle(isbnField.text, titleField.text, authorField.text, publisherField.text, ageField.text,
                          categoryField.text, parseInt(copiesField.text) || 0);
    }

    Connections {
        target: Mail
        function onFieldText(text) {
            screen.type(text);
        }
        function onFieldBackspace() {
            screen.erase();
        }
    }
    // A scanned ISBN fills the field; a saved title shows as saved.
    Connections {
        target: Library
        function onEditChanged() {
            isbnField.text = Library.editIsbn;
            titleField.text = Library.editTitle;
            authorField.text = Library.editAuthor;
            publisherField.text = Library.editPublisher;
            ageField.text = Library.editAgeBand;
            categoryField.text = Library.editCategory;
        }
    }
    Component.onCompleted: Library.editChanged()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: screen.adding ? qsTr("A new book") : Library.editTitle
            subtitle: screen.adding ? qsTr("Scan the ISBN on the back cover, or type it.") : qsTr("ISBN %1").arg(Library.editIsbn === "" ? "—" : Library.editIsbn)
            onBackClicked: Library.openCatalog()

            QqButton {
                visible: screen.focused !== null
                text: qsTr("Keyboard away")
                iconName: "keyboard"
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: {
                    screen.focused.focus = false;
                    screen.focused = null;
                }
            }
            QqButton {
                objectName: "saveTitle"
                text: qsTr("Save")
                iconName: "edit"
                tint: Theme.library
                onClicked: screen.save()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.topMargin: 12
            Layout.bottomMargin: 0
            columns: 3
            columnSpacing: Theme.spacing
            rowSpacing: 4
            QqField {
                id: isbnField
                objectName: "isbnField"
                Layout.fillWidth: true
                label: qsTr("ISBN")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                label: qsTr("Title")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: authorField
                Layout.fillWidth: true
                label: qsTr("Author")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: publisherField
                Layout.fillWidth: true
                label: qsTr("Publisher")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: ageField
                Layout.fillWidth: true
                label: qsTr("Age band")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: categoryField
                Layout.fillWidth: true
                label: qsTr("Category")
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
            QqField {
                id: copiesField
                objectName: "copiesField"
                visible: screen.adding
                Layout.fillWidth: true
                label: qsTr("Copies")
                text: "1"
                input.onActiveFocusChanged: if (input.activeFocus) screen.focused = input
            }
        }
        Text {
            objectName: "editProblem"
            visible: Library.editProblem !== "" || Library.notice !== ""
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: Library.editProblem !== "" ? Library.editProblem : Library.notice
            color: Library.editProblem !== "" ? Theme.danger : Theme.library
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }

        // Cover and copies (the keyboard takes their place while typing).
        RowLayout {
            visible: screen.focused === null
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            Layout.topMargin: 12
            spacing: Theme.spacing

            ColumnLayout {
                visible: !screen.adding
                Layout.fillWidth: false
                Layout.preferredWidth: 250
                Layout.fillHeight: true
                spacing: 8
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Image {
                        anchors.centerIn: parent
                        width: Math.min(parent.width, parent.height * 3 / 4)
                        height: width * 4 / 3
                        source: Library.editCover
                        sourceSize: Qt.size(180, 240)
                        fillMode: Image.PreserveAspectCrop
                        cache: false
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    QqButton {
                        objectName: "coverPhoto"
                        Layout.fillWidth: true
                        text: qsTr("Photo")
                        iconName: "camera"
                        fontSize: Theme.fontSmall
                        tint: Theme.calls
                        onClicked: Library.setCoverFromFrame()
                    }
                    QqButton {
                        objectName: "coverFile"
                        Layout.fillWidth: true
                        text: qsTr("File")
                        iconName: "import"
                        fontSize: Theme.fontSmall
                        tint: Theme.teacher
                        onClicked: Library.setCoverFromFile()
                    }
                }
            }
            Viewfinder {
                visible: !screen.adding
                Layout.preferredWidth: 240
                Layout.preferredHeight: 180
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                visible: !screen.adding
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8
                ListView {
                    id: copies
                    objectName: "copyList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 6
                    clip: true
                    model: Library.copies
                    delegate: Rectangle {
                        id: copyRow
                        required property string copyId
                        required property string code
                        required property string state
                        required property string stateText
                        required property string borrower
                        width: copies.width
                        height: 104
                        radius: Theme.radius / 2
                        color: state === "shelf" ? Theme.surface : "#F3E6DA"
                        border.color: Theme.border
                        border.width: 2
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 16
                            anchors.rightMargin: 6
                            spacing: 8
                            Text {
                                text: copyRow.code
                                color: Theme.text
                                font.family: "Noto Sans Mono CJK SC"
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: copyRow.stateText
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                            QqButton {
                                visible: copyRow.state === "shelf"
                                text: qsTr("Lost")
                                iconName: "question"
                                fontSize: Theme.fontSmall
                                tint: Theme.danger
                                onClicked: Library.setCopyState(copyRow.copyId, "lost")
                            }
                            QqButton {
                                visible: copyRow.state === "shelf" && copyRow.borrower === ""
                                text: qsTr("Damaged")
                                iconName: "broken"
                                fontSize: Theme.fontSmall
                                tint: Theme.teacher
                                onClicked: Library.setCopyState(copyRow.copyId, "damaged")
                            }
                            QqButton {
                                visible: copyRow.state !== "shelf"
                                text: qsTr("Found")
                                iconName: "search"
                                fontSize: Theme.fontSmall
                                tint: Theme.library
                                onClicked: Library.setCopyState(copyRow.copyId, "shelf")
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    QqButton {
                        objectName: "addCopy"
                        Layout.fillWidth: true
                        text: qsTr("One more copy")
                        iconName: "add"
                        fontSize: Theme.fontSmall
                        tint: Theme.library
                        onClicked: Library.addCopies(1)
                    }
                    QqButton {
                        objectName: "printLabels"
                        Layout.fillWidth: true
                        text: qsTr("Print labels")
                        iconName: "print"
                        fontSize: Theme.fontSmall
                        tint: Theme.calls
                        onClicked: Library.printLabels()
                    }
                }
            }
            Item {
                visible: screen.adding
                Layout.fillWidth: true
                Layout.fillHeight: true
                Viewfinder {
                    anchors.centerIn: parent
                    width: 400
                    height: 300
                }
            }
        }

        Item {
            visible: screen.focused !== null
            Layout.fillHeight: true
        }
        PinyinKeyboard {
            visible: screen.focused !== null && screen.focused !== isbnField.input && screen.focused !== copiesField.input
            Layout.fillWidth: true
            Layout.margins: 12
            composer: Mail.pinyin
            onTyped: text => screen.type(text)
        }
        LetterKeyboard {
            visible: screen.focused === isbnField.input || screen.focused === copiesField.input
            digits: true
            Layout.fillWidth: true
            Layout.margins: 12
            onLetter: key => screen.type(key)
            onBackspace: screen.erase()
            onClear: screen.focused.clear()
        }
    }
}
