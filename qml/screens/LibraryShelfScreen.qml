import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Choose a book: show its sticker to the camera, or tap its cover. The
// child's books at home are on the left, with "keep it longer".
Item {
    id: screen

    property bool searching: false

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Hello %1! Which book?").arg(Library.childName)
            subtitle: qsTr("Show the sticker on the back of the book, or tap its cover.")
            onBackClicked: Kiosk.goHome()

            QqButton {
                objectName: "findBook"
                text: screen.searching ? qsTr("Close") : qsTr("Find")
                iconName: "keyboard"
                tint: Theme.library
                onClicked: {
                    screen.searching = !screen.searching;
                    if (!screen.searching)
                        Library.setShelfQuery("");
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: screen.searching ? 8 : Theme.margin
            spacing: Theme.spacing

            ColumnLayout {
                visible: !screen.searching
                Layout.fillWidth: false
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                spacing: Theme.spacing / 2

                Viewfinder {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 270
                }
                Text {
                    Layout.fillWidth: true
                    text: Library.myLoans.rowCount() === 0 ? qsTr("No books at home yet.") : qsTr("At home:")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                ListView {
                    id: myBooks
                    objectName: "myBooks"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 8
                    clip: true
                    model: Library.myLoans
                    delegate: Rectangle {
                        required property string loanId
                        required property string title
                        required property string due
                        required property bool late
                        required property bool canRenew
                        width: myBooks.width
                        height: 112
                        radius: Theme.radius / 2
                        color: late ? "#FFE3D6" : Theme.surface
                        border.color: late ? Theme.danger : Theme.border
                        border.width: 2
                        RowLayout {
                            anchors.fill: parent
                            anchors.margins: 10
                            spacing: 8
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    text: parent.parent.parent.title
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: (parent.parent.parent.late ? qsTr("Was due %1") : qsTr("Back by %1")).arg(parent.parent.parent.due)
                                    color: parent.parent.parent.late ? Theme.danger : Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.WordWrap
                                }
                            }
                            QqButton {
                                visible: parent.parent.canRenew && !parent.parent.late
                                text: qsTr("Longer")
                                iconName: "clock"
                                fontSize: Theme.fontSmall
                                tint: Theme.library
                                onClicked: Library.renew(parent.parent.loanId)
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8

                Rectangle {
                    visible: screen.searching
                    Layout.fillWidth: true
                    Layout.preferredHeight: 72
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Theme.library
                    border.width: 3
                    Text {
                        objectName: "shelfQuery"
                        anchors.fill: parent
                        anchors.leftMargin: 20
                        verticalAlignment: Text.AlignVCenter
                        text: Library.shelfQuery === "" ? qsTr("Type the title in pinyin: xiyouji, or xyj") : Library.shelfQuery
                        color: Library.shelfQuery === "" ? Theme.textMuted : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Library.shelfQuery === "" ? Theme.fontBody : Theme.fontLarge
                    }
                }
                GridView {
                    id: shelf
                    objectName: "shelf"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    cellWidth: width / Math.max(1, Math.floor(width / 200))
                    cellHeight: 330
                    model: Library.shelf
                    delegate: Item {
                        id: book
                        required property string titleId
                        required property string title
                        required property url cover
                        required property int available
                        required property int index
                        width: shelf.cellWidth
                        height: shelf.cellHeight
                        objectName: "shelfBook" + index
                        Image {
                            id: coverImage
                            anchors.horizontalCenter: parent.horizontalCenter
                            y: 6
                            width: parent.width - 24
                            height: 210
                            source: book.cover
                            sourceSize: Qt.size(180, 240)
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            // All borrowed: the cover fades, the words stay readable.
                            opacity: book.available > 0 ? 1 : 0.45
                        }
                        QqSpeakButton {
                            id: bookSpeak
                            objectName: "speakBook" + book.index
                            anchors.top: coverImage.bottom
                            anchors.topMargin: 6
                            anchors.right: coverImage.right
                            speech: caption.text
                        }
                        Text {
                            id: caption
                            anchors.top: coverImage.bottom
                            anchors.topMargin: 6
                            anchors.left: coverImage.left
                            anchors.right: bookSpeak.left
                            anchors.rightMargin: 4
                            text: book.available > 0 ? book.title : qsTr("%1 (all borrowed)").arg(book.title)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        TapHandler {
                            onTapped: point => {
                                if (!bookSpeak.covers(book, point.position))
                                    Library.pickTitle(book.titleId);
                            }
                        }
                    }
                }
            }
        }

        LetterKeyboard {
            visible: screen.searching
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onLetter: key => Library.setShelfQuery(Library.shelfQuery + key)
            onBackspace: Library.setShelfQuery(Library.shelfQuery.slice(0, -1))
            onClear: Library.setShelfQuery("")
        }
    }
}
